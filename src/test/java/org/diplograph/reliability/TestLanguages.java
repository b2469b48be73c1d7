package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.diplograph.TestFixtures;
import org.diplograph.extract.Languages;
import org.junit.jupiter.api.Test;

/** The cheap "is this English?" check: foreign news is refused with a reason, English news never is. */
class TestLanguages {
    @Test
    void foreignNewsIsRefusedNamingTheScriptOrTheMissingEnglishWords() {
        assertEquals("not English (looks like Arabic script); diplograph reads English news", refusal(
                "التقى وزير الخارجية الباكستاني نظيره الروسي في موسكو يوم الأربعاء لبحث العلاقات الثنائية."));
        assertTrue(refusal("Министр иностранных дел России встретился в среду в Москве со своим коллегой.")
                .contains("Cyrillic script"));
        assertTrue(refusal("中国外交部长星期三在北京会见了巴基斯坦外交部长，双方讨论了两国关系和经济合作。")
                .contains("Chinese (Han) script"));
        assertTrue(refusal("Ο υπουργός Εξωτερικών της Ελλάδας συναντήθηκε με τον Τούρκο ομόλογό του στην Αθήνα.")
                .contains("Greek script"));
        for (String latin : List.of(
                "Le ministre des Affaires étrangères du Pakistan a rencontré mercredi à Moscou son homologue russe pour "
                        + "discuter des relations bilatérales et de la coopération économique entre les deux pays. "
                        + "Les deux ministres ont également évoqué la situation en Afghanistan.",
                "El ministro de Asuntos Exteriores de Pakistán se reunió el miércoles en Moscú con su homólogo ruso para "
                        + "discutir las relaciones bilaterales y la cooperación económica entre los dos países. "
                        + "Los dos ministros también hablaron de la situación en Afganistán.",
                "Der pakistanische Außenminister hat am Mittwoch in Moskau seinen russischen Amtskollegen getroffen, um "
                        + "die bilateralen Beziehungen und die wirtschaftliche Zusammenarbeit zu besprechen. Die beiden "
                        + "Minister sprachen auch über die Lage in Afghanistan.",
                "De Pakistaanse minister van Buitenlandse Zaken heeft woensdag in Moskou zijn Russische ambtgenoot "
                        + "ontmoet om de bilaterale betrekkingen en de economische samenwerking te bespreken. Het is de "
                        + "eerste ontmoeting in twee jaar."))
            assertTrue(refusal(latin).startsWith("not English (Latin script, but only "), latin);
    }

    @Test
    void englishAndShortTextsPass() {
        assertEquals(Optional.empty(), Languages.whyNotEnglish("Pakistan and Russia sign trade accord"));
        assertEquals(Optional.empty(), Languages.whyNotEnglish("The foreign ministers of Pakistan and Russia met in "
                + "Islamabad on Wednesday and said they had agreed to expand trade and energy cooperation over the next "
                + "five years, officials said. Sergei Lavrov (Сергей Лавров) thanked his hosts."));
        assertEquals(Optional.empty(), Languages.whyNotEnglish("Пакистан"), "too short to judge");
        assertEquals(Optional.empty(), Languages.whyNotEnglish(""));
    }

    /** No English article of the shared corpora is refused; the figure goes to docs/RELIABILITY.md. */
    @Test
    void noArticleOfTheEnglishCorporaIsRefused() throws IOException {
        Optional<Path> bbc = TestFixtures.sharedEval("news/bbc-fulltext");
        assumeTrue(bbc.isPresent(), "no shared BBC corpus here");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bbc.get())) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Languages.whyNotEnglish(text).ifPresent(why -> refused.add(f + ": " + why));
        }
        assertEquals(List.of(), refused);
        System.out.println("languages: " + files.size() + " BBC articles checked, 0 refused");
    }

    private static String refusal(String text) {
        return Languages.whyNotEnglish(text).orElseThrow(() -> new AssertionError("not refused: " + text));
    }
}
