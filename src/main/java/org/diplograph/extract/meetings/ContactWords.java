package org.diplograph.extract.meetings;

import static org.diplograph.facts.MeetingMode.CALL;
import static org.diplograph.facts.MeetingMode.HOST;
import static org.diplograph.facts.MeetingMode.MEETING;
import static org.diplograph.facts.MeetingMode.SUMMIT;
import static org.diplograph.facts.MeetingMode.TALKS;
import static org.diplograph.facts.MeetingMode.VISIT;

import java.util.Map;
import java.util.Set;

import org.diplograph.facts.MeetingMode;

/**
 * The words that report a contact, by lemma. Modes follow CAMEO 04x / PLOVER CONSULT: visit (042), host (043),
 * meeting at a third location (044), multilateral summit, phone or video call, talks (046).
 */
final class ContactWords {
    private ContactWords() {
    }

    /** Verbs that report a contact, by lemma, with the mode they give. */
    static final Map<String, MeetingMode> VERB_TRIGGERS = Map.ofEntries(
            Map.entry("meet", MEETING), Map.entry("visit", VISIT), Map.entry("tour", VISIT), Map.entry("travel", VISIT),
            Map.entry("fly", VISIT), Map.entry("head", VISIT),
            Map.entry("host", HOST), Map.entry("receive", HOST), Map.entry("welcome", HOST),
            Map.entry("talk", TALKS), Map.entry("speak", CALL), Map.entry("confer", TALKS),
            Map.entry("negotiate", TALKS), Map.entry("phone", CALL), Map.entry("telephone", CALL),
            Map.entry("discuss", TALKS), Map.entry("convene", SUMMIT),
            Map.entry("co-chair", MEETING), Map.entry("co-host", SUMMIT));

    /** Nouns that report a contact, by lemma, with the mode they give. */
    static final Map<String, MeetingMode> NOUN_TRIGGERS = Map.ofEntries(
            Map.entry("meeting", MEETING), Map.entry("talk", TALKS), Map.entry("talks", TALKS),
            Map.entry("visit", VISIT), Map.entry("trip", VISIT), Map.entry("tour", VISIT),
            Map.entry("summit", SUMMIT), Map.entry("conference", SUMMIT), Map.entry("conversation", MEETING),
            Map.entry("discussion", TALKS), Map.entry("negotiation", TALKS), Map.entry("consultation", TALKS),
            Map.entry("one-on-one", MEETING), Map.entry("audience", MEETING), Map.entry("call", CALL),
            Map.entry("availability", MEETING), Map.entry("videoconference", CALL), Map.entry("teleconference", CALL));

    /** Verbs whose object noun carries the event: "held talks", "paid a visit", "had meetings". */
    static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "make", "pay", "conduct", "attend", "join",
            "chair", "begin", "open", "start", "continue", "host", "arrange", "seek", "request", "lead", "take", "engage",
            "enter", "resume", "conclude", "end", "wrap");
}
