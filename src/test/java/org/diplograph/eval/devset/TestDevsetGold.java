package org.diplograph.eval.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.eval.meetings.EvalDocuments;
import org.diplograph.facts.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The development set's gold keeps its own conventions: every article listed has a gold file that parses, both
 * halves are there, every statement and relation anchor occurs exactly once in the text the evaluation reads,
 * and every person named in a meeting side or as a speaker has a person record.
 */
class TestDevsetGold {
    private static final Path FOLDER = Path.of(DevsetEvaluation.FOLDER);

    @Test
    void everyArticleHasASourceOfTheKnownOnes() {
        for (DevsetEvaluation.Entry e : DevsetEvaluation.entries(FOLDER))
            assertTrue(List.of("sd", "wh", "us", "bbc", "wmt").contains(DevsetEvaluation.source(e.id())), e.id());
    }

    @Test
    void everyArticleHasGoldThatParsesAndBothHalvesAreThere() {
        List<DevsetEvaluation.Entry> entries = DevsetEvaluation.entries(FOLDER);
        // the blind half is fixed; the tune half grows by articles annotated before any run (README, "Added")
        assertEquals(40, entries.stream().filter(e -> e.half() == DevsetEvaluation.Half.BLIND).count());
        assertTrue(entries.stream().filter(e -> e.half() == DevsetEvaluation.Half.TUNE).count() >= 44);
        for (DevsetEvaluation.Entry e : entries) {
            DevsetGold gold = DevsetGold.read(e.id(), FOLDER.resolve("gold").resolve(e.id() + ".tsv"));
            for (DevsetGold.Meeting m : gold.meetings())
                for (List<DevsetGold.Member> side : m.sides())
                    for (DevsetGold.Member member : side)
                        assertTrue(member.names().stream().anyMatch(n -> n.matches("[A-Z]{2}") || n.startsWith("org:")
                                || gold.person(n) != null), e.id() + ": meeting member without a person record " + member);
            for (DevsetGold.Statement s : gold.statements())
                assertTrue(s.speaker().stream().anyMatch(n -> n.matches("[A-Z]{2}") || n.startsWith("org:")
                        || gold.person(n) != null), e.id() + ": speaker without a person record " + s.speaker());
        }
    }

    @Test
    void everyAnchorOccursOnceInTheArticleText() {
        Path evalRoot = TestFixtures.sharedEval("news").map(Path::getParent).orElse(null);
        Assumptions.assumeTrue(evalRoot != null, "../shared/eval is not on this machine");
        List<String> problems = new ArrayList<>();
        for (DevsetEvaluation.Entry e : DevsetEvaluation.entries(FOLDER)) {
            Article article = EvalDocuments.load(evalRoot, Path.of("."), e.doc());
            assertNotNull(article, e.doc());
            DevsetGold gold = DevsetGold.read(e.id(), FOLDER.resolve("gold").resolve(e.id() + ".tsv"));
            List<String> anchors = new ArrayList<>();
            gold.statements().forEach(s -> anchors.add(s.anchor()));
            gold.relations().forEach(r -> anchors.add(r.anchor()));
            for (String anchor : anchors) {
                int first = article.text().indexOf(anchor);
                if (first < 0 || article.text().indexOf(anchor, first + 1) >= 0)
                    problems.add(e.id() + ": " + (first < 0 ? "absent" : "twice") + ": " + anchor);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(Files.notExists(FOLDER.resolve("README.md")));
    }
}
