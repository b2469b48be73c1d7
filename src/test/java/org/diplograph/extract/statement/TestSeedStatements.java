package org.diplograph.extract.statement;

import org.diplograph.TestFixtures;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.StatementFact;
import org.junit.jupiter.api.Test;

class TestSeedStatements {
    @Test
    void print() {
        for (ArticleFacts f : TestFixtures.seedFacts()) {
            System.out.println("=== " + f.article().title() + " " + f.article().published());
            for (StatementFact s : f.statements())
                System.out.println(s.provenance().step() + " " + s.provenance().confidence() + " | " + s.speaker() + " | " + s.cue() + " | " + s.date() + " | " + s.aboutIso2() + " | " + s.direct() + " | " + s.text());
        }
    }
}
