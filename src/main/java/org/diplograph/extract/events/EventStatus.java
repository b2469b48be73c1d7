package org.diplograph.extract.events;

import java.time.LocalDate;
import java.util.Set;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingStatus;

/**
 * Whether a reported meeting took place, from the words of its clause before the trigger: negated ("did not
 * meet", "skips Pakistan visit", "postponing a scheduled visit"), hypothetical ("would be happy to meet",
 * "hopes to hold talks"), planned ("will meet", "is due to visit", "is to visit", "upcoming talks"), else
 * occurred. Negation wins over hypothesis, hypothesis over plan.
 */
public final class EventStatus {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without", "nor");
    private static final Set<String> NEGATING_VERBS = Set.of("skip", "cancel", "postpone", "scrap", "abandon",
            "delay", "miss", "refuse", "decline", "reject", "snub", "boycott", "shun", "avoid", "deny", "suspend",
            "rule", "call");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "can", "if",
            "unless", "whether", "hope", "want", "wish", "seek", "try", "propose", "offer", "consider", "suggest",
            "invite", "urge", "possible", "potential", "proposed", "possibility", "ready", "willing", "happy", "keen");
    private static final Set<String> PLANNED = Set.of("will", "shall", "'ll", "wo", "due", "set", "scheduled",
            "schedule", "expected", "expect", "plan", "planned", "planning", "upcoming", "forthcoming", "next",
            "later", "prepare", "preparing", "announce", "arrange", "intend", "forward");

    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "can");

    private EventStatus() {
    }

    /** A word of hypothesis; a modal only as a modal ("on Saturday, May 18 to meet" is a plan, not a maybe). */
    private static boolean hypothetical(Sentence s, int i) {
        String w = s.lower(i);
        if (MODALS.contains(w))
            return s.pos(i).equals("MD");
        return HYPOTHETICAL.contains(w) || HYPOTHETICAL.contains(s.lemma(i)) && s.isVerb(i);
    }

    /**
     * What the verb group of a clause whose subject is the trigger noun says: "the visit ... would have to
     * wait", "talks were postponed", "the meeting will take place"; null when nothing.
     */
    private static MeetingStatus after(Sentence s, int t) {
        for (int j = t + 1; j < s.size() && j <= t + 8 && !Clauses.isBreak(s, j); j++) {
            if (!s.isFiniteVerb(j))
                continue;
            MeetingStatus result = null;
            for (int k = j; k < s.size() && k <= j + 4 && (s.isVerb(k) || s.pos(k).equals("RB") || s.pos(k).equals("TO")); k++) {
                String w = s.lower(k), lemma = s.lemma(k);
                if (NEGATIONS.contains(w) || NEGATING_VERBS.contains(lemma) && !lemma.equals("call") && !lemma.equals("rule"))
                    return MeetingStatus.NEGATED;
                if (hypothetical(s, k))
                    result = MeetingStatus.HYPOTHETICAL;
                else if (result == null && (PLANNED.contains(w) || lemma.equals("be") && s.lower(k + 1).equals("to")))
                    result = MeetingStatus.PLANNED;
            }
            return result;
        }
        return null;
    }

    /** The auxiliaries of the verb an infinitive trigger depends on: "will travel to X to meet", "has asked A, B and C to travel ... to meet". */
    private static int governing(Sentence s, int trigger) {
        int left = Clauses.left(s, trigger);
        for (int i = trigger - 2; i >= left && trigger - i <= 30; i--)
            if (s.isFiniteVerb(i))
                return Math.max(left, i - 3);
        return trigger;
    }

    public static MeetingStatus of(Sentence s, int trigger, boolean verb, LocalDate published) {
        int from = Math.max(Clauses.left(s, trigger), trigger - 8);
        if (s.pos(trigger).equals("VBG") && s.lower(trigger - 1).equals(","))
            from = trigger; // "... canceled his meeting with X, conferring instead with Y": a clause of its own
        else if (verb && s.lower(trigger - 1).equals("to"))
            from = Math.min(from, governing(s, trigger)); // "will then travel to Vilnius, Lithuania on March 6 to meet"
        boolean negated = false, hypothetical = false, planned = false;
        for (int i = from; i < trigger; i++) {
            String w = s.lower(i), lemma = s.lemma(i);
            negated |= NEGATIONS.contains(w) && trigger - i <= 4
                    || NEGATING_VERBS.contains(lemma) && s.isVerb(i) && (!lemma.equals("call") || s.lower(i + 1).equals("off"))
                    && (!lemma.equals("rule") || s.lower(i + 1).equals("out"));
            hypothetical |= hypothetical(s, i);
            planned |= PLANNED.contains(w) || PLANNED.contains(lemma) && s.isVerb(i)
                    || s.lemma(i).equals("be") && s.lower(i + 1).equals("to") && s.pos(i + 2).equals("VB");
        }
        if (!verb) {
            MeetingStatus after = after(s, trigger);
            negated |= after == MeetingStatus.NEGATED;
            hypothetical |= after == MeetingStatus.HYPOTHETICAL;
            planned |= after == MeetingStatus.PLANNED;
        }
        planned |= verb && s.lemma(trigger).equals("travel") && (s.pos(trigger).matches("VBZ|VBP")
                || s.pos(trigger).equals("VBG") && s.lemma(trigger - 1).equals("be") && s.pos(trigger - 1).matches("VBZ|VBP"));
        // "Under Secretary Fernandez is traveling to Toronto, Canada, June 13-14 where he will", "Assistant Secretary
        // Noyes travels to Uganda July 9-15": a trip announced (news reports a trip made with "visited", "flew")
        if (negated)
            return MeetingStatus.NEGATED;
        if (hypothetical)
            return MeetingStatus.HYPOTHETICAL;
        return planned ? MeetingStatus.PLANNED : MeetingStatus.OCCURRED;
    }
}
