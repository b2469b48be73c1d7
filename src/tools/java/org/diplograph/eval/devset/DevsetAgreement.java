package org.diplograph.eval.devset;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.eval.Evaluation;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.eval.meetings.EvalDocuments;
import org.diplograph.facts.Article;

/**
 * Inter-annotator agreement on the development set: every article annotated twice ({@code devset/agreement/ID.tsv}
 * beside the first annotation {@code devset/gold/ID.tsv}) is scored second against first by {@link AgreementScorer},
 * with the devset scorer's notions of "right", so the figures bound the extractor's on the same gold. Runs no
 * extraction: the article is read only to place the statement anchors. The articles are tune text, so every
 * difference is printed.
 */
public final class DevsetAgreement implements Evaluation {
    static final String AGREEMENT = "agreement";

    private final Path projectDir;

    public DevsetAgreement(Path projectDir) {
        this.projectDir = projectDir;
    }

    @Override
    public String name() {
        return "devset-agreement";
    }

    @Override
    public String description() {
        return "inter-annotator agreement: the second annotations of " + DevsetEvaluation.FOLDER + "/" + AGREEMENT
                + " scored against the first (gold/), kind by kind; no extraction";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Path folder = projectDir.resolve(DevsetEvaluation.FOLDER);
        Tally tally = new Tally();
        int documents = 0, absent = 0, failed = 0;
        for (DevsetEvaluation.Entry e : DevsetEvaluation.entries(folder)) {
            Path second = folder.resolve(AGREEMENT).resolve(e.id() + ".tsv");
            if (!Files.isRegularFile(second))
                continue;
            if (limit > 0 && documents >= limit)
                break;
            Article article = EvalDocuments.load(evalRoot, projectDir, e.doc());
            if (article == null) {
                absent++;
                out.printf("== %s: %s is not under %s, skipped%n", e.id(), e.doc(), evalRoot);
                continue;
            }
            out.printf("== %s %s%n", e.id(), e.doc());
            DevsetGold a, b;
            try {
                a = DevsetGold.read(e.id(), folder.resolve("gold").resolve(e.id() + ".tsv"));
                b = DevsetGold.read(e.id(), second);
            } catch (RuntimeException problem) {
                // a file that does not parse is named (file:line) and left out; the others are scored
                failed++;
                out.printf("  ERROR %s%n", problem.getMessage());
                continue;
            }
            documents++;
            score(a, b, article.text(), tally, out);
        }
        if (failed > 0)
            out.printf("%d articles left out: their annotations do not parse (ERROR above)%n", failed);
        out.printf("second annotation against the first, %d articles (P: share of the second's records the first has;"
                + " R: share of the first's the second has)%n", documents);
        out.printf("persons (name):              %s%n", tally.persons.format());
        out.printf("officials (name + country):  %s%n", tally.officials.format());
        out.printf("officials (name only):       %s%n", tally.officialsByName.format());
        tally.printMeetings(out);
        out.printf("  date / mode, any status:   %s / %s%n", tally.meetingDateAnyStatus.format(),
                tally.meetingModeAnyStatus.format());
        out.printf("statements found:            %s (%d only in the second); speaker right: %s; kind same: %s%n",
                tally.statementsFound.format(), tally.statementsExtra, tally.speakerRight.format(),
                tally.statementKind.format());
        out.printf("attribution (speaker right): %s%n", tally.attribution.format());
        tally.printRelations(out);
        out.println("left out of the figures (a record one or both annotators marked ?), and statement anchors matched:");
        tally.notes.forEach((what, n) -> out.printf("  %-70s %d%n", what, n));
        out.flush();
        return new EvaluationReport(name(), figures(tally, documents, absent, failed));
    }

    /** Scores one article's second annotation against its first into {@code tally}, printing the differences. */
    static void score(DevsetGold first, DevsetGold second, String text, Tally tally, PrintWriter out) {
        new AgreementScorer(first, second, text, tally, out).score();
    }

    static Map<String, Double> figures(Tally tally, int documents, int absent, int failed) {
        Map<String, Double> f = new LinkedHashMap<>();
        Tally.put(f, "persons.", tally.persons);
        Tally.put(f, "officials.", tally.officials);
        Tally.put(f, "officials.byName.", tally.officialsByName);
        tally.putMeetings(f);
        f.put("meetings.anyStatus.date.accuracy", tally.meetingDateAnyStatus.value());
        f.put("meetings.anyStatus.mode.accuracy", tally.meetingModeAnyStatus.value());
        f.put("statements.found", tally.statementsFound.value());
        f.put("statements.extra", (double) tally.statementsExtra);
        f.put("statements.speakerRight", tally.speakerRight.value());
        f.put("statements.kindSame", tally.statementKind.value());
        Tally.put(f, "statements.attribution.", tally.attribution);
        tally.putRelations(f);
        f.put("documents", (double) documents);
        f.put("documents.absent", (double) absent);
        f.put("documents.failed", (double) failed);
        return f;
    }
}
