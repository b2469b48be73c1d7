package org.diplograph.eval.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.diplograph.TestFixtures;
import org.diplograph.eval.Scores;
import org.diplograph.eval.meetings.EvalDocuments;
import org.diplograph.facts.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement scorer on real double annotations ({@code devset/agreement/}): an annotation against itself agrees
 * everywhere; the second annotation of us-new-28 (a travel announcement) differs from the first by counts read off
 * the two files; statements of us-new-27 match by overlapping anchors or the same sentence, one to one, same
 * speaker first.
 */
class TestDevsetAgreement {
    private static final Path FOLDER = Path.of(DevsetEvaluation.FOLDER);

    private static String text(String id) {
        Path evalRoot = TestFixtures.sharedEval("news").map(Path::getParent).orElse(null);
        Assumptions.assumeTrue(evalRoot != null, "../shared/eval is not on this machine");
        DevsetEvaluation.Entry entry = DevsetEvaluation.entries(FOLDER).stream().filter(e -> e.id().equals(id))
                .findFirst().orElseThrow();
        Article article = EvalDocuments.load(evalRoot, Path.of("."), entry.doc());
        assertTrue(article != null, entry.doc());
        return article.text();
    }

    private static DevsetGold first(String id) {
        return DevsetGold.read(id, FOLDER.resolve("gold").resolve(id + ".tsv"));
    }

    private static DevsetGold second(String id) {
        return DevsetGold.read(id, FOLDER.resolve(DevsetAgreement.AGREEMENT).resolve(id + ".tsv"));
    }

    private static Tally score(DevsetGold a, DevsetGold b, String text, StringWriter out) {
        Tally tally = new Tally();
        DevsetAgreement.score(a, b, text, tally, new PrintWriter(out, true));
        return tally;
    }

    private static void perfect(Scores s, String what) {
        assertTrue(s.truePositives() > 0 && s.falsePositives() == 0 && s.falseNegatives() == 0, what + ": " + s.format());
        assertEquals(1.0, s.f1(), what);
    }

    @Test
    void anAnnotationAgreesWithItselfOnEveryKind() {
        for (String id : List.of("us-new-27", "us-new-28", "us-new-29")) {
            for (DevsetGold gold : List.of(first(id), second(id))) {
                StringWriter out = new StringWriter();
                Tally t = score(gold, gold, text(id), out);
                perfect(t.persons, id + " persons");
                perfect(t.officials, id + " officials");
                perfect(t.meetingPairs, id + " meeting pairs");
                perfect(t.meetingPairsAnyStatus, id + " meeting pairs, any status");
                perfect(t.relationPairs, id + " relation pairs");
                perfect(t.typedRelations, id + " typed relations");
                for (Tally.Rate r : List.of(t.meetingDate, t.meetingMode, t.meetingStatus, t.meetingDateAnyStatus,
                        t.meetingModeAnyStatus, t.relationDate))
                    assertEquals(1.0, r.value(), id + " " + r.format());
                if (t.statementsFound.total > 0) {
                    perfect(t.attribution, id + " attribution");
                    assertEquals(1.0, t.statementsFound.value(), id);
                    assertEquals(1.0, t.speakerRight.value(), id);
                }
                assertEquals("", out.toString(), id + ": no difference is printed");
                assertTrue(t.notes.keySet().stream().allMatch(k -> k.endsWith("doubtful in both")
                        || k.equals("statement anchors: identical")), id + " " + t.notes);
            }
        }
    }

    @Test
    void theTwoAnnotationsOfATravelAnnouncementDiffer() {
        StringWriter out = new StringWriter();
        Tally t = score(first("us-new-28"), second("us-new-28"), text("us-new-28"), out);
        assertEquals(new Scores(14, 0, 0), t.persons);
        assertEquals(new Scores(13, 0, 0), t.officials);   // Nguyen Van Nen is official '?' in both
        // occurred: the ASEAN summit and Biden's two visits; the Quad summit is a ?meeting in the second: left out
        assertEquals(new Scores(3, 0, 0), t.meetingPairs);
        assertEquals(6, t.notes.get("meeting pairs: sure in the first, doubtful in the second"));
        // any status: those 3 and the 11 pairs of Sherman's planned meetings, undated and "meeting" in the first,
        // "2022-06" and mostly "visit" in the second
        assertEquals(new Scores(14, 0, 0), t.meetingPairsAnyStatus);
        assertEquals(14, t.meetingStatus.sum);
        assertEquals(3, t.meetingDateAnyStatus.sum);
        assertEquals(5, t.meetingModeAnyStatus.sum);
        // the Quad summit's CONSULT relations (10 records, 5 pairs) are the first's alone
        assertEquals(new Scores(4, 0, 10), t.typedRelations);
        assertEquals(new Scores(2, 0, 5), t.relationPairs);
        assertEquals(4, t.relationDate.total);
        assertEquals(0, t.statementsFound.total);   // every statement is a ?statement
        assertTrue(out.toString().contains("relation only in the first: US>AU CONSULT"), out.toString());
    }

