package org.diplograph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.diplograph.extract.nlp.NlpEngine;
import org.junit.jupiter.api.Test;

/** The one token and sentence view, on literal sentences through the real CoreNLP pipeline. */
class TestTokens {
    static Tokens tokens(String text) {
        return new Tokens(NlpEngine.shared().annotate(text, LocalDate.of(2018, 5, 2)));
    }

    static int index(Tokens t, String word) {
        for (int i = 0; i < t.size(); i++)
            if (t.word(i).equals(word))
                return i;
        throw new AssertionError(word + " not a token");
    }

    @Test
    void aRankAbbreviationBeforeANameDoesNotEndTheSentence() {
        Tokens t = tokens("Popov met Pakistan's National Security Adviser Lt. Gen. Nasser Khan Janjua and agreed to "
                + "meet again.");
        assertTrue(t.sameSentence(index(t, "Popov"), index(t, "Janjua")));
        assertTrue(t.sameSentence(index(t, "Janjua"), index(t, "agreed")));
        assertEquals(1, t.sentenceCount());
    }

    @Test
    void aSentenceNeverCrossesALineBreak() {
        Tokens t = tokens("Pakistan, Russia look at partnership\nISLAMABAD: The two countries held talks on Monday.");
        assertFalse(t.sameSentence(index(t, "partnership"), index(t, "ISLAMABAD")));
        assertEquals(t.paragraphOfToken(index(t, "ISLAMABAD")), t.paragraphOfToken(index(t, "talks")));
        assertEquals(t.sentence(index(t, "ISLAMABAD")), t.sentence(index(t, "Monday")));
        assertEquals(t.sentenceStart(t.sentence(index(t, "talks"))), index(t, "ISLAMABAD"));
    }

    @Test
    void anOrdinaryFullStopStillEndsTheSentence() {
        Tokens t = tokens("The minister arrived on Monday. He met the president.");
        assertEquals(2, t.sentenceCount());
        assertEquals(2, t.sentences().size());
        assertEquals("He", t.sentences().get(1).word(0));
        assertEquals("", t.sentences().get(1).word(-1), "a sentence does not look into the one before");
    }

    @Test
    void finiteVerbsAreTheTensedOnesAndModals() {
        Tokens t = tokens("He said talks will continue, having met twice.");
        assertTrue(t.isFiniteVerb(index(t, "said")));
        assertTrue(t.isFiniteVerb(index(t, "will")));
        assertFalse(t.isFiniteVerb(index(t, "continue")));
        assertFalse(t.isFiniteVerb(index(t, "having")));
        assertFalse(t.isFiniteVerb(index(t, "met")));
        assertEquals("", t.word(-1));
        assertEquals("O", t.ner(t.size()));
    }
}
