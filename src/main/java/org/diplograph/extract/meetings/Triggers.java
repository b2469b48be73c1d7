package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingMode;

/** Finds the words of a sentence that report a meeting, visit, talks, summit or call. */
final class Triggers {
    static final Set<String> PHONE = Set.of("phone", "telephone", "video", "conference");
    private static final Set<String> WITH_NOUNS = Set.of("cooperation", "relations", "relationship", "ties",
            "partnership", "engagement", "coordination", "trade", "alliance", "agreement", "deal", "dialogue",
            "collaboration", "contacts", "dispute", "conflict", "border", "friendship", "solidarity");
    private static final Set<String> CALL_FOR = Set.of("for", "to", "on", "upon");
    /** Verbs of a journey, a visit only with a destination after "to": "traveled to Poland", "flew to Basra", "heading to Mozambique". */
    private static final Set<String> JOURNEYS = Set.of("travel", "fly", "head");
    /** What a stay lasts: "spent two days in", "spends the weekend in" (not "spent two years in prison"). */
    private static final Set<String> STAY_UNITS = Set.of("hour", "day", "night", "week", "weekend");
    private static final Set<String> DISTRIBUTIVE = Set.of("one-on-one", "separate", "bilateral", "individual");

    private Triggers() {
    }

    /** @param country true for tokens naming a country or its capital */
    static List<Trigger> find(Sentence s, IntPredicate country) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.lemma(i), lower = s.lower(i);
            if (isStay(s, i, country))
                out.add(new Trigger(i, "be-in", MeetingMode.VISIT, true, false));
            else if (isArrival(s, i, country))
                out.add(new Trigger(i, "arrive", MeetingMode.VISIT, true, false));
            else if (s.isVerb(i) && lemma.equals("lead") && destinationAt(s, i) > 0)
                out.add(new Trigger(i, lemma, MeetingMode.VISIT, true, false)); // "led a U.S. delegation to New Delhi"
            else if (s.isVerb(i) && ContactWords.VERB_TRIGGERS.containsKey(lemma) && verbApplies(s, i, lemma))
                out.add(new Trigger(i, lemma, mode(s, i, ContactWords.VERB_TRIGGERS.get(lemma)), true, false));
            else if (s.isNoun(i) && (ContactWords.NOUN_TRIGGERS.containsKey(lemma) || ContactWords.NOUN_TRIGGERS.containsKey(lower))
                    && nounApplies(s, i, lemma)) {
                String key = ContactWords.NOUN_TRIGGERS.containsKey(lemma) ? lemma : lower;
                boolean plural = s.pos(i).equals("NNS") && !key.startsWith("talk");
                boolean distributive = plural && !lemma.equals("negotiation") && !lemma.equals("discussion")
                        || DISTRIBUTIVE.contains(s.lower(i - 1)) || DISTRIBUTIVE.contains(s.lower(i - 2));
                out.add(new Trigger(i, key, mode(s, i, ContactWords.NOUN_TRIGGERS.get(key)), false, distributive));
            }
        }
        return out;
    }

    /**
     * "Mr Straw was in India", "when he was in Tokyo", "Mr Snow, who is currently in Dublin", "who has been in the UK to
     * attend", "spent two days in Tanzania", "will be in Paris", "is due in London": an official's stay abroad is a visit.
     */
    private static boolean isStay(Sentence s, int i, IntPredicate country) {
        if (s.lemma(i).equals("spend") && s.isVerb(i)) { // "spent two days in Tanzania"
            int j = i + 1;
            while (j < s.size() && j <= i + 4 && (s.pos(j).equals("CD") || s.pos(j).equals("DT") || s.pos(j).startsWith("JJ")
                    || s.pos(j).startsWith("NN") && !s.isCapitalized(j) || s.pos(j).equals("HYPH")))
                j++;
            return j > i + 1 && STAY_UNITS.contains(s.lemma(j - 1)) && placeAfter(s, j, country);
        }
        if (!s.lemma(i).equals("be") || !s.word(i).equals(s.lower(i)))
            return false;
        boolean finite = s.isFiniteVerb(i) || s.lower(i).equals("been") && s.lemma(i - 1).equals("have") && s.isFiniteVerb(i - 1)
                || s.lower(i).equals("be") && s.pos(i - 1).equals("MD"); // "will be in Paris on Tuesday"
        if (!finite)
            return false;
        return placeAfter(s, s.lower(i + 1).equals("due") ? i + 2 : i + 1, country); // "is due in London on Friday"
    }

    /** "arrived in Baghdad", "arrives in Beijing on Monday", "has arrived in Kenya": an official's arrival is a visit. */
    private static boolean isArrival(Sentence s, int i, IntPredicate country) {
        return s.isVerb(i) && s.lemma(i).equals("arrive") && placeAfter(s, i + 1, country);
    }

    /** "in"/"at" a country or capital, past adverbs before it ("currently in", "now in", "still in"). */
    private static boolean placeAfter(Sentence s, int j, IntPredicate country) {
        while (j < s.size() && s.pos(j).equals("RB") && !s.lower(j).equals("not") && !s.lower(j).equals("n't"))
            j++;
        if (!(s.lower(j).equals("in") || s.lower(j).equals("at")))
            return false;
        return country.test(j + 1) || s.lower(j + 1).equals("the") && country.test(j + 2);
    }

    /**
     * "spoke to/with", "talked with", "spoke by telephone": speaking alone is a statement, not a contact;
     * "co-chaired" needs its co-chairs ("was co-chaired by A and B", "A and B co-chaired").
     */
    private static boolean verbApplies(Sentence s, int i, String lemma) {
        if (lemma.equals("discuss"))
            return withAt(s, i) > 0; // "discussed the idea with Mr McCain"; not "discussed how ..."
        if (JOURNEYS.contains(lemma))
            return destinationAt(s, i) > 0;
        if (!lemma.equals("speak") && !lemma.equals("talk"))
            return true;
        boolean phone = false;
        int from = Clauses.pastTimeAdjuncts(s, i + 1); // "spoke this morning with", "spoke today by phone with"
        if (lemma.equals("speak") && s.isFiniteVerb(i) && s.lower(from).equals("about"))
            return true; // "A and B spoke this morning about ...": a contact only between coordinated agents (Drafts)
        for (int j = from; j < s.size() && j <= from + 4; j++) {
            String w = s.lower(j);
            if (w.equals("with") || w.equals("to"))
                return true;
            phone |= PHONE.contains(w);
            if (!(w.equals("by") || w.equals("on") || w.equals("the") || w.equals("over") || PHONE.contains(w)
                    || w.equals("also") || w.equals("directly") || w.equals("briefly") || w.equals("separately")))
                return phone; // "A and B spoke by telephone on Sunday"
        }
        return phone;
    }

    /**
     * The "between" of "talks between A and B", also past a place ("talks in New Delhi between Iran, China and
     * India"), or -1: the parties all follow it, each on its own side.
     */
    static int betweenAt(Sentence s, int t) {
        if (s.lower(t + 1).equals("between"))
            return t + 1;
        if (!s.lower(t + 1).equals("in") && !s.lower(t + 1).equals("at"))
            return -1;
        for (int j = t + 2; j < s.size() && j <= t + 6; j++) {
            if (s.lower(j).equals("between"))
                return j;
            if (!(s.isCapitalized(j) && s.pos(j).startsWith("NNP") || s.lower(j).equals("the")))
                return -1;
        }
        return -1;
    }

    /** A trigger whose destination follows its "to": "traveled to", "led a delegation to". */
    static boolean journey(Trigger t) {
        return t.verb() && (JOURNEYS.contains(t.lemma()) || t.lemma().equals("lead"));
    }

    /**
     * The "to" of "traveled to Poland", "will travel today to Kyiv", "traveled with the delegation to", "led a
     * delegation to": where a journey goes, which alone makes it a visit (not "traveled widely", "travel
     * restrictions"), or -1.
     */
    static int destinationAt(Sentence s, int i) {
        if (s.lemma(i).equals("lead")) { // "will lead a U.S. delegation to Kyrgyz Republic", "led an interagency delegation to Panama"
            for (int j = i + 1; j < s.size() && j <= i + 6; j++)
                if (s.lower(j).equals("delegation"))
                    return s.lower(j + 1).equals("to") ? j + 1 : -1;
            return -1;
        }
        for (int j = Clauses.pastTimeAdjuncts(s, i + 1); j < s.size() && j <= i + 10 && !Clauses.isBreak(s, j); j++) {
            if (s.lower(j).equals("to"))
                return s.pos(j + 1).equals("VB") ? -1 : j; // not "traveled to meet"
            if (s.isVerb(j) || s.lower(j).equals("from"))
                return -1;
        }
        return -1;
    }

    /** The "with" of "discussed the idea with X" within the trigger's clause, or -1. */
    static int withAt(Sentence s, int i) {
        boolean chair = s.lemma(i).startsWith("co-") || s.lemma(i).equals("convene"); // "co-chaired the dialogue with X": the dialogue is the event
        for (int j = i + 1; j < s.size() && j <= i + 8 && !Clauses.isBreak(s, j); j++)
            if (s.lower(j).equals("with"))
                return WITH_NOUNS.contains(s.lower(j - 1)) && !chair ? -1 : j; // not "discussed our cooperation with Peru"
        return -1;
    }

    private static boolean nounApplies(Sentence s, int i, String lemma) {
        String before = s.lower(i - 1), before2 = s.lower(i - 2);
        return switch (lemma) {
            case "call" -> PHONE.contains(before) || PHONE.contains(before2) || s.lower(i + 1).equals("with")
                    || before.equals("their") && !CALL_FOR.contains(s.lower(i + 1)); // "following their call", not "their call for"
            case "availability" -> before.equals("press") && before2.equals("joint"); // "at a joint press availability"
            case "conference" -> !(before.equals("news") || before.equals("press")) || before2.equals("joint")
                    || s.lower(i - 3).equals("joint");
            default -> true;
        };
    }

    /** Phone and video contacts are calls whatever the verb. */
    private static MeetingMode mode(Sentence s, int i, MeetingMode mode) {
        for (int j = Math.max(0, i - 2); j < Math.min(s.size(), i + 5); j++)
            if (s.lower(j).equals("phone") || s.lower(j).equals("telephone") || s.lower(j).equals("video"))
                return j > i && s.lower(i).equals("met") ? mode : MeetingMode.CALL;
        return mode;
    }
}
