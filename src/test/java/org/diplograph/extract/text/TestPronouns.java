package org.diplograph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diplograph.TestFixtures;
import org.diplograph.extract.text.Genders.Gender;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;
import org.junit.jupiter.api.Test;

/** The one pronoun policy: the only candidate of fitting gender, or none. */
class TestPronouns {
    private static final Map<String, Gender> GENDERS = Map.of("Blair", Gender.MALE, "Musharraf", Gender.MALE,
            "May", Gender.FEMALE, "Drew", Gender.UNKNOWN);

    private static String sole(String pronoun, String... candidates) {
        return Pronouns.sole(Pronouns.fitting(pronoun, List.of(candidates), GENDERS::get));
    }

    @Test
    void theOnlyCandidateOfFittingGender() {
        assertEquals("May", sole("she", "Blair", "May"));
        assertEquals("Blair", sole("his", "Blair", "May"));
        assertEquals("Drew", sole("she", "Blair", "Drew"), "unknown fits");
        assertEquals("May", sole("she", "May", "Drew"), "a woman known as one before a surname of unknown gender");
    }

    @Test
    void twoThatFitAreNone() {
        assertNull(sole("he", "Blair", "Musharraf"));
        assertNull(sole("he", "Blair", "Drew"));
        assertEquals("Blair", sole("he", "Blair", "Blair"), "the same candidate twice is one");
    }

    static ArticleFacts extract(String text) {
        return TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.of(2006, 9, 25), null, null, null, text, 0));
    }

    private static boolean met(MeetingFact m, String a, String b) {
        List<String> names = m.participants().stream().map(Participant::name).toList();
        return names.contains(a) && names.contains(b);
    }

    /** Two men named before "he": neither the officials nor the meeting rules guess which one met Bush. */
    @Test
    void aPronounWithTwoFittingAntecedentsMeetsNobody() {
        ArticleFacts f = extract("Prime Minister Tony Blair held talks with Pakistani President Pervez Musharraf in "
                + "London on Monday. He arrived in Britain on Sunday after flying from the United States, where he "
                + "met President George W Bush.");
        assertTrue(f.meetings().stream().anyMatch(m -> met(m, "Tony Blair", "Pervez Musharraf")), f.meetings().toString());
        assertFalse(f.meetings().stream().anyMatch(m -> met(m, "Tony Blair", "George W Bush")), f.meetings().toString());
        for (PersonFact p : f.people())
            assertTrue(p.mentions().stream().map(Span::text).noneMatch(t -> t.equalsIgnoreCase("he")),
                    p.name() + " " + p.mentions());
    }

    @Test
    void aPronounWithOneFittingAntecedentIsThatPerson() {
        ArticleFacts f = extract("British Prime Minister Theresa May held talks with Pakistani President Pervez "
                + "Musharraf in London on Monday. He later flew to Washington.");
        PersonFact musharraf = f.people().stream().filter(p -> p.name().equals("Pervez Musharraf")).findFirst()
                .orElseThrow();
        assertTrue(musharraf.mentions().stream().map(Span::text).anyMatch(t -> t.equals("He")), musharraf.toString());
    }
}
