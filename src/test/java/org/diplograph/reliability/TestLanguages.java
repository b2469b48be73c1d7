package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The cheap "is this English?" check: foreign news is refused with a reason, English news never is; English made
 * mostly of tables or lists is read with a warning, foreign tables and lists are refused.
 */
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

    @Test
    void englishTablesAndListsAreReadWithAWarning() throws IOException {
        for (Path f : languageTexts("english-")) {
            Languages.Judgement j = Languages.judge(Files.readString(f));
            assertEquals(Languages.Verdict.TABLES, j.verdict(), f.getFileName() + ": " + j);
            assertTrue(j.reason().startsWith("mostly tables or lists ("), j.reason());
        }
    }

    /** Foreign prose, and foreign tables and lists (which have as few function words as English ones), are refused. */
    @Test
    void foreignTablesListsAndProseAreRefused() throws IOException {
        List<Path> foreign = languageTexts("foreign-");
        assertTrue(foreign.size() >= 20, "the foreign texts are there: " + foreign);
        for (Path f : foreign) {
            Languages.Judgement j = Languages.judge(Files.readString(f));
            assertEquals(Languages.Verdict.NOT_ENGLISH, j.verdict(), f.getFileName() + ": " + j);
        }
    }

    /**
     * CoNLL-2003's Reuters dev stories (tokens rebuilt into lines as in {@code ConllCorpus}): none is refused,
     * and the sports results, company figures and bond terms among them are read as tables. Before the tables
     * test, 20 of the 216 were refused as not English.
     */
    @Test
    void noReutersStoryOfConllIsRefused() throws IOException {
        Optional<Path> conll = TestFixtures.sharedEval("conll2003");
        assumeTrue(conll.isPresent() && Files.exists(conll.get().resolve("eng.testa")), "no CoNLL-2003 here");
        List<String> stories = conllStories(conll.get().resolve("eng.testa"));
        int tables = 0;
        List<String> refused = new ArrayList<>();
        for (String story : stories) {
            Languages.Judgement j = Languages.judge(story);
            if (!j.english())
                refused.add(story.lines().findFirst().orElse("") + ": " + j.reason());
            else if (j.verdict() == Languages.Verdict.TABLES)
                tables++;
        }
        assertEquals(List.of(), refused);
        assertTrue(tables >= 15, "the results tables are read as tables: " + tables);
        System.out.println("languages: " + stories.size() + " CoNLL-2003 dev stories, 0 refused, " + tables
                + " read as tables");
    }

    /** The Icelandic human translations of WMT21's English news: all refused. */
    @Test
    void icelandicNewsIsRefused() throws IOException {
        Optional<Path> wmt = TestFixtures.sharedEval("news/wmt21-newstest2021-en");
        assumeTrue(wmt.isPresent(), "no WMT21 test set here");
        String xml = Files.readString(wmt.get().resolve("newstest2021.en-is.all.xml"));
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("<ref lang=\"is\"[^>]*>(.*?)</ref>",
                java.util.regex.Pattern.DOTALL).matcher(xml);
        int documents = 0;
        while (ref.find()) {
            String text = ref.group(1).replaceAll("<[^>]+>", "\n").replace("&amp;", "&").replace("&quot;", "\"");
            assertFalse(Languages.judge(text).english(), text.substring(0, Math.min(200, text.length())));
            documents++;
        }
        assertEquals(65, documents);
        System.out.println("languages: " + documents + " Icelandic WMT21 documents, all refused");
    }

    private static List<Path> languageTexts(String prefix) throws IOException {
        Path dir;
        try {
            dir = Path.of(TestLanguages.class.getResource("/languages").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /** The documents of a CoNLL-2003 file as text: tokens joined by spaces, sentences (lines of the story) by blank lines. */
    private static List<String> conllStories(Path file) throws IOException {
        List<String> stories = new ArrayList<>();
        StringBuilder story = null, sentence = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            if (line.startsWith("-DOCSTART-") || line.isBlank()) {
                if (story != null && sentence.length() > 0)
                    story.append(story.length() > 0 ? "\n\n" : "").append(sentence);
                sentence.setLength(0);
                if (line.startsWith("-DOCSTART-")) {
                    if (story != null && story.length() > 0)
                        stories.add(story.toString());
                    story = new StringBuilder();
                }
            } else {
                sentence.append(sentence.length() > 0 ? " " : "").append(line.substring(0, line.indexOf(' ')));
            }
        }
        if (story != null && sentence.length() > 0)
            story.append(story.length() > 0 ? "\n\n" : "").append(sentence);
        if (story != null && story.length() > 0)
            stories.add(story.toString());
        return stories;
    }

    private static String refusal(String text) {
        return Languages.whyNotEnglish(text).orElseThrow(() -> new AssertionError("not refused: " + text));
    }
}
