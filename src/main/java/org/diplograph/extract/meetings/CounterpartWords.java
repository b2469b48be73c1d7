package org.diplograph.extract.meetings;

import java.util.Set;


import org.diplograph.extract.events.Lexicon;
import org.diplograph.extract.text.Sentence;
import org.diplograph.knowledge.PersonNames;

/**
 * Words that may stand between a trigger and its counterparts, or between counterparts: prepositions of
 * contact, determiners, coordination, group nouns ("heads of government, including from ..."), dates ("met
 * on Monday with ..."). Any other noun or a verb ends the counterparts.
 */
final class CounterpartWords {
    private static final Set<String> WORDS = Set.of("with", "to", "between", "and", ",", "from", "including",
            "include", "by", "of", "the", "a", "an", "his", "her", "their", "its", "both", "other", "fellow", "as",
            "well", "along", "also", "separately", "directly", "briefly", "on", "phone", "telephone", "video", "link",
            "together", "all", "several", "some", "each", "top", "senior", "visiting", "-", "member", "members",
            "presidents", "premiers", "chancellors", "kings", "host", "hosts", "respective", "new", "colleague", "colleagues", "“", "”", "\"", "``",
            "''");

    private CounterpartWords() {
    }

    /**
     * @param strict for the object of "welcomed", "hosted", "received": no common noun before a name ("welcomed
     *               steps NATO Allies are taking" welcomes steps, not NATO)
     */
    static boolean allows(Sentence s, int i, boolean strict) {
        String w = s.lower(i), pos = s.pos(i);
        if (WORDS.contains(w) || Lexicon.GROUP_NOUNS.contains(w) || Lexicon.TITLE_WORDS.contains(w))
            return true;
        if (PersonNames.isSuffix(PersonNames.key(w)) && s.lower(i - 1).equals(","))
            return true; // "between President Joseph R. Biden, Jr. and Prime Minister Suga"
        if (w.equals("at") && s.lower(i + 1).equals("least"))
            return true; // "talks with at least one of ..."
        if (s.ner(i).equals("DATE") || pos.equals("CD") || pos.equals("HYPH") || pos.startsWith("JJ") || pos.equals("RB"))
            return true;
        if (!strict && pos.startsWith("NNP") && ofAnOffice(s, i))
            return true; // "Director of the Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi"
        return !strict && pos.startsWith("NN") && s.isCapitalized(i + 1) && s.pos(i + 1).startsWith("NNP");
    }

    /** A proper noun of the body an office belongs to: "Director of the Office of ...", a title's complement. */
    private static boolean ofAnOffice(Sentence s, int i) {
        for (int j = i - 1; j >= 1 && i - j <= 8; j--) {
            String w = s.lower(j);
            if (w.equals("of") && Lexicon.TITLE_WORDS.contains(s.lower(j - 1)) && !s.lower(j - 1).equals("the"))
                return true;
            if (!(s.pos(j).startsWith("NNP") || w.equals("of") || w.equals("the")))
                return false;
        }
        return false;
    }
}
