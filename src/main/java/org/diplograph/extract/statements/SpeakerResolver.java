package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.people.TitleLexicon;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;

/**
 * Turns a source phrase into a speaker: the person, organization or country named at its head (with the identity
 * key the earlier stages gave it), the author of "a statement issued by X", the organization or official "the
 * ministry" / "the mayor" refers back to, a pronoun's antecedent ({@link SpeakerPronouns}), or else the phrase itself
 * as a description ("police", "the Russian delegation") with no identity.
 */
final class SpeakerResolver {
    /** A speaker and how sure the resolution is. */
    record Resolved(Speaker speaker, double confidence) {
        Resolved at(Span mention, double factor) {
            return new Resolved(new Speaker(speaker.personKey(), speaker.organizationKey(), speaker.name(),
                    speaker.countryIso2(), mention), confidence * factor);
        }
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    private final QuotedTokens view;
    private final ExtractionContext context;
    private final EntityIndex entities;
    private final SourcePhrases sources;
    private final SurfacePhrases surface;
    private final SpeakerPronouns pronouns;

    SpeakerResolver(QuotedTokens view, ExtractionContext context, SourcePhrases sources) {
        this.view = view;
        this.context = context;
        this.entities = new EntityIndex(context);
        this.sources = sources;
        this.surface = new SurfacePhrases(view);
        this.pronouns = new SpeakerPronouns(view, entities, sources, this);
    }

    Resolved resolve(int begin, int end, int head, List<SpeakerPronouns.Said> earlier) {
        String tag = view.tag(head), word = view.word(head).toLowerCase(Locale.ROOT);
        if (tag.startsWith("W") || tag.equals("IN") && RELATIVES.contains(word)) {
            int[] antecedent = sources.antecedentOf(head);
            if (antecedent == null && head > 0 && view.word(head - 1).equals(","))   // "Stumpf, who …"
                antecedent = surface.before(head - 1, view.sentenceStart(view.sentenceOf(head)));
            Resolved r = antecedent == null ? null : noun(antecedent[0], antecedent[1], antecedent[2]);
            return r == null ? unresolved(begin, end) : r.at(span(head, head + 1), 0.9);
        }
        if (tag.equals("PRP")) {
            Resolved r = pronouns.resolve(head, earlier);
            return r == null ? unresolved(begin, end) : r.at(span(head, head + 1), 1);
        }
        return noun(begin, end, head);
    }

