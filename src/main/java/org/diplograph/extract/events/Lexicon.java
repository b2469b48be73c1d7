package org.diplograph.extract.events;

import java.util.HashSet;
import java.util.Set;

import org.diplograph.extract.people.TitleLexicon;

/**
 * The words the event rules key on: what makes a country an actor, what may stand in a title, what ends a clause,
 * what puts a place after it. The words that report a contact are the meetings' ({@code ContactWords}).
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Nouns that make a preceding demonym or country an actor: "Russian delegation", "Indian government". */
    public static final Set<String> GROUP_NOUNS = Set.of("delegation", "delegations", "government", "governments",
            "official", "officials", "leader", "leaders", "minister", "ministers", "president", "premier",
            "counterpart", "counterparts", "side", "authorities", "team", "envoy", "envoys", "diplomat", "diplomats",
            "representative", "representatives", "negotiators", "administration", "ambassador", "chancellor",
            "king", "emir", "head", "heads", "foreign", "prime", "defence", "defense", "interior", "trade", "presidents",
            "premiers", "chancellors", "mission", "entourage");

    /**
     * Plural heads of a subject that stands for the parties of a meeting just reported: "the leaders", "both
     * sides", "the two presidents".
     */
    public static final Set<String> GROUP_SUBJECTS = Set.of("leaders", "sides", "presidents", "ministers",
            "secretaries", "delegations", "counterparts", "governments", "officials", "parties", "premiers",
            "chancellors", "countries", "nations");

    /**
     * Words that may stand between a country and a person's name in a title ("Pakistan's National Security
     * Adviser"): the words of the one title lexicon's offices, with the articles and possessives between them and
     * the words that qualify a holder without being a title ("counterpart", "former", "incoming").
     */
    public static final Set<String> TITLE_WORDS = union(TitleLexicon.officeWords(), Set.of("the", "'s", "’s", "'",
            "counterpart", "former", "new", "incoming", "outgoing", "president-elect", "minister-president"));

    /** Outlets and media words: a journalist or outlet is not a diplomatic participant. */
    public static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "bbc", "cnn", "reuters", "press",
            "journal", "telegraph", "guardian", "radio", "tv", "television", "newsnight", "programme", "program",
            "newspaper", "magazine", "daily", "herald", "tribune", "agency", "afp", "ap", "observer", "mirror",
            "reporters", "journalists", "media", "channel", "network", "xinhua", "tass", "interfax", "economist");

    /** Head words of intergovernmental bodies when the entity stage has not typed the organization. */
    public static final Set<String> IGO_WORDS = Set.of("community", "union", "nations", "organisation", "organization",
            "bloc", "league", "alliance", "council", "commission", "forum", "association", "caricom", "asean",
            "nato", "eu", "un", "wto", "imf", "opec", "sco", "brics", "g7", "g8", "g20", "mercosur", "au", "ecowas",
            "oas", "osce", "oic", "gcc", "cooperation", "partnership");

    /**
     * Body words that domestic bodies, unions and companies' boards share ("AFL-CIO Executive Council",
     * "National Security Council", "Premier League", "Federal Trade Commission"): a name headed by one of them is an
     * intergovernmental body only when it also carries a word of {@link #INTERNATIONAL_WORDS} or a word of
     * {@link #IGO_WORDS} outside this set ("European Commission", "Gulf Cooperation Council", "UN Human Rights
     * Council").
     */
    public static final Set<String> SHARED_BODY_WORDS = Set.of("council", "commission", "forum", "association",
            "cooperation", "partnership", "union", "league", "community");

    /** Words that scope a body beyond one country: regions, "international", "bilateral" commissions. */
    public static final Set<String> INTERNATIONAL_WORDS = Set.of("international", "intergovernmental", "world",
            "global", "europe", "european", "africa", "african", "arab", "asia", "asian", "pacific", "atlantic",
            "caribbean", "nordic", "gulf", "baltic", "arctic", "mediterranean", "americas", "inter", "eurasian",
            "islamic", "commonwealth", "andean", "danube", "mekong", "adriatic", "balkan", "euro", "bilateral",
            "binational", "trilateral", "joint");

    /** Words that end the window of a trigger's arguments. */
    public static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "“", "”", "\"", "``", "''", "that", "which", "who",
            "whom", "whose", "because", "but", "although", "though", "whereas", "said", "says", "told", "tells",
            "according", "where", "while", "when", "after", "before", "since", "until", "unless", "if");

    /** Words after which the right window holds the topic, not further participants. */
    public static final Set<String> TOPIC_WORDS = Set.of("about", "on", "over", "regarding", "concerning", "amid",
            "despite", "focused", "covering", "covered");

    /**
     * Adverbs of time and manner that may stand between a contact verb and its counterpart: "met today with",
     * "spoke separately today with", "met virtually with".
     */
    public static final Set<String> CONTACT_ADVERBS = Set.of("today", "yesterday", "tonight", "earlier", "later",
            "again", "also", "separately", "jointly", "virtually", "privately", "briefly", "directly", "personally",
            "bilaterally", "once", "twice", "recently", "first");

    /** Nouns of a time of day or period after "this", "last", "earlier": "spoke this morning with". */
    public static final Set<String> TIME_NOUNS = Set.of("morning", "afternoon", "evening", "night", "week", "weekend",
            "month", "year", "today");

    /** Prepositions that put a place, not a participant, after them. */
    public static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "across", "throughout");

    public static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their",
            "it", "its", "i", "we", "you", "me", "us", "our", "my", "your");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
