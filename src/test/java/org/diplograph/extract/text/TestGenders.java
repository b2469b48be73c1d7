package org.diplograph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.diplograph.extract.text.Genders.Gender;
import org.diplograph.facts.Span;
import org.junit.jupiter.api.Test;

/** The one gender table: honorifics first, then first names, ambiguous names of either gender. */
class TestGenders {
    @Test
    void firstNamesOfFullNames() {
        assertEquals(Gender.MALE, Genders.ofName("Marco Rubio"));
        assertEquals(Gender.FEMALE, Genders.ofName("Theresa May"));
        assertEquals(Gender.UNKNOWN, Genders.ofName("Rubio"), "a lone word is a surname more often than not");
        assertEquals(Gender.UNKNOWN, Genders.ofName("Robin Cook"), "CoreNLP's lists disagree on Robin");
        assertEquals(Gender.UNKNOWN, Genders.ofName("Kamla Persad-Bissessar"));
    }

    @Test
    void anHonorificDecides() {
        assertEquals(Gender.FEMALE, Genders.ofName("Mrs Howard"));
        assertEquals(Gender.MALE, Genders.ofHonorific("Mr."));
        assertEquals(Gender.FEMALE, Genders.ofHonorific("Queen"));
        String text = "Michael Howard spoke first. Then Mrs Howard said she agreed.";
        assertEquals(Gender.FEMALE, Genders.ofMention("Howard", text, text.indexOf("Howard said")),
                "the honorific right before a mention, which CoreNLP leaves out of the name");
    }

    @Test
    void aPersonIsWhatTheirMentionsSay() {
        String text = "Mr Straw met Jack Straw's critics.";
        Span mr = Span.of(text, 3, 8);
        assertEquals(Gender.MALE, Genders.ofPerson("Kim Straw", List.of(mr), text, 0), "the honorific before the name "
                + "wins over the first name");
        String both = "Mr Lee and Mrs Lee";
        assertEquals(Gender.UNKNOWN, Genders.ofPerson("Lee", List.of(Span.of(both, 3, 6), Span.of(both, 15, 18)), both,
                0), "two honorifics saying two genders say nothing");
    }

    @Test
    void pronouns() {
        assertEquals(Gender.MALE, Genders.ofPronoun("His"));
        assertEquals(Gender.FEMALE, Genders.ofPronoun("hers"));
        assertNull(Genders.ofPronoun("they"));
    }
}