    /** The speaker named by the noun phrase {@code [begin, end)} with head {@code head}. */
    Resolved noun(int begin, int end, int head) {
        Span phrase = span(begin, end), headSpan = span(head, head + 1);
        if (ReportingWords.isStatementNoun(view.token(head))) {
            int[] author = authorOf(begin, head);
            if (author != null)
                return noun(author[0], author[1], author[2]);
            Resolved named = namedIn(begin, head);
            if (named != null)
                return named;
            Resolved earlier = DEFINITE.contains(view.word(begin).toLowerCase(Locale.ROOT)) ? sameNounBefore(begin, head) : null;
            if (earlier != null)
                return earlier.at(phrase, 0.9);
        }
        Resolved described = bodyDescribed(begin, end, phrase);
        if (described != null)
            return described;
        if (view.coordinated(begin, end))
            return description(begin, end, end - 1, phrase, 0.8);
        PersonFact person = entities.personAt(headSpan);
        if (person == null && ReportingWords.isSpokesNoun(view.token(head))) {
            Resolved body = bodyOf(begin, end, head, phrase);
            if (body != null)
                return body;
        }
        int nameEnd = person == null ? titledName(begin, end) : -1;
        if (nameEnd > 0) {   // "Lt. Gen. (Retd.)" cut from "Amjad Shoaib" by a sentence split
            phrase = span(begin, nameEnd);
            person = entities.personAt(span(nameEnd - 1, nameEnd));
        }
        if (person == null)   // "Secretary of State Antony J. Blinken": the head word is the title's
            person = entities.personEnding(phrase);
        if (person == null)
            person = surnameAfterTitle(begin, end);
        if (person != null) {
            String country = entities.countryOf(person);
            return new Resolved(new Speaker(person.key(), null, person.name(),
                    country != null ? country : firstCountry(phrase), phrase), 0.95);
        }
        OrganizationFact org = entities.organizationAt(headSpan);
        if (org != null)
            return asBody(org, phrase, 0.9);
        CountryMention country = entities.countryAt(headSpan);
        if (country != null && end - begin <= 2)
            return new Resolved(new Speaker(null, null, country.span().text(), country.iso2(), phrase), 0.85);
        Resolved company = companyNamedBefore(begin, end, head, phrase);
        if (company != null)
            return company;
        Resolved officials = officialGroup(begin, end, head, phrase);
        if (officials != null)
            return officials;
        if (end - begin == 2 && DEFINITE.contains(view.word(begin).toLowerCase(Locale.ROOT)) && view.tag(head).equals("NN")
                && GOVERNMENT_NOUNS.contains(view.word(head).toLowerCase(Locale.ROOT))) {
            CountryMention last = entities.lastCountryBefore(view.begin(begin));   // "Turkey … The government hopes"
            if (last != null)
                return new Resolved(new Speaker(null, null, view.word(head), last.iso2(), phrase), 0.6);
        }
        if (DETERMINERS.contains(view.word(begin).toLowerCase(Locale.ROOT)) && view.tag(head).equals("NN")
                && end - begin == 2)
            return definite(begin, end, head, phrase);
        Resolved holder = titleHolder(begin, end, head, phrase);
        if (holder == null)
            holder = namedJustBefore(begin, end, head, phrase);
        return holder != null ? holder : description(begin, end, head, phrase, 0.8);
    }

    /** Nouns that name again a company named before: "the firm", "the German exchange" ({@code company-noun}). */
    private static final Set<String> COMPANY_NOUNS = StatementWords.standard().of("company-noun");

    /**
     * "The firm said", "the German exchange said", "the US carrier added": a definite description of a company (one
     * to four words, adjectives, nouns or demonyms before its head; not "the central bank") is the company or other
     * body (not a state body) whose name holds the head word ("the bank": Deutsche Bank), else the one that was the
     * subject of its sentence or of one of the two before ("Oracle has announced … The company said"), else the one
     * named most often before it (the latest of those). A description that names a country ("the German exchange")
     * takes only a body the article gives that country.
     */
    private Resolved companyNamedBefore(int begin, int end, int head, Span phrase) {
        if (end - begin > 4 || end - begin < 2 || !DEFINITE.contains(view.word(begin).toLowerCase(Locale.ROOT))
                || !view.tag(head).equals("NN") || head != end - 1
                || !COMPANY_NOUNS.contains(ReportingWords.lemma(view.token(head))))
            return null;
        for (int t = begin + 1; t < head; t++)
            if (!(view.tag(t).startsWith("JJ") || view.tag(t).startsWith("NN")) || view.inName(t)
                    && entities.countryAt(span(t, t + 1)) == null || NOT_COMPANY.contains(view.word(t).toLowerCase(Locale.ROOT)))
                return null;   // "the Suez group" names its body; "the central bank" is none
        List<String> countries = entities.countriesIn(phrase);
        String country = countries.size() == 1 ? countries.get(0) : null;
        int offset = view.begin(begin);
        OrganizationFact org = entities.lastOrganizationNamed(view.word(head), offset);
        if (org == null || org.kind() != OrganizationKind.OTHER || !ofCountry(org, country))
            org = subjectCompany(begin, country);
        if (org == null)
            org = entities.mostNamedBefore(offset, OrganizationKind.OTHER, country);
        return org == null ? null : asBody(org, phrase, 0.65);
    }