    @Test
    void statementsMatchByOverlappingAnchorOrSentenceOneToOneSameSpeakerFirst() {
        String text = text("us-new-27");
        DevsetGold first = first("us-new-27");
        Tally t = score(first, second("us-new-27"), text, new StringWriter());
        assertEquals(19, t.statementsFound.total);
        assertEquals(19, t.statementsFound.sum);
        assertEquals(19, t.speakerRight.sum);
        assertEquals(13, t.notes.get("statement anchors: identical"));
        assertEquals(6, t.notes.get("statement anchors: overlapping"));

        // the three speakers rotated: the shared anchors still pair each speaker with their own; the one anchor of
        // Sullivan alone goes to Akiba
        Map<String, String> rotation = Map.of("Jake Sullivan", "Akiba Takeo", "Akiba Takeo", "Eduardo Año",
                "Eduardo Año", "Jake Sullivan");
        t = score(first, withStatements(first, s -> new DevsetGold.Statement(s.optional(),
                Set.of(rotation.get(s.speaker().iterator().next())), s.kind(), s.anchor())), text, new StringWriter());
        assertEquals(19, t.statementsFound.sum);
        assertEquals(18, t.speakerRight.sum);
        assertEquals(new Scores(18, 1, 1), t.attribution);

        // Sullivan's anchor moved to the reporting clause before it: the same sentence, found; moved to the last
        // sentence: missed, and an extra statement of the second
        t = score(first, withAnchors(first, a -> a.startsWith("the United States’ ironclad") ? "NSA Sullivan reaffirmed" : a),
                text, new StringWriter());
        assertEquals(19, t.statementsFound.sum);
        assertEquals(1, t.notes.get("statement anchors: in the same sentence only"));
        t = score(first, withAnchors(first, a -> a.startsWith("the United States’ ironclad") ? "over the coming months to advance"
                : a), text, new StringWriter());
        assertEquals(18, t.statementsFound.sum);
        assertEquals(1, t.statementsExtra);
        assertEquals(new Scores(18, 1, 1), t.attribution);
    }

    @Test
    void theEvaluationScoresEveryDoublyAnnotatedArticleAndNamesAFileThatDoesNotParse(@TempDir Path project) throws Exception {
        Path evalRoot = TestFixtures.sharedEval("news").map(Path::getParent).orElse(null);
        Assumptions.assumeTrue(evalRoot != null, "../shared/eval is not on this machine");
        Path folder = project.resolve(DevsetEvaluation.FOLDER);
        Files.createDirectories(folder.resolve("gold"));
        Files.createDirectories(folder.resolve(DevsetAgreement.AGREEMENT));
        List<String> rows = new ArrayList<>();
        for (DevsetEvaluation.Entry e : DevsetEvaluation.entries(FOLDER))
            if (List.of("us-new-28", "us-new-29").contains(e.id())) {
                rows.add(String.join("\t", e.id(), "tune", e.published(), e.doc()));
                Files.copy(FOLDER.resolve("gold").resolve(e.id() + ".tsv"), folder.resolve("gold").resolve(e.id() + ".tsv"));
            }
        Files.write(folder.resolve("articles.tsv"), rows, StandardCharsets.UTF_8);
        Files.copy(FOLDER.resolve(DevsetAgreement.AGREEMENT).resolve("us-new-28.tsv"),
                folder.resolve(DevsetAgreement.AGREEMENT).resolve("us-new-28.tsv"));
        Files.writeString(folder.resolve(DevsetAgreement.AGREEMENT).resolve("us-new-29.tsv"),
                "# broken\nmeeting\toccurred\t2024-10-30\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        var report = new DevsetAgreement(project).run(evalRoot, 0, new PrintWriter(out, true));
        assertEquals(1.0, report.figure("documents"));
        assertEquals(1.0, report.figure("documents.failed"));
        assertTrue(out.toString().contains("us-new-29.tsv:2"), out.toString());
        assertEquals(4.0 / 14, report.figure("relations.typed.recall"), 1e-9);   // us-new-28 alone: 4 of 14
    }

    private static DevsetGold withAnchors(DevsetGold gold, UnaryOperator<String> anchor) {
        return withStatements(gold, s -> new DevsetGold.Statement(s.optional(), s.speaker(), s.kind(), anchor.apply(s.anchor())));
    }

    private static DevsetGold withStatements(DevsetGold gold, UnaryOperator<DevsetGold.Statement> change) {
        List<DevsetGold.Statement> statements = new ArrayList<>();
        gold.statements().forEach(s -> statements.add(change.apply(s)));
        return new DevsetGold(gold.id(), gold.persons(), gold.meetings(), statements, gold.relations());
    }
}
