package org.diplograph.extract.statements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.people.TitleLexicon;
import org.diplograph.extract.text.Pronouns;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Speaker;

/**
 * What a speaker pronoun refers to, cheaply and conservatively: "he"/"she" is, by the one pronoun policy
 * ({@link Pronouns}), the only person of fitting gender among the subjects (and speakers) of the nearest sentence,
 * within three, that has one (a speaker is the subject of discourse, more than any name in reach: in "… Mr
 * Howard … But he warned …" after "Trevor Phillips said …", he is Phillips), else the person who is who joined
 * the pronoun to; "they" the nearest plural or collective subject within two; "it" the body (or report) that spoke
 * last, within two sentences, else a body that was the subject of one of them. Two fitting candidates in the nearest sentence leave the pronoun unresolved: a wrong speaker is worse
 * than none.
 */
final class SpeakerPronouns {
    /**
     * A statement already attributed, for continuity: "“…,” he said" after "Rubio said …"; {@code members}, all
     * the speakers of its content (several for "the leaders affirmed").
     */
    record Said(int sentence, Speaker speaker, boolean group, List<SpeakerResolver.Resolved> members) {
    }

    /** "They reaffirmed …" right after "The leaders welcomed …": the members of the last group within two sentences. */
    static List<SpeakerResolver.Resolved> lastGroup(QuotedTokens view, int pronoun, List<Said> earlier) {
        int current = view.sentenceOf(pronoun);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Said said = earlier.get(i);
            if (said.sentence() < current - 2)
                return null;
            if (said.sentence() <= current && said.members().size() > 1)
                return said.members();
        }
        return null;
    }

    private static final Set<String> COLLECTIVE = Set.of("delegation", "government", "administration", "team",
            "party", "campaign", "committee", "council", "ministry", "police", "group", "side", "authorities",
            "parliament", "congress", "senate", "court", "officials", "leaders", "union", "coalition");

    private final QuotedTokens view;
    private final EntityIndex entities;
    private final SourcePhrases sources;
    private final SpeakerResolver resolver;

    SpeakerPronouns(QuotedTokens view, EntityIndex entities, SourcePhrases sources, SpeakerResolver resolver) {
        this.view = view;
        this.entities = entities;
        this.sources = sources;
        this.resolver = resolver;
    }

    SpeakerResolver.Resolved resolve(int pronoun, List<Said> earlier) {
        String word = view.word(pronoun).toLowerCase(Locale.ROOT);
        switch (word) {
            case "he": case "she": return person(pronoun, word, earlier);
            case "they": return group(pronoun, earlier);
            case "it": return organization(pronoun, earlier);
            default: return null; // I, we, you: the writer or the reader, not a speaker we can name
        }
    }

    private SpeakerResolver.Resolved person(int pronoun, String word, List<Said> earlier) {
        int current = view.sentenceOf(pronoun), opening = quoteOpening(current);
        int reach = opening >= 0 ? Math.min(current - 3, opening - 1) : current - 3;   // the sentence before the quote
        for (int s = current; s >= Math.max(0, reach); s--) {
            if (s < current && s > opening && opening >= 0)
                continue;   // "“S1. S2. S3,” he said": the quote's own sentences are no one's subjects

            Set<PersonFact> subjects = new LinkedHashSet<>();
            for (Said said : earlier)
                if (said.sentence() == s && said.speaker().personKey() != null)
                    subjects.add(byKey(said.speaker().personKey()));
            int[] subject = s < current || wordsBefore(pronoun) ? sources.knownSubject(s) : null;
            if (subject != null && subject[2] != pronoun && (s < current || subject[1] <= pronoun)) {
                PersonFact p = entities.personAt(resolver.span(subject[2], subject[2] + 1));
                if (p != null)
                    subjects.add(p);
            }
            List<PersonFact> fitting = Pronouns.fitting(word, subjects, entities::gender);
            if (fitting.size() > 1)
                return null;
            if (subjects.isEmpty() && subject != null && subject[2] != pronoun && unnamedPerson(subject[2], word)) {
                SpeakerResolver.Resolved r = resolver.noun(subject[0], subject[1], subject[2]);
                Speaker named = r.speaker();
                if (named.personKey() != null ? !Pronouns.fitting(word, List.of(byKey(named.personKey())),
                        entities::gender).isEmpty() : named.organizationKey() != null || indefinite(subject[0]))
                    return new SpeakerResolver.Resolved(named, Math.min(r.confidence(), 0.6));
            }   // "A Conservative spokeswoman said … She said: “…”": the unnamed subject, not a name further back
            if (fitting.size() == 1) {
                PersonFact p = fitting.get(0);
                return new SpeakerResolver.Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p),
                        null), current - s <= 1 ? 0.8 : 0.65);
            }
        }
        PersonFact linked = entities.personLinkedAt(resolver.span(pronoun, pronoun + 1));
        return linked == null ? null   // else who is who's decision: the one person it found named in reach
                : new SpeakerResolver.Resolved(new Speaker(linked.key(), null, linked.name(), entities.countryOf(linked),
                        null), 0.65);
    }

    /**
     * Whether the head of a subject is one unnamed person of the pronoun's gender: a title without a name ("a
     * spokeswoman", "the minister"), whose word may give the gender ("spokesman", "chairwoman").
     */
    private boolean unnamedPerson(int head, String pronoun) {
        String w = view.word(head).toLowerCase(Locale.ROOT);
        if (!view.tag(head).equals("NN") || !TitleLexicon.isTitleWord(w))
            return false;
        return pronoun.equals("he") ? !w.endsWith("woman") : !w.endsWith("man") || w.endsWith("woman");
    }

    /** "a spokeswoman": someone the article does not name, so no named person further back. */
    private boolean indefinite(int begin) {
        String w = view.word(begin).toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an");
    }

    private SpeakerResolver.Resolved group(int pronoun, List<Said> earlier) {
        int current = view.sentenceOf(pronoun);
        for (int s = current; s >= Math.max(0, current - 2); s--) {
            for (int i = earlier.size() - 1; i >= 0; i--)
                if (earlier.get(i).sentence() == s && earlier.get(i).group())
                    return new SpeakerResolver.Resolved(earlier.get(i).speaker(), 0.7);
            int[] subject = s < current || wordsBefore(pronoun) ? sources.mainSubject(s) : null;
            if (subject == null || subject[2] == pronoun || s == current && subject[1] > pronoun)
                continue;
            if (isGroup(subject)) {
                SpeakerResolver.Resolved r = resolver.noun(subject[0], subject[1], subject[2]);
                return new SpeakerResolver.Resolved(r.speaker(), Math.min(r.confidence(), 0.7));
            }
        }
        return null;
    }

    /**
     * "It said": the one body that spoke last, within two sentences ("The airline said … it added"), or the author of
     * the report that did ("his report said … it said"); else a body named as the subject of one of the two sentences
     * before ("The Association of British Insurers warned … It said"). Not a plural description ("analysts").
     */
    private SpeakerResolver.Resolved organization(int pronoun, List<Said> earlier) {
        int current = view.sentenceOf(pronoun);
        for (int sentence = current; sentence >= Math.max(0, current - 2); sentence--) {
            for (int i = earlier.size() - 1; i >= 0; i--) {   // the last speaker of the sentence
                Said said = earlier.get(i);
                if (said.sentence() != sentence || said.members().size() > 1 || said.speaker().name() == null)
                    continue;
                Speaker s = said.speaker();
                if (s.organizationKey() != null || s.personKey() == null && (country(s) || body(s))
                        || s.personKey() != null && statementNoun(s))
                    return new SpeakerResolver.Resolved(s, sentence >= current - 1 ? 0.7 : 0.6);
                return null;   // a person or people spoke last: "it" is no speaker we can tell
            }
            int[] subject = sentence < current || wordsBefore(pronoun) ? sources.knownSubject(sentence) : null;
            if (subject == null || subject[2] == pronoun || sentence == current && subject[1] > pronoun)
                continue;   // "Even Porsche may join the race, although it insists …": Porsche
            SpeakerResolver.Resolved r = resolver.noun(subject[0], subject[1], subject[2]);
            Speaker named = r.speaker();
            if (named.organizationKey() != null || named.personKey() == null && named.name() != null && body(named))
                return new SpeakerResolver.Resolved(named, Math.min(r.confidence(), 0.6));
            if (named.personKey() != null)
                return null;
        }
        return null;
    }

    /** A country speaking, by its name: "Japan", "the United States" (not a description with a country in it). */
    private static boolean country(Speaker s) {
        if (s.countryIso2() == null)
            return false;
        for (String w : s.name().split("\\s+"))
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("the"))
                return false;
        return true;
    }

    /** A speaker by description that names a body: "the committee", "the Japanese government", "the airline". */
    private static boolean body(Speaker s) {
        String[] words = s.name().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return COLLECTIVE.contains(last) || COMPANY_NOUNS.contains(last);
    }

    private static final Set<String> COMPANY_NOUNS = StatementWords.standard().of("company-noun");

    /** "his report said": a speaker named through the statement noun that spoke for them. */
    private static boolean statementNoun(Speaker s) {
        if (s.mention() == null)
            return false;
        String[] words = s.mention().text().toLowerCase(Locale.ROOT).split("\\s+");
        return STATEMENT_NOUNS.contains(words[words.length - 1]);
    }

    private static final Set<String> STATEMENT_NOUNS = StatementWords.standard().of("statement-noun");

    /**
     * For a sentence that a quote opens, running on from earlier sentences ("“S1. S2. S3,” he said"), the sentence
     * where the quote starts: "he" reaches the sentence before it, however long the quote. Else -1.
     */
    private int quoteOpening(int sentence) {
        int start = view.sentenceStart(sentence);
        while (start < view.tokens.size() && view.isPunct(start) && view.quoteOf(start) < 0)
            start++;
        int quote = start < view.tokens.size() ? view.quoteOf(start) : -1;
        if (quote < 0)
            return -1;
        int first = view.sentenceOf(view.tokenAt(view.quotes.get(quote).begin()));
        return first < sentence ? first : -1;
    }

    /**
     * Whether the pronoun's own sentence has words of the writer before it: in "“…,” he said" only the quote
     * precedes it, and the quote's subject is not who "he" is (nor worth a parse to find).
     */
    private boolean wordsBefore(int pronoun) {
        for (int t = view.sentenceStart(view.sentenceOf(pronoun)); t < pronoun; t++)
            if (view.quoteOf(t) < 0 && !view.isPunct(t))
                return true;
        return false;
    }

    /** A subject phrase {begin, end, head} that "they" can stand for. */
    private boolean isGroup(int[] phrase) {
        String tag = view.tag(phrase[2]);
        return tag.equals("NNS") || tag.equals("NNPS") || view.coordinated(phrase[0], phrase[1])
                || COLLECTIVE.contains(ReportingWords.lemma(view.token(phrase[2])));
    }

    private PersonFact byKey(String key) {
        return entities.personByKey(key);
    }
}
