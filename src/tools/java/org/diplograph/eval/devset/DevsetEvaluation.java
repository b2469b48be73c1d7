package org.diplograph.eval.devset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.eval.Evaluation;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.eval.meetings.EvalDocuments;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;

/**
 * Officials, identities, meetings, statements and country relations against the hand-annotated development set
 * ({@code src/test/resources/eval/devset/}: 84 unseen articles in a tune and a blind half). One evaluation per
 * half: the tune half prints what each article got right and wrong; the blind half prints its figures only, so
 * that nobody tunes on its errors.
 */
public final class DevsetEvaluation implements Evaluation {
    public static final String FOLDER = "src/test/resources/eval/devset";

    public enum Half {
        TUNE, BLIND
    }

    private final Path projectDir;
    private final Half half;

    public DevsetEvaluation(Path projectDir, Half half) {
        this.projectDir = projectDir;
        this.half = half;
    }

    @Override
    public String name() {
        return "devset-" + half.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String description() {
        return "officials, identities, meeting pairs, statements, relations on the " + half.name().toLowerCase(Locale.ROOT)
                + " half of the development set (" + FOLDER + ")" + (half == Half.BLIND ? "; figures only" : "");
    }

    /** One row of articles.tsv. */
    record Entry(String id, Half half, String published, String doc) {
    }

    static List<Entry> entries(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("articles.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Entry(f[0], Half.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve("articles.tsv"), e);
        }
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Path folder = projectDir.resolve(FOLDER);
        Extractor extractor = org.diplograph.eval.Evaluations.extractor();
        Tally tally = new Tally();
        Map<String, Tally> bySource = new TreeMap<>();
        CorpusIdentities corpus = new CorpusIdentities();
        int documents = 0, absent = 0;
        for (Entry e : entries(folder)) {
            if (e.half() != half)
                continue;
            if (limit > 0 && documents >= limit)
                break;
            Article article = EvalDocuments.load(evalRoot, projectDir, e.doc());
            if (article == null) {
                absent++;
                continue;
            }
            documents++;
            DevsetGold gold = DevsetGold.read(e.id(), folder.resolve("gold").resolve(e.id() + ".tsv"));
            ArticleFacts facts = extractor.extract(article);
            PrintWriter details = half == Half.TUNE ? out : null;
            if (details != null)
                details.printf("== %s %s%n", e.id(), e.doc());
            new ArticleScorer(gold, facts, tally, details).score();
            new ArticleScorer(gold, facts, bySource.computeIfAbsent(source(e.id()), k -> new Tally()), null).score();
            corpus.add(gold, facts);
        }
        if (half == Half.BLIND)
            out.println("(blind half: per-article details are not printed)");
        Map<String, Double> f = new LinkedHashMap<>();
        Tally.put(f, "officials.", tally.officials);
        Tally.put(f, "officials.byName.", tally.officialsByName);
        f.put("officials.withCountryOrBody", tally.officialsWithCountry.value());
        f.put("persons.perRealPerson", tally.personsPerRealPerson.value());
        f.put("persons.irisPerRealPerson", corpus.irisPerRealPerson());
        tally.putMeetings(f);
        f.put("statements.found", tally.statementsFound.value());
        f.put("statements.speakerRight", tally.speakerRight.value());
        Tally.put(f, "statements.attribution.", tally.attribution);
        tally.putRelations(f);
        f.put("documents", (double) documents);
        f.put("documents.absent", (double) absent);
        out.printf("officials (name + country):  %s%n", tally.officials.format());
        out.printf("officials (name only):       %s%n", tally.officialsByName.format());
        out.printf("officials with a country:    %s%n", tally.officialsWithCountry.format());
        out.printf("persons per real person:     %s; IRIs per real person over the half: %.3f%n",
                tally.personsPerRealPerson.format(), corpus.irisPerRealPerson());
        tally.printMeetings(out);
        out.printf("statements found:            %s; speaker right: %s%n", tally.statementsFound.format(),
                tally.speakerRight.format());
        out.printf("attribution (speaker right): %s%n", tally.attribution.format());
        tally.printRelations(out);
        out.println("by source (figures only): officials F1 | meeting pairs | statements found, speaker right | relation pairs");
        bySource.forEach((source, t) -> out.printf("  %-4s officials %.3f | meetings %s | statements %s, %s | relations %.3f%n",
                source, t.officials.f1(), t.meetingPairs.format(), t.statementsFound.format(), t.speakerRight.format(),
                t.relationPairs.f1()));
        out.flush();
        return new EvaluationReport(name(), f);
    }

    /**
     * The source an article id names: {@code sd} (State Department), {@code wh} (White House), {@code us} (either,
     * added later), {@code bbc}, {@code wmt}. Figures by source say where a half's errors are without showing any.
     */
    static String source(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
