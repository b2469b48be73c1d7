package org.diplograph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.Identities;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PloverType;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;

/**
 * Generates synthetic but well-formed article facts (a meeting, a statement, posts, relations, country mentions
 * and a date per article) for query and load benchmarks at scales no real corpus here reaches. Deterministic for a
 * seed. The text is one templated sentence; spans index it as real ones would.
 */
public final class SyntheticFacts {
    private static final String[] FIRST = {"Amir", "Elena", "John", "Mei", "Omar", "Sofia", "Ivan", "Ana", "Kwame",
            "Priya", "Lars", "Fatima", "Diego", "Yuki", "Hassan", "Marta"};
    private static final String[] LAST = {"Khan", "Petrova", "Smith", "Wang", "Haddad", "Rossi", "Ivanov", "Silva",
            "Mensah", "Sharma", "Berg", "Diallo", "Lopez", "Tanaka", "Nasser", "Novak"};
    private static final String[] TITLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister"};
    private static final PloverType[] TYPES = {PloverType.CONSULT, PloverType.SUPPORT, PloverType.COOPERATE,
            PloverType.AGREE, PloverType.DISAPPROVE, PloverType.DEMAND, PloverType.THREATEN, PloverType.SANCTION};

    private final List<Country> countries;
    private final Random random;

    public SyntheticFacts(CountryTable table, long seed) {
        this.countries = countries(table);
        this.random = new Random(seed);
    }

    /** The 60 countries the generated articles are about, so that benchmarks can ask about the same ones. */
    public static List<Country> countries(CountryTable table) {
        return table.all().stream().filter(c -> c.wikidata() != null).limit(60).toList();
    }

    public ArticleFacts next(int index) {
        Country a = pick(), b = pick();
        while (b == a)
            b = pick();
        String nameA = person(), nameB = person();
        String titleA = TITLES[random.nextInt(TITLES.length)], titleB = TITLES[random.nextInt(TITLES.length)];
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        String text = a.name() + "'s " + titleA + " " + nameA + " met " + b.name() + "'s " + titleB + " " + nameB
                + " on " + date + ". \"We agree on trade,\" " + nameA + " said.";
        Span all = Span.of(text, 0, text.length());
        Span countryA = find(text, a.name(), 0), countryB = find(text, b.name(), 0);
        Span personA = find(text, nameA, 0), personB = find(text, nameB, 0), when = find(text, date.toString(), 0);
        Span quote = find(text, "We agree on trade,", 0);
        String keyA = Identities.personKey(nameA, a.iso2()), keyB = Identities.personKey(nameB, b.iso2());
        Article article = new Article("synthetic:" + index, "synthetic", "article " + index,
                "https://example.org/synthetic/" + index, "Synthetic " + index, null, date, "synthetic", null, null,
                text, 0);
        List<PersonFact> people = List.of(
                new PersonFact(keyA, nameA, true, List.of(new PostFact(titleA, a.iso2(), null, p("post", personA))),
                        List.of(personA), p("person", personA)),
                new PersonFact(keyB, nameB, true, List.of(new PostFact(titleB, b.iso2(), null, p("post", personB))),
                        List.of(personB), p("person", personB)));
        String day = date.toString();
        MeetingFact meeting = new MeetingFact(keyA.replace('/', '-') + "--" + keyB.replace('/', '-') + "--" + day,
                List.of(new Participant(keyA, null, nameA, a.iso2(), 0, personA), new Participant(keyB, null, nameB, b.iso2(), 1, personB)),
                day, null, null, MeetingMode.MEETING, MeetingStatus.OCCURRED, p("meeting", all));
        StatementFact statement = new StatementFact("s" + index, new Speaker(keyA, null, nameA, a.iso2(), personA),
                quote.text(), true, "said", null, day, List.of(b.iso2()), p("statement", quote));
        List<RelationFact> relations = new ArrayList<>();
        relations.add(new RelationFact("r" + index, a.iso2(), b.iso2(), PloverType.CONSULT, day, p("relation", all)));
        relations.add(new RelationFact("q" + index, a.iso2(), b.iso2(), TYPES[random.nextInt(TYPES.length)], day,
                p("relation", all)));
        return new ArticleFacts(article, Identities.contentHash(text),
                List.of(new CountryMention(a.iso2(), "name", p("country", countryA)),
                        new CountryMention(b.iso2(), "name", p("country", countryB))),
                people, List.of(), List.of(), List.of(new TimeFact(day, date, date, p("time", when))),
                List.of(meeting), List.of(statement), relations);
    }

    private Country pick() {
        return countries.get(random.nextInt(countries.size()));
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static Span find(String text, String part, int from) {
        int i = text.indexOf(part, from);
        return Span.of(text, i, i + part.length());
    }

    private static Provenance p(String step, Span span) {
        return new Provenance("synthetic/" + step, span, 1.0);
    }
}
