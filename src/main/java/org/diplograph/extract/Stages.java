package org.diplograph.extract;

import java.util.List;
import java.util.function.Supplier;

import org.diplograph.extract.entities.CountryAnaphorStage;
import org.diplograph.extract.entities.CountryStage;
import org.diplograph.extract.entities.EntityStage;
import org.diplograph.extract.entities.OrganizationStage;
import org.diplograph.extract.meetings.MeetingStage;
import org.diplograph.extract.nlp.AnnotationStage;
import org.diplograph.extract.nlp.NlpEngine;
import org.diplograph.extract.people.OfficialStage;
import org.diplograph.extract.relations.RelationStage;
import org.diplograph.extract.statements.StatementStage;
import org.diplograph.extract.time.TimeStage;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.OfficeHolders;

/** The standard order of extraction stages. Later stages read what earlier ones found. */
public final class Stages {
    private Stages() {
    }

    public static List<ExtractionStage> standard() {
        return standard(OfficeHolders::bundled);
    }

    /** The standard stages, linking persons to the office-holder tables {@code holders} gives when first needed. */
    public static List<ExtractionStage> standard(Supplier<OfficeHolders> holders) {
        return standard(holders, false);
    }

    /**
     * The standard stages; with {@code parseSpeech}, the statement stage also dependency-parses the sentences whose
     * word order does not settle a statement (slower, more statements found).
     */
    public static List<ExtractionStage> standard(Supplier<OfficeHolders> holders, boolean parseSpeech) {
        return List.of(
                new AnnotationStage(NlpEngine.shared()),
                new CountryStage(CountryTable.standard()),
                new EntityStage(),
                new CountryAnaphorStage(),
                new OrganizationStage(),
                new OfficialStage(holders),
                new TimeStage(),
                new MeetingStage(),
                new StatementStage(parseSpeech),
                new RelationStage());
    }
}
