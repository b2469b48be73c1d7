package org.diplograph.extract.statements;

import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The words that introduce a statement in news, by lemma: verbs of saying (which may introduce a quote), verbs of
 * believing and finding (which report a claim but never introduce a quote: "Americans believe “…”" quotes the
 * writer's source, not the Americans), verbs whose statement may be a noun phrase ("denied the allegations",
 * "called for an inquiry"), and nouns that stand for a statement ("a statement issued by X said").
 */
final class ReportingWords {
    private ReportingWords() {
    }

    /** The lists live in {@code data/statements.tsv}: world knowledge of English reporting, not code. */
    private static final StatementWords WORDS = StatementWords.standard();

    private static final Set<String> SPEECH = WORDS.of("speech-verb");
    /** Only with a quote: "“…,” he continued." */
    private static final Set<String> QUOTE_ONLY = WORDS.of("quote-verb");
    /** Claims reported, not spoken: only with a clause. */
    private static final Set<String> ATTITUDE = WORDS.of("attitude-verb");
    /** Verbs whose statement may be a noun phrase, or an object with a complement ("called him a liar"). */
    private static final Set<String> WITH_OBJECT = WORDS.of("object-verb");

    /** Verbs that come before their subject after a comma: "…, says the party", "…, said Mr Milburn, would …". */
    private static final Set<String> INVERTING = WORDS.of("inverting-verb");

    /** Verbs that may take the hearer as object before what is said: "told reporters (that) …", "told MPs: “…”". */
    private static final Set<String> HEARER = WORDS.of("hearer-verb");

    /** Whether {@code token} is a speech verb that may take its hearer as object: "told reporters …". */
    static boolean takesHearer(CoreLabel token) {
        return isVerb(token) && HEARER.contains(lemma(token));
    }

    /** Whether {@code token} is a verb that may precede its subject: "…, says the party". */
    static boolean inverts(CoreLabel token) {
        return isVerb(token) && INVERTING.contains(lemma(token));
    }

    /** A verb that may introduce or follow a direct quote. */
    static boolean isSpeech(CoreLabel token) {
        return isVerb(token) && (SPEECH.contains(lemma(token)) || QUOTE_ONLY.contains(lemma(token)));
    }

    /** A verb that reports a statement given as its clause. */
    static boolean isReporting(CoreLabel token) {
        return isVerb(token) && (SPEECH.contains(lemma(token)) || ATTITUDE.contains(lemma(token)));
    }

    static boolean takesObject(CoreLabel token) {
        return isVerb(token) && WITH_OBJECT.contains(lemma(token));
    }

    static boolean isCue(CoreLabel token) {
        return isReporting(token) || takesObject(token);
    }

    static boolean isStatementNoun(CoreLabel token) {
        return token.tag() != null && token.tag().startsWith("NN") && STATEMENT_NOUNS.contains(lemma(token));
    }

    /** "spokesman", "spokeswoman", "spokesperson": someone who speaks for a body. */
    static boolean isSpokesNoun(CoreLabel token) {
        return token.tag() != null && token.tag().startsWith("NN") && lemma(token).startsWith("spokes");
    }

    /** Nouns that speak for their author: "a statement issued by X said", "X's statement". */
    private static final Set<String> STATEMENT_NOUNS = WORDS.of("statement-noun");

    static String lemma(CoreLabel token) {
        String lemma = token.lemma() != null ? token.lemma() : token.word();
        return lemma.toLowerCase(Locale.ROOT);
    }

    private static boolean isVerb(CoreLabel token) {
        return token.tag() != null && token.tag().startsWith("VB");
    }
}
