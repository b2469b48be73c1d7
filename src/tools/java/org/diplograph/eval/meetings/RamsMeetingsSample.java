package org.diplograph.eval.meetings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.diplograph.eval.Evaluation;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;

/**
 * The meetings found in every RAMS dev window, whatever event the window is annotated for, printed one per
 * line for judging precision by hand (RAMS annotates one event per window, so it cannot score them).
 */
public final class RamsMeetingsSample implements Evaluation {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "rams-meetings-sample";
    }

    @Override
    public String description() {
        return "prints the meetings found in all RAMS dev windows, for a precision check by hand";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Path file = evalRoot.resolve(RamsMeetEvaluation.FILE);
        Extractor extractor = Extractor.standard();
        int windows = 0, found = 0, line = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String json;
            while ((json = r.readLine()) != null && (limit == 0 || windows < limit)) {
                line++;
                windows++;
                RamsExample ex = RamsExample.of(MAPPER.readTree(json), file, line);
                for (MeetingFact m : extractor.extract(ex.article()).meetings()) {
                    found++;
                    StringBuilder who = new StringBuilder();
                    for (Participant p : m.participants())
                        who.append(who.length() == 0 ? "" : " | ").append(p.name()).append('/').append(p.side());
                    out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", found, ex.docKey(), m.mode(), m.status(), who,
                            m.provenance().evidence().text().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new EvaluationReport(name(), Map.of("windows", (double) windows, "meetings.found", (double) found));
    }
}
