package org.diplograph.extract.events;

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
 * The words the meeting rules key on, by lemma. Modes follow CAMEO 04x / PLOVER CONSULT: visit (042), host
 * (043), meeting at a third location (044), multilateral summit, phone or video call, talks (046).
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Verbs that report a contact, by lemma, with the mode they give. */
    static final Map<String, MeetingMode> VERB_TRIGGERS = Map.ofEntries(
            Map.entry("meet", MEETING), Map.entry("visit", VISIT), Map.entry("tour", VISIT),
            Map.entry("host", HOST), Map.entry("receive", HOST), Map.entry("welcome", HOST),
            Map.entry("talk", TALKS), Map.entry("speak", MEETING), Map.entry("confer", TALKS),
            Map.entry("negotiate", TALKS), Map.entry("phone", CALL), Map.entry("telephone", CALL),
            Map.entry("discuss", TALKS), Map.entry("convene", MEETING));

    /** Nouns that report a contact, by lemma, with the mode they give. */
    static final Map<String, MeetingMode> NOUN_TRIGGERS = Map.ofEntries(
            Map.entry("meeting", MEETING), Map.entry("talk", TALKS), Map.entry("talks", TALKS),
            Map.entry("visit", VISIT), Map.entry("trip", VISIT), Map.entry("tour", VISIT),
            Map.entry("summit", SUMMIT), Map.entry("conference", SUMMIT), Map.entry("conversation", MEETING),
            Map.entry("discussion", TALKS), Map.entry("negotiation", TALKS), Map.entry("consultation", TALKS),
            Map.entry("one-on-one", MEETING), Map.entry("audience", MEETING), Map.entry("call", CALL));

    /** Verbs whose object noun carries the event: "held talks", "paid a visit", "had meetings". */
    static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "make", "pay", "conduct", "attend", "join",
            "chair", "begin", "open", "start", "continue", "host", "arrange", "seek", "request", "lead", "take", "engage",
            "enter", "resume", "conclude", "end", "wrap");

    /** Nouns that make a preceding demonym or country an actor: "Russian delegation", "Indian government". */
    static final Set<String> GROUP_NOUNS = Set.of("delegation", "delegations", "government", "governments",
            "official", "officials", "leader", "leaders", "minister", "ministers", "president", "premier",
            "counterpart", "counterparts", "side", "authorities", "team", "envoy", "envoys", "diplomat", "diplomats",
            "representative", "representatives", "negotiators", "administration", "ambassador", "chancellor",
            "king", "emir", "head", "heads", "foreign", "prime", "defence", "defense", "interior", "trade", "presidents",
            "premiers", "chancellors", "mission", "entourage");

    /** Words that may stand between a country and a person's name in a title ("Pakistan's National Security Adviser"). */
    static final Set<String> TITLE_WORDS = Set.of("minister", "president", "secretary", "prime", "foreign", "deputy",
            "general", "director", "chief", "counsellor", "councillor", "adviser", "advisor", "spokesman",
            "spokesperson", "spokeswoman", "envoy", "ambassador", "counterpart", "leader", "chancellor", "premier",
            "king", "queen", "senator", "interim", "state", "of", "the", "'s", "’s", "'", "finance", "defence",
            "defense", "interior", "trade", "vice", "national", "security", "high", "commissioner", "special",
            "representative", "former", "new", "incoming", "outgoing", "acting", "top", "diplomat", "head",
            "president-elect", "affairs", "economy", "economics", "minister-president", "chairman", "for");

    /** Outlets and media words: a journalist or outlet is not a diplomatic participant. */
    static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "bbc", "cnn", "reuters", "press",
            "journal", "telegraph", "guardian", "radio", "tv", "television", "newsnight", "programme", "program",
            "newspaper", "magazine", "daily", "herald", "tribune", "agency", "afp", "ap", "observer", "mirror",
            "reporters", "journalists", "media", "channel", "network", "xinhua", "tass", "interfax", "economist");

    /** Head words of intergovernmental bodies when the entity stage has not typed the organization. */
    static final Set<String> IGO_WORDS = Set.of("community", "union", "nations", "organisation", "organization",
            "bloc", "league", "alliance", "council", "commission", "forum", "association", "caricom", "asean",
            "nato", "eu", "un", "wto", "imf", "opec", "sco", "brics", "g7", "g8", "g20", "mercosur", "au", "ecowas",
            "oas", "osce", "oic", "gcc", "cooperation", "partnership");

    /** Words that end the window of a trigger's arguments. */
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "“", "”", "\"", "``", "''", "that", "which", "who",
            "whom", "whose", "because", "but", "although", "though", "whereas", "said", "says", "told", "tells",
            "according", "where", "while", "when", "after", "before", "since", "until", "unless", "if");

    /** Words after which the right window holds the topic, not further participants. */
    static final Set<String> TOPIC_WORDS = Set.of("about", "on", "over", "regarding", "concerning", "amid",
            "despite", "focused", "covering", "covered");

    /** Prepositions that put a place, not a participant, after them. */
    static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "across", "throughout");

    static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their",
            "it", "its", "i", "we", "you", "me", "us", "our", "my", "your");
}
