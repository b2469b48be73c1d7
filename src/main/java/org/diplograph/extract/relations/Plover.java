package org.diplograph.extract.relations;

import static org.diplograph.facts.PloverType.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.diplograph.facts.PloverType;

/**
 * The trigger lexicon of reported actions, by lemma, mapped to PLOVER event types (the successor of CAMEO).
 * Verbs and nouns are kept apart: "support" the verb and "supporter" the noun are both SUPPORT, "strike" the
 * verb (industrial action) is not FIGHT while "strikes" the noun (military) is.
 */
final class Plover {
    private Plover() {
    }

    static final Map<String, PloverType> VERBS = Map.ofEntries(
            Map.entry("support", SUPPORT), Map.entry("back", SUPPORT), Map.entry("endorse", SUPPORT),
            Map.entry("praise", SUPPORT), Map.entry("welcome", SUPPORT), Map.entry("congratulate", SUPPORT),
            Map.entry("thank", SUPPORT), Map.entry("agree", AGREE), Map.entry("sign", AGREE),
            Map.entry("cooperate", COOPERATE), Map.entry("collaborate", COOPERATE), Map.entry("sell", COOPERATE),
            Map.entry("aid", AID), Map.entry("assist", AID), Map.entry("donate", AID), Map.entry("lend", AID),
            Map.entry("concede", CONCEDE), Map.entry("ease", CONCEDE), Map.entry("lift", CONCEDE),
            Map.entry("withdraw", RETREAT), Map.entry("investigate", INVESTIGATE), Map.entry("probe", INVESTIGATE),
            Map.entry("demand", DEMAND), Map.entry("urge", DEMAND), Map.entry("press", DEMAND),
            Map.entry("criticise", DISAPPROVE), Map.entry("criticize", DISAPPROVE), Map.entry("condemn", DISAPPROVE),
            Map.entry("accuse", DISAPPROVE), Map.entry("blame", DISAPPROVE), Map.entry("denounce", DISAPPROVE),
            Map.entry("oppose", DISAPPROVE), Map.entry("reject", REJECT), Map.entry("refuse", REJECT),
            Map.entry("veto", REJECT), Map.entry("block", REJECT), Map.entry("threaten", THREATEN),
            Map.entry("mobilize", MOBILIZE), Map.entry("mobilise", MOBILIZE), Map.entry("deploy", MOBILIZE),
            Map.entry("sanction", SANCTION), Map.entry("expel", SANCTION), Map.entry("embargo", SANCTION),
            Map.entry("pressure", COERCE), Map.entry("seize", COERCE), Map.entry("deport", COERCE),
            Map.entry("capture", ASSAULT), Map.entry("abduct", ASSAULT), Map.entry("kidnap", ASSAULT),
            Map.entry("raid", ASSAULT), Map.entry("attack", FIGHT), Map.entry("invade", FIGHT),
            Map.entry("bomb", FIGHT), Map.entry("shell", FIGHT), Map.entry("kill", FIGHT), Map.entry("fight", FIGHT));

    static final Map<String, PloverType> NOUNS = Map.ofEntries(
            Map.entry("support", SUPPORT), Map.entry("supporter", SUPPORT), Map.entry("backing", SUPPORT),
            Map.entry("commitment", SUPPORT), Map.entry("solidarity", SUPPORT), Map.entry("condolence", SUPPORT),
            Map.entry("coordination", COOPERATE),
            Map.entry("agreement", AGREE), Map.entry("deal", AGREE), Map.entry("accord", AGREE),
            Map.entry("treaty", AGREE), Map.entry("cooperation", COOPERATE), Map.entry("partnership", COOPERATE),
            Map.entry("aid", AID), Map.entry("assistance", AID),
            Map.entry("investigation", INVESTIGATE), Map.entry("demand", DEMAND), Map.entry("criticism", DISAPPROVE),
            Map.entry("condemnation", DISAPPROVE), Map.entry("opposition", DISAPPROVE), Map.entry("rejection", REJECT),
            Map.entry("veto", REJECT), Map.entry("threat", THREATEN), Map.entry("protest", PROTEST),
            Map.entry("sanction", SANCTION), Map.entry("embargo", SANCTION), Map.entry("expulsion", SANCTION),
            Map.entry("pressure", COERCE), Map.entry("takeover", COERCE), Map.entry("ouster", COERCE),
            Map.entry("blockade", COERCE), Map.entry("raid", ASSAULT), Map.entry("capture", ASSAULT),
            Map.entry("abduction", ASSAULT), Map.entry("attack", FIGHT), Map.entry("invasion", FIGHT),
            Map.entry("airstrike", FIGHT), Map.entry("bombing", FIGHT), Map.entry("strike", FIGHT),
            Map.entry("war", FIGHT), Map.entry("withdrawal", RETREAT));

    /** Nouns whose possessor is acted upon, not acting: "Maduro's ouster", "the diplomats' expulsion". */
    static final Set<String> PATIENT_NOUNS = Set.of("ouster", "capture", "abduction", "arrest", "expulsion",
            "killing", "overthrow", "detention", "kidnapping", "invasion");

    /**
     * Nouns whose target stands right after them ("commitment to Ukraine's sovereignty", "solidarity with
     * Lithuania"), not anywhere in the clause ("commitment to ... the crisis Moscow has precipitated").
     */
    static final Set<String> NEAR_TARGET = Set.of("commitment", "solidarity", "condolence", "coordination",
            "cooperation", "partnership", "support");

    /** Relations that bind both sides alike: an agreement, cooperation, consultation is each way. */
    static final Set<PloverType> MUTUAL = EnumSet.of(AGREE, COOPERATE, CONSULT);

    /** Material conflict: its target may be named as a place ("the US raid in Venezuela"). */
    static final Set<PloverType> LOCATIVE_TARGET = EnumSet.of(ASSAULT, FIGHT, MOBILIZE, COERCE);

    /** Reporting verbs of statements that carry a relation of the speaker's country to what it is about. */
    static final Map<String, PloverType> CUES = Map.ofEntries(
            Map.entry("criticise", DISAPPROVE), Map.entry("criticize", DISAPPROVE), Map.entry("condemn", DISAPPROVE),
            Map.entry("accuse", DISAPPROVE), Map.entry("complain", DISAPPROVE), Map.entry("praise", SUPPORT),
            Map.entry("welcome", SUPPORT), Map.entry("thank", SUPPORT), Map.entry("urge", DEMAND),
            Map.entry("demand", DEMAND), Map.entry("call", DEMAND), Map.entry("reject", REJECT),
            Map.entry("deny", REJECT), Map.entry("dismiss", REJECT),
            Map.entry("threaten", THREATEN), Map.entry("agree", AGREE), Map.entry("pledge", SUPPORT));
}
