package org.diplograph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.diplograph.eval.devset.DevsetAgreement;
import org.diplograph.eval.devset.DevsetEvaluation;
import org.diplograph.extract.Extractor;
import org.diplograph.knowledge.OfficeHolders;
import org.diplograph.eval.meetings.MeetingsDevEvaluation;
import org.diplograph.eval.meetings.RamsMeetEvaluation;
import org.diplograph.eval.meetings.RamsMeetingsSample;

/** The registered evaluations. Add new ones to {@link #all()}. */
public final class Evaluations {
    private Evaluations() {
    }

    public static List<Evaluation> all() {
        return List.of(
                new ConllNerEvaluation(),
                new TimexEvaluation(),
                new PolnearEvaluation(),
                new PolnearCorenlpBaseline(),
                new MeetingsDevEvaluation(projectDir()),
                new DevsetEvaluation(projectDir(), DevsetEvaluation.Half.TUNE),
                new DevsetEvaluation(projectDir(), DevsetEvaluation.Half.BLIND),
                new DevsetAgreement(projectDir()),
                new RamsMeetEvaluation(),
                new RamsMeetingsSample());
    }

    private static volatile boolean parseSpeech;

    /** Whether the extractors evaluations build dependency-parse speech ({@code eval --parse-speech}). */
    static void parseSpeech(boolean parse) {
        parseSpeech = parse;
    }

    /** The standard extractor, with the bundled office holders, parsing speech when asked to. */
    public static Extractor extractor() {
        return Extractor.standard(OfficeHolders::bundled, parseSpeech);
    }

    /** Where project files live (bin/diplograph sets diplograph.home), else the working directory. */
    static Path projectDir() {
        return Path.of(System.getProperty("diplograph.home", "."));
    }

    public static Optional<Evaluation> byName(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
