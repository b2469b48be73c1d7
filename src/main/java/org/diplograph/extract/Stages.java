package org.diplograph.extract;

import java.util.List;

import org.diplograph.extract.events.MeetingStage;
import org.diplograph.extract.events.RelationStage;
import org.diplograph.extract.statement.StatementStage;
import org.diplograph.gazetteer.CountryTable;

/** The standard order of extraction stages. Later stages read what earlier ones found. */
public final class Stages {
    private Stages() {
    }

    public static List<ExtractionStage> standard() {
        return List.of(
                new AnnotationStage(NlpEngine.shared()),
                new CountryStage(CountryTable.standard()),
                new EntityStage(),
                new CountryAnaphorStage(),
                new OrganizationStage(),
                new OfficialStage(),
                new TimeStage(),
                new StatementStage(),
                new MeetingStage(),
                new RelationStage());
    }
}