    /**
     * "Aid charity Actionaid", "German football club and former European champion Borussia Dortmund": a description
     * (adjectives and singular nouns, no preposition, comma or plural) ending in the name of a body earlier stages
     * found is that body. A coordination before the name must hold no other name ("Germany and the EU"), and its
     * last conjunct a common noun ("former European champion Borussia Dortmund"; not "Labour and the Liberal
     * Democrats"). So is a body's name followed by common nouns ("Reuters news agency"; not "LSE shareholders").
     */
    private Resolved bodyDescribed(int begin, int end, Span phrase) {
        if (end - begin < 2)
            return null;
        OrganizationFact first = entities.organizationAt(span(begin, begin + 1));
        if (first != null && view.tag(end - 1).equals("NN") && entities.personsIn(phrase).isEmpty()) {
            int nameEnd = begin + 1;   // "Reuters news agency": the name, then common nouns that say what it is
            while (nameEnd < end && inMention(first, span(nameEnd, nameEnd + 1)))
                nameEnd++;
            boolean described = nameEnd < end;
            for (int t = nameEnd; t < end; t++)
                described &= (view.tag(t).equals("NN") || view.tag(t).startsWith("JJ")) && !view.inName(t)
                        && !TitleLexicon.isTitleWord(view.word(t));   // "OFHEO director" is a person
            if (described)
                return asBody(first, phrase, 0.8);
        }
        Span last = span(end - 1, end);
        OrganizationFact org = entities.organizationAt(last);
        if (org == null || org.mentions().stream().noneMatch(m -> m.end() == last.end()))
            return null;
        int nameBegin = end - 1;
        while (nameBegin > begin && inMention(org, span(nameBegin - 1, nameBegin)))
            nameBegin--;
        if (nameBegin == begin)
            return null;
        boolean coordination = view.coordinated(begin, nameBegin), noun = false;
        for (int t = begin; t < nameBegin; t++) {
            String tag = view.tag(t);
            if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.equals("NN") || tag.equals("NNP") || tag.equals("CC")
                    || tag.equals("POS")) || coordination && tag.equals("NNP"))
                return null;
            noun = tag.equals("CC") ? false : noun || tag.equals("NN");   // "the government and Alitalia": no
        }
        if (!noun || !entities.personsIn(phrase).isEmpty())
            return null;
        return asBody(org, phrase, 0.8);
    }

    /** The body as the speaker: its own country, else the first country the phrase names ("the German exchange"). */
    private Resolved asBody(OrganizationFact org, Span phrase, double confidence) {
        return new Resolved(new Speaker(null, org.key(), org.name(),
                org.countryIso2() != null ? org.countryIso2() : firstCountry(phrase), phrase), confidence);
    }

    private static boolean inMention(OrganizationFact org, Span word) {
        return org.mentions().stream().anyMatch(m -> m.contains(word));
    }

    /** "the German exchange": a body the article gives that country; any body when the description names none. */
    private static boolean ofCountry(OrganizationFact org, String country) {
        return country == null || country.equals(org.countryIso2());
    }

    /** "the government", "the administration": the government of the country named last before it. */
    private static final Set<String> GOVERNMENT_NOUNS = StatementWords.standard().of("government-noun");

    /** Plural nouns of a state's officialdom ({@code official-group}): "officials", "the authorities". */
    private static final Set<String> OFFICIAL_GROUPS = StatementWords.standard().of("official-group");

    /**
     * "Officials in Cojedes state said", "The authorities said" after "Venezuelan authorities have said": a plural
     * officialdom noun naming no country, person or body speaks for the country of the last officialdom noun named
     * with one before it ("Venezuelan authorities", "US officials", "the Chinese foreign ministry"); null when none was.
     */
    private Resolved officialGroup(int begin, int end, int head, Span phrase) {
        if (!view.tag(head).equals("NNS") || !OFFICIAL_GROUPS.contains(view.word(head).toLowerCase(Locale.ROOT))
                || firstCountry(phrase) != null || !entities.personsIn(phrase).isEmpty())
            return null;
        for (int t = begin - 1; t > 0; t--) {
            if (!view.tag(t).startsWith("NN") || !OFFICIAL_GROUPS.contains(view.word(t).toLowerCase(Locale.ROOT)))
                continue;
            for (int u = t - 1; u >= Math.max(0, t - 3); u--) {   // "Venezuelan authorities", "the Chinese foreign ministry"
                CountryMention country = entities.countryAt(span(u, u + 1));
                if (country != null)
                    return new Resolved(new Speaker(null, null, description(begin, end, head, phrase, 0.6).speaker().name(),
                            country.iso2(), phrase), 0.6);
                if (!(view.tag(u).startsWith("JJ") || view.tag(u).startsWith("NN")))
                    break;
            }
        }
        return null;   // not the one country named before: "Tony Blair is pressing the US … Officials have confirmed"
    }                  // are British officials

    /** Words before a company noun that make it a state body: "the central bank", "the state airline". */
    private static final Set<String> NOT_COMPANY = StatementWords.standard().of("not-company-word");

    /**
     * The company that is the subject ("Oracle has announced", "Rosneft officials were …") of the sentence of
     * {@code begin}, before it, or of one of the two sentences before; null if none is.
     */
    private OrganizationFact subjectCompany(int begin, String country) {
        int current = view.sentenceOf(begin);
        for (int s = current; s >= Math.max(0, current - 2); s--) {
            int[] subject = sources.knownSubject(s);
            if (subject == null || s == current && subject[1] > begin || subject[0] == begin)
                continue;
            for (int t = subject[2]; t >= Math.max(subject[0], subject[2] - 1); t--) {   // the head, or a name before it
                OrganizationFact o = entities.organizationAt(span(t, t + 1));
                if (o != null && o.kind() == OrganizationKind.OTHER && ofCountry(o, country))
                    return o;
                if (t < subject[2] && !(view.tag(t).equals("POS") || view.tag(t).startsWith("NNP")))
                    break;
            }
        }
        return null;
    }

    /** Adjectives of a title that no post's title carries: "the former cabinet secretary". */
    private static final Set<String> NOT_TITLE_WORDS = Set.of("former", "new", "then", "acting", "current", "outgoing",
            "incoming", "late");

    /** Verbs whose subject is the author of the statement noun they take: "X published a report". */
    private static final Set<String> PUBLISHING = Set.of("publish", "release", "issue", "present", "produce",
            "launch", "unveil", "submit");

    /** Determiners of something already named: "the report", "this statement". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    /**
     * "the chancellor", "the former cabinet secretary", "Argentine Economy Minister": a title without a name, whose
     * head word is in the post of exactly one person of the article (named before it, else anywhere), of the country
     * the phrase names if it names one. Not for "a minister" (someone unnamed). Null otherwise.
     */
    private Resolved titleHolder(int begin, int end, int head, Span phrase) {
        String first = view.word(begin).toLowerCase(Locale.ROOT);
        if (end - begin > 5 || !view.tag(head).startsWith("NN") || first.equals("a") || first.equals("an")
                || !entities.personsIn(phrase).isEmpty())
            return null;
        for (int t = begin; t < end; t++)
            if (view.tag(t).equals("CD") || view.tag(t).equals("NNS") || view.tag(t).equals("NNPS"))
                return null;   // "two ministers", "officials": no one person
        List<String> countries = entities.countriesIn(phrase);
        String country = countries.size() == 1 ? countries.get(0) : null;
        List<String> words = new ArrayList<>();   // every word of the title must be in the post's
        for (int t = begin; t <= head; t++)
            if (view.tag(t).startsWith("NN") || view.tag(t).startsWith("JJ") && !NOT_TITLE_WORDS.contains(view.word(t).toLowerCase(Locale.ROOT)))
                if (entities.countryAt(span(t, t + 1)) == null)
                    words.add(view.word(t));
        List<PersonFact> holders = entities.personsTitled(words, view.begin(begin)).stream()
                .filter(p -> country == null || country.equals(entities.countryOf(p))).toList();
        if (holders.isEmpty())
            holders = entities.personsTitled(words, Integer.MAX_VALUE).stream()
                    .filter(p -> country == null || country.equals(entities.countryOf(p))).toList();
        if (holders.size() != 1)
            return null;
        PersonFact p = holders.get(0);
        return new Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p), phrase), 0.7);
    }

    /**
     * "The report said" after "A UN report found …": the author of the last earlier mention of the same statement
     * noun in the article, or null.
     */
    private Resolved sameNounBefore(int begin, int head) {
        String lemma = ReportingWords.lemma(view.token(head));
        for (int t = begin - 1; t >= 0; t--) {
            if (!view.tag(t).startsWith("NN") || !ReportingWords.lemma(view.token(t)).equals(lemma))
                continue;
            int[] phrase = surface.before(t + 1, view.sentenceStart(view.sentenceOf(t)));
            if (phrase == null)
                return null;
            int[] author = authorOf(phrase[0], t);
            if (author == null && phrase[0] > 0 && PUBLISHING.contains(ReportingWords.lemma(view.token(phrase[0] - 1)))) {
                int[] subject = sources.plainSubject(view.sentenceOf(t));   // "The World Bank published a report"
                author = subject != null && subject[1] < phrase[0] ? subject : null;
            }
            Resolved r = author != null ? noun(author[0], author[1], author[2]) : namedIn(phrase[0], t);
            return r == null || r.speaker().name() == null ? null : r;
        }
        return null;
    }

    /**
     * The speaker of a transcript label ("PRIME MINISTER PHAM", "SECRETARY BLINKEN", "MR PRICE"): the one person
     * of the article, named in full elsewhere, whose name holds the label's last word, else as {@link #noun}.
     */
    Resolved label(int begin, int end, int head) {
        PersonFact named = entities.personWithWord(view.word(head));
        if (named != null) {
            Span phrase = span(begin, end);
            String country = entities.countryOf(named);
            return new Resolved(new Speaker(named.key(), null, named.name(), country != null ? country
                    : firstCountry(phrase), phrase), 0.9);
        }
        return noun(begin, end, head);
    }

    /**
     * "the Kok report", "his report", "a Commission report": the one person, else the one organization, named
     * before the statement noun at {@code head}; null if none or several.
     */
    private Resolved namedIn(int begin, int head) {
        if (head <= begin)
            return null;
        Span before = span(begin, head);
        List<PersonFact> persons = entities.personsIn(before);
        if (persons.size() == 1) {
            PersonFact p = persons.get(0);
            return new Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p), before), 0.8);
        }
        if (!persons.isEmpty())
            return null;
        OrganizationFact org = null;
        for (int t = begin; t < head; t++) {
            OrganizationFact o = entities.organizationAt(span(t, t + 1));
            if (o != null && org != null && o != org)
                return null;
            org = o != null ? o : org;
        }
        return org == null ? null : new Resolved(new Speaker(null, org.key(), org.name(), org.countryIso2(), before), 0.8);
    }

    /**
     * An unnamed spokesperson speaks for the one organization the phrase names: "the Taliban's political spokesman",
     * "a Foreign Office spokeswoman", "a spokesman for the ministry". Null if it names none or several.
     */
    private Resolved bodyOf(int begin, int end, int head, Span phrase) {
        OrganizationFact body = null;
        for (int t = begin; t < end; t++) {
            if (t == head || t == head + 1 && !view.word(t).equalsIgnoreCase("for"))
                continue;
            OrganizationFact o = entities.organizationAt(span(t, t + 1));
            if (o != null && body != null && o != body)
                return null;
            body = o != null ? o : body;
        }
        return body == null ? null : asBody(body, phrase, 0.75);
    }

    /** Titles of seats, not offices: their holders may also hold a title the tables lack ("the Tory leader"). */
    private static final Set<String> SEAT_TITLES = StatementWords.standard().of("seat-title");

    /**
     * "Michael Howard has said. “…”, the Tory leader said": a definite title (one to four words ending in a title word,
     * no name, no plural) that no post of the article fits names again the one person named in its sentence or the
     * one before, when that person holds no post but seats ({@code seat-title}): a Foreign Secretary named just
     * before "the archbishop" is not him, nor is anyone named "the spokesman". Null otherwise.
     */
    private Resolved namedJustBefore(int begin, int end, int head, Span phrase) {
        if (end - begin > 4 || !view.word(begin).equalsIgnoreCase("the") || !view.tag(head).equals("NN")
                || head != end - 1 || !TitleLexicon.isTitleWord(view.word(head)) || ReportingWords.isSpokesNoun(view.token(head))
                || !entities.personsIn(phrase).isEmpty())
            return null;   // "the spokesman" speaks for someone, he is not him
        for (int t = begin + 1; t < head; t++)
            if (!(view.tag(t).startsWith("JJ") || view.tag(t).startsWith("NN")) || view.tag(t).equals("NNS"))
                return null;
        int sentence = view.sentenceOf(begin);
        int from = view.sentenceStart(Math.max(0, sentence - 1));
        if (from >= begin)
            return null;
        List<PersonFact> named = entities.personsIn(span(from, begin));
        if (named.size() != 1)
            return null;
        PersonFact p = named.get(0);
        if (!p.posts().stream().allMatch(post -> SEAT_TITLES.contains(post.title().toLowerCase(Locale.ROOT))))
            return null;
        return new Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p), phrase), 0.6);
    }

    /** A bare title ("Foreign Minister") held by exactly one person of the article: that person; else {@code r}. */
    Resolved titled(int begin, int end, Resolved r) {
        PersonFact holder = entities.personTitled(view.text(begin, end));
        return holder == null ? r : new Resolved(new Speaker(holder.key(), null, holder.name(),
                entities.countryOf(holder), span(begin, end)), 0.7);
    }

    /**
     * "Secretary of Defense Austin" where NER took the surname for a body or place: a title (capitalized words) ending
     * in a capitalized word that no country or listed or state body claims, and that is a word of the name of one
     * person of the article ({@link EntityIndex#personWithWord}); else null.
     */
    private PersonFact surnameAfterTitle(int begin, int end) {
        int last = end - 1;
        if (end - begin < 2 || !view.tag(last).equals("NNP") || !Character.isUpperCase(view.word(begin).charAt(0))
                || view.word(last).length() < 3 || view.word(last).equals(view.word(last).toUpperCase(Locale.ROOT)))
            return null;
        Span word = span(last, end);
        OrganizationFact body = entities.organizationAt(word);
        if (entities.countryAt(word) != null || body != null && body.kind() != OrganizationKind.OTHER)
            return null;   // NER's "Defense Austin" is no body of the tables: the name may still be a person's
        return entities.personWithWord(view.word(last));
    }

    /** When {@code [begin, end)} is a title ("Lt. Gen. (Retd.)") followed by a person's name, one past the name; else -1. */
    private int titledName(int begin, int end) {
        boolean title = false;
        for (int t = begin; t < end; t++)
            title |= "TITLE".equals(view.token(t).ner()) || view.word(t).matches("[A-Z][a-z]{0,4}\\.");
        if (!title)
            return -1;
        int paragraph = view.paragraphOfToken(begin);
        for (int t = end; t < view.tokens.size() && t <= end + 4 && view.paragraphOfToken(t) == paragraph; t++) {
            if (!view.tag(t).startsWith("NNP") && !view.isPunct(t) || view.word(t).equals(","))
                return -1;
            if (entities.personAt(span(t, t + 1)) != null) {
                int last = t + 1;
                while (last < view.tokens.size() && "PERSON".equals(view.token(last).ner()))
                    last++;
                return last;
            }
        }
        return -1;
    }

    /** "the ministry": the organization last named with that word; "the mayor": the one official with that title. */
    private Resolved definite(int begin, int end, int head, Span phrase) {
        String word = view.word(head);
        OrganizationFact org = entities.lastOrganizationNamed(word, view.begin(begin));
        if (org != null)
            return new Resolved(new Speaker(null, org.key(), org.name(), org.countryIso2(), phrase), 0.75);
        List<PersonFact> titled = entities.personsTitled(List.of(word), view.begin(begin));   // not the shadow chancellor
        if (titled.size() == 1)
            return new Resolved(new Speaker(titled.get(0).key(), null, titled.get(0).name(),
                    entities.countryOf(titled.get(0)), phrase), 0.7);
        Resolved again = namedJustBefore(begin, end, head, phrase);
        return again != null ? again : description(begin, end, head, phrase, 0.6);
    }

    /** A speaker known by description only; groups list the people named in the phrase. */
    Resolved description(int begin, int end, int head, Span phrase, double confidence) {
        int from = begin;
        while (from < head && DETERMINERS.contains(view.word(from).toLowerCase(Locale.ROOT)))
            from++;
        String core = view.text(from, Math.max(head, from) + 1);
        List<PersonFact> members = entities.personsIn(phrase);
        Resolved one = members.size() == 1 ? oneNamed(members.get(0), begin, end, head, phrase, core, confidence) : null;
        if (one != null)
            return one;
        String name = core;
        if (!members.isEmpty() && members.stream().noneMatch(p -> core.endsWith(p.name())))
            name += members.stream().map(PersonFact::name).collect(Collectors.joining(", ", " (", ")"));
        return new Resolved(new Speaker(null, null, name, firstCountry(phrase), phrase), confidence);
    }

    /**
     * A description naming one person: "Nicolas Sarkozy of France", "Republican Senator Ted Cruz of Texas" (the name,
     * then "of" and a place) is that person; "President Yudhoyono's government", "Mr Blair's officials" (a government
     * or officialdom noun owned by the name) is that person's country. Else null.
     */
    private Resolved oneNamed(PersonFact p, int begin, int end, int head, Span phrase, String core, double confidence) {
        int nameEnd = -1;
        for (Span m : p.mentions())
            if (phrase.contains(m))
                nameEnd = Math.max(nameEnd, view.tokenAt(m.end()));
        if (nameEnd < 0 || nameEnd >= end)
            return null;
        String w = view.word(head).toLowerCase(Locale.ROOT);
        if (view.tag(nameEnd).equals("POS") && head > nameEnd && (GOVERNMENT_NOUNS.contains(w) || OFFICIAL_GROUPS.contains(w))) {
            String country = entities.countryOf(p);
            return country == null ? null : new Resolved(new Speaker(null, null, core, country, phrase), confidence * 0.9);
        }
        if (!view.word(nameEnd).equalsIgnoreCase("of") || end - nameEnd > 4)
            return null;
        for (int t = nameEnd + 1; t < end; t++) {
            String ner = view.token(t).ner() == null ? "O" : view.token(t).ner();
            if (!view.tag(t).startsWith("NNP") || !(PLACE_TAGS.contains(ner) || entities.countryAt(span(t, t + 1)) != null))
                return null;
        }
        return new Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p), phrase), 0.9);
    }

    private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

    private Resolved unresolved(int begin, int end) {
        return new Resolved(new Speaker(null, null, null, null, span(begin, end)), 0.3);
    }

    /** "a statement issued by X", "a statement from X", "X's statement": the phrase of X, or null. */
    private int[] authorOf(int begin, int head) {
        int limit = view.sentenceEnd(view.sentenceOf(head));
        for (int t = head + 1; t < Math.min(limit, head + 4); t++)
            if (view.word(t).equals("by") || view.word(t).equals("from"))
                return surface.after(t + 1, limit);
        for (int t = begin; t < head; t++)
            if (view.tag(t).equals("POS"))
                return surface.before(t, begin) == null ? null : new int[] {begin, t, t - 1};
        return null;
    }

    private String firstCountry(Span phrase) {
        List<String> codes = entities.countriesIn(phrase);
        return codes.isEmpty() ? null : codes.get(0);
    }

    Span span(int fromToken, int toTokenExclusive) {
        return context.span(view.begin(fromToken), view.end(toTokenExclusive - 1));
    }
}
