package org.diplograph.eval.meetings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.diplograph.eval.Evaluation;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;

/**
 * RAMS dev, the {@code contact.*.meet} examples: the meeting stage runs over each 5-sentence window and is
 * scored on recall of the gold participants (roles participant, communicator, recipient) and places, over all
 * such examples and over the face-to-face discussion and negotiation ones. It prints every meeting it finds,
 * for checking precision by hand (RAMS annotates one event per window, so unannotated meetings are not
 * errors by the data).
 */
public final class RamsMeetEvaluation implements Evaluation {
    static final String FILE = "rams/dev.jsonlines";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "rams-meet";
    }

    @Override
    public String description() {
        return "recall of gold participants and places of RAMS dev contact.*.meet events (" + FILE + ")";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Path file = evalRoot.resolve(FILE);
        Extractor extractor = Extractor.standard();
        RamsTally all = new RamsTally(), discussion = new RamsTally();
        int examples = 0, line = 0, meetings = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String json;
            while ((json = r.readLine()) != null && (limit == 0 || examples < limit)) {
                line++;
                RamsExample ex = RamsExample.of(MAPPER.readTree(json), file, line);
                if (!ex.type().endsWith(".meet"))
                    continue;
                examples++;
                ArticleFacts facts = extractor.extract(ex.article());
                meetings += facts.meetings().size();
                out.printf("== %s %s trigger '%s'%n", ex.docKey(), ex.type(), ex.trigger());
                all.add(ex, facts, out);
                if (ex.type().equals("contact.discussion.meet") || ex.type().equals("contact.negotiate.meet"))
                    discussion.add(ex, facts, null);
                for (MeetingFact m : facts.meetings())
                    out.printf("   found %s %s %s: %s%n", m.mode(), m.status(), names(m),
                            m.provenance().evidence().text().replace('\n', ' '));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        all.figures("all.", figures);
        discussion.figures("discussion.", figures);
        figures.put("examples", (double) examples);
        figures.put("meetings.found", (double) meetings);
        return new EvaluationReport(name(), figures);
    }

    private static String names(MeetingFact m) {
        StringBuilder sb = new StringBuilder();
        for (Participant p : m.participants())
            sb.append(sb.length() == 0 ? "" : " | ").append(p.name()).append('/').append(p.side());
        return sb.toString();
    }
}
