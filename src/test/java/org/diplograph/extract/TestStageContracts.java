package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.diplograph.TestFixtures;
import org.diplograph.extract.people.OfficialStage;
import org.diplograph.extract.time.TimeStage;
import org.junit.jupiter.api.Test;

/** The stage contracts: what each stage requires is produced before it, and a wrong order fails when built. */
class TestStageContracts {
    private static List<ExtractionStage> standard() {
        return new ArrayList<>(TestFixtures.extractor().stages());
    }

    @Test
    void everyStageOfTheStandardPipelineFindsWhatItRequires() {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (ExtractionStage stage : standard()) {
            assertTrue(available.containsAll(stage.requires()), stage.name() + " requires " + stage.requires());
            available.addAll(stage.produces());
        }
        assertEquals(EnumSet.allOf(Layer.class), available, "every layer is produced by a standard stage");
    }

    @Test
    void withoutTheOfficialStageTheFirstStageNeedingPostsIsNamed() {
        List<ExtractionStage> stages = standard();
        stages.removeIf(s -> s instanceof OfficialStage);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Extractor(stages));
        assertTrue(e.getMessage().startsWith("stage \"meetings\" requires POSTS (posts, officials"), e.getMessage());
        assertTrue(e.getMessage().contains("organizations [ORGANIZATIONS]"), e.getMessage());
    }

    @Test
    void timesAfterTheStagesReadingThemFailsWhenBuilt() {
        List<ExtractionStage> stages = standard();
        ExtractionStage times = stages.stream().filter(s -> s instanceof TimeStage).findFirst().orElseThrow();
        stages.remove(times);
        stages.add(times);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Extractor(stages));
        assertTrue(e.getMessage().startsWith("stage \"meetings\" requires TIMES (time expressions)"), e.getMessage());
    }

    @Test
    void aStageWithNothingBeforeItIsToldSo() {
        List<ExtractionStage> stages = standard();
        stages.remove(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Extractor(stages));
        assertEquals("stage \"country-gazetteer\" requires TOKENS (tokens, sentences, tags, lemmas, named-entity "
                + "tags), which no stage before it produces (before it: no stage)", e.getMessage());
    }
}
