package org.diplograph.eval.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplograph.eval.Evaluation;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.eval.Scores;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.gazetteer.CountryTable;

/**
 * Meeting pairs against the hand-written dev gold (src/test/resources/eval/meetings-dev.tsv): precision,
 * recall and F1 of the participant pairs of meetings that took place (what who-met-whom answers), the same
 * whatever the status, and over matched pairs the accuracy of date, status and place. Documents whose file is
 * absent are skipped and counted.
 */
public final class MeetingsDevEvaluation implements Evaluation {
    public static final String GOLD = "src/test/resources/eval/meetings-dev.tsv";

    private final Path projectDir;

    public MeetingsDevEvaluation(Path projectDir) {
        this.projectDir = projectDir;
    }

    @Override
    public String name() {
        return "meetings-dev";
    }

    @Override
    public String description() {
        return "meeting pairs P/R/F1, date/status/place accuracy on the hand-annotated dev articles (" + GOLD + ")";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Map<String, List<GoldMeeting>> byDoc = new LinkedHashMap<>();
        gold().forEach(g -> byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        Extractor extractor = Extractor.standard();
        Tally occurred = new Tally(), all = new Tally();
        int documents = 0, absent = 0;
        for (Map.Entry<String, List<GoldMeeting>> e : byDoc.entrySet()) {
            if (limit > 0 && documents >= limit)
                break;
            Article article = EvalDocuments.load(evalRoot, projectDir, e.getKey());
            if (article == null) {
                absent++;
                continue;
            }
            documents++;
            List<MeetingFact> meetings = extractor.extract(article).meetings();
            out.printf("== %s%n", e.getKey());
            occurred.add(score(e.getValue(), meetings, true), out, "");
            out.println("  [any status]");
            all.add(score(e.getValue(), meetings, false), out, "  ");
        }
        Map<String, Double> figures = new LinkedHashMap<>(occurred.scores.figures("pairs."));
        figures.putAll(all.scores.figures("all."));
        figures.put("date.accuracy", occurred.date.rate());
        figures.put("date.accuracy.dated", occurred.datedDate.rate());
        figures.put("place.accuracy", occurred.place.rate());
        figures.put("status.accuracy", all.status.rate());
        figures.put("documents", (double) documents);
        figures.put("documents.absent", (double) absent);
        out.printf("occurred pairs: %s%nall statuses:   %s%n", occurred.scores.format(), all.scores.format());
        return new EvaluationReport(name(), figures);
    }

    private static PairScorer.Result score(List<GoldMeeting> gold, List<MeetingFact> meetings, boolean onlyOccurred) {
        List<GoldMeeting> g = gold.stream().filter(m -> !onlyOccurred || m.status().equals("occurred")).toList();
        List<MeetingFact> s = meetings.stream().filter(m -> !onlyOccurred || m.status() == MeetingStatus.OCCURRED).toList();
        List<PairScorer.GoldPair> goldPairs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (PairScorer.GoldPair p : PairScorer.goldPairs(g))
            if (!seen.contains(p.label())) {
                seen.add(p.label());
                goldPairs.add(p);
            }
        return PairScorer.match(goldPairs, PairScorer.systemPairs(s));
    }

    private List<GoldMeeting> gold() {
        Path file = projectDir.resolve(GOLD);
        try (InputStream in = Files.newInputStream(file)) {
            return GoldMeeting.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the meetings gold " + file, e);
        }
    }

    /** Counts over documents; prints each document's matches when given a writer. */
    private static final class Tally {
        Scores scores = new Scores(0, 0, 0);
        final Rate date = new Rate(), datedDate = new Rate(), place = new Rate(), status = new Rate();
        private final CountryTable countries = CountryTable.standard();

        /** The country a gold place names or is the capital of ("Islamabad" is in PK), or null. */
        private String countryOf(String place) {
            for (org.diplograph.gazetteer.SurfaceForm f : countries.surfaceForms())
                if (f.text().equalsIgnoreCase(place) && f.form() != org.diplograph.gazetteer.SurfaceForm.Form.DEMONYM)
                    return f.country().iso2();
            return null;
        }

        void add(PairScorer.Result r, PrintWriter out, String indent) {
            scores = scores.plus(new Scores(r.matches().size(), r.spurious().size(), r.missed().size()));
            for (PairScorer.Match m : r.matches()) {
                GoldMeeting g = m.gold().meeting();
                MeetingFact s = m.system().meeting();
                boolean dateOk = Objects.equals(g.date(), s.date());
                date.add(dateOk);
                if (g.date() != null)
                    datedDate.add(dateOk);
                status.add(g.status().equals(s.status().code()));
                if (g.place() != null)
                    place.add(Names.samePlace(g.place(), countryOf(g.place()), s.placeName(), s.placeIso2()));
                if (out != null)
                    out.printf("%s  ok   %-50s %s/%s date %s/%s place %s/%s %s%n", indent, m.gold().label(), g.status(),
                            s.status(), g.date(), s.date(), g.place(), s.placeName(), s.mode());
            }
            if (out == null)
                return;
            r.missed().forEach(p -> out.printf("%s  miss %s (%s)%n", indent, p.label(), p.meeting().status()));
            r.spurious().forEach(p -> out.printf("%s  extra %s (%s, %s, %s)%n", indent, p.label(), p.meeting().status(),
                    p.meeting().date(), p.meeting().provenance().evidence().text().replace('\n', ' ')));
        }
    }

    /** A fraction of correct cases. */
    private static final class Rate {
        int correct, total;

        void add(boolean ok) {
            total++;
            if (ok)
                correct++;
        }

        double rate() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }
}
