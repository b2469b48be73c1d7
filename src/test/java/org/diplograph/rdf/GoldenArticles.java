package org.diplograph.rdf;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.EntityType;
import org.diplograph.facts.Identities;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.PloverType;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;

/**
 * The inputs of the golden graphs ({@link TestGoldenGraphs}): the facts of a few short articles, written by hand so
 * that together they use every kind of fact and every branch of the mapping (with and without URL, date, country,
 * organization, speaker, date range…). Spans are found in the text, so offsets always index it.
 */
final class GoldenArticles {
    private GoldenArticles() {
    }

    /** A named set of facts, written to {@code src/test/resources/golden/NAME.trig}. */
    record Golden(String name, ArticleFacts facts) {
    }

    static List<Golden> all() {
        return List.of(new Golden("who-is-who", whoIsWho()), new Golden("meetings", meetings()),
                new Golden("statements-relations", statementsAndRelations()), new Golden("bare-article", bareArticle()));
    }

    /** Countries (each form, "the two countries"), officials with posts, organizations of each kind, places, times. */
    static ArticleFacts whoIsWho() {
        String text = "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Wednesday for two days "
                + "of talks. Pakistan's Foreign Office said Foreign Minister Khawaja Asif would receive him. Moscow "
                + "and Islamabad have drawn closer. The two countries also discussed Kashmir with Caribbean Community "
                + "Secretary-General Carla Barnett. Alexander Mikheev, director of Rosoboronexport, joined them, and "
                + "Gazprom sent a letter. Analyst Maria Khan said Asif was pleased.";
        Text t = new Text(text);
        Article article = new Article("https://example.org/news/lavrov-in-islamabad", "golden/who-is-who.txt", "",
                "https://example.org/news/lavrov-in-islamabad", "Lavrov in Islamabad", null, LocalDate.of(2018, 3, 15),
                "Example News", "ISLAMABAD", t.at("ISLAMABAD"), text, 0);
        List<CountryMention> countries = List.of(
                new CountryMention("RU", "demonym", t.provenance("country-gazetteer/demonym", "Russian", 0.9)),
                new CountryMention("PK", "name", t.provenance("country-gazetteer/name", "Pakistan", 0.95)),
                new CountryMention("RU", "capital", t.provenance("country-gazetteer/capital", "Moscow", 0.8)),
                new CountryMention("RU", "anaphor", t.provenance("country-anaphor", "The two countries", 0.7)),
                new CountryMention("PK", "anaphor", t.provenance("country-anaphor", "The two countries", 0.7)));
        OrganizationFact foreignOffice = new OrganizationFact("pk/foreign-office", "Foreign Office", "PK",
                OrganizationKind.STATE_BODY, List.of(t.at("Foreign Office")),
                t.provenance("organizations/state-body", "Foreign Office", 0.8));
        OrganizationFact caricom = new OrganizationFact("caribbean-community", "Caribbean Community", null,
                OrganizationKind.INTERGOVERNMENTAL, List.of(t.at("Caribbean Community")),
                t.provenance("organizations/known", "Caribbean Community", 0.9));
        OrganizationFact gazprom = new OrganizationFact("gazprom", "Gazprom", null, OrganizationKind.OTHER,
                List.of(t.at("Gazprom")), t.provenance("entities/organization", "Gazprom", 0.75));
        List<PersonFact> people = List.of(
                new PersonFact("ru/sergey-lavrov", "Sergey Lavrov", true,
                        List.of(new PostFact("Foreign Minister", "RU", null,
                                t.provenance("officials/title-before", "Russian Foreign Minister Sergey Lavrov", 0.9),
                                "2004-03-09", null)),   // the term as the office-holder tables give it
                        List.of(t.at("Sergey Lavrov"), t.at("him")), t.provenance("entities/person", "Sergey Lavrov", 0.8),
                        "Q172061"),   // linked to the tables: owl:sameAs its Wikidata item
                new PersonFact("pk/khawaja-asif", "Khawaja Asif", true,
                        List.of(new PostFact("Foreign Minister", "PK", null,
                                t.provenance("officials/title-before", "Foreign Minister Khawaja Asif", 0.85))),
                        List.of(t.at("Khawaja Asif"), t.at("Asif", 2)), t.provenance("entities/person", "Khawaja Asif", 0.8)),
                new PersonFact("carla-barnett", "Carla Barnett", true,
                        List.of(new PostFact("Secretary-General", null, "Caribbean Community", t.provenance(
                                "officials/title-before", "Caribbean Community Secretary-General Carla Barnett", 0.85))),
                        List.of(t.at("Carla Barnett")), t.provenance("entities/person", "Carla Barnett", 0.8)),
                // The post names an organization the article's facts do not hold: its key comes from name and country.
                new PersonFact("ru/alexander-mikheev", "Alexander Mikheev", true,
                        List.of(new PostFact("director", "RU", "Rosoboronexport", t.provenance(
                                "officials/apposition-after", "Alexander Mikheev, director of Rosoboronexport", 0.7))),
                        List.of(t.at("Alexander Mikheev")), t.provenance("entities/person", "Alexander Mikheev", 0.8)),
                new PersonFact("maria-khan", "Maria Khan", false, List.of(), List.of(t.at("Maria Khan")),
                        t.provenance("entities/person", "Maria Khan", 0.8)));
        List<PlaceFact> places = List.of(
                new PlaceFact("pk/islamabad", "Islamabad", EntityType.CITY, "PK", List.of(t.at("Islamabad")),
                        t.provenance("entities/place", "Islamabad", 0.8)),
                new PlaceFact("kashmir", "Kashmir", EntityType.REGION, null, List.of(t.at("Kashmir")),
                        t.provenance("entities/place", "Kashmir", 0.8)));
        List<TimeFact> times = List.of(
                new TimeFact("2018-03-14", LocalDate.of(2018, 3, 14), LocalDate.of(2018, 3, 14),
                        t.provenance("time/heideltime-date", "Wednesday", 0.85)),
                new TimeFact("P2D", null, null, t.provenance("time/heideltime-duration", "two days", 0.75)));
        return new ArticleFacts(article, Identities.contentHash(text), countries, people,
                List.of(foreignOffice, caricom, gazprom), places, times, List.of(), List.of(), List.of());
    }

    /**
     * Meetings: a visit between two sides, one of them a delegation (two participants, one a country); a planned
     * summit of a month with an intergovernmental body and a participant known by name only; an undated call.
     */
    static ArticleFacts meetings() {
        String text = "Russian Foreign Minister Sergey Lavrov met Khawaja Asif and the Pakistani delegation in "
                + "Islamabad on Wednesday. Lavrov is expected at a Caribbean Community summit in April with a "
                + "delegate of the islands. Asif has spoken to Lavrov by phone.";
        Text t = new Text(text);
        Article article = new Article("golden/meetings.txt", "golden/meetings.txt", "", null, "", null,
                LocalDate.of(2018, 3, 15), null, null, null, text, 0);
        String hash = Identities.contentHash(text);
        Participant lavrov = new Participant("ru/sergey-lavrov", null, "Sergey Lavrov", "RU", 0, t.at("Sergey Lavrov"));
        MeetingFact visit = new MeetingFact("2018-03-14-visit--pk--pk-khawaja-asif--ru-sergey-lavrov",
                List.of(lavrov, new Participant("pk/khawaja-asif", null, "Khawaja Asif", "PK", 1, t.at("Khawaja Asif")),
                        new Participant(null, null, "Pakistani delegation", "PK", 1, t.at("Pakistani delegation"))),
                "2018-03-14", "Islamabad", "PK", MeetingMode.VISIT, MeetingStatus.OCCURRED,
                t.provenance("meetings/meet", "Russian Foreign Minister Sergey Lavrov met Khawaja Asif and the "
                        + "Pakistani delegation in Islamabad on Wednesday.", 0.8));
        MeetingFact summit = new MeetingFact("2018-04-summit--caribbean-community--ru-sergey-lavrov--planned",
                List.of(new Participant("ru/sergey-lavrov", null, "Lavrov", "RU", 0, t.at("Lavrov", 2)),
                        new Participant(null, "caribbean-community", "Caribbean Community", null, 1,
                                t.at("Caribbean Community")),
                        new Participant(null, null, "a delegate of the islands", null, 2, null)),
                "2018-04", null, null, MeetingMode.SUMMIT, MeetingStatus.PLANNED,
                t.provenance("meetings/summit", "Lavrov is expected at a Caribbean Community summit in April with a "
                        + "delegate of the islands.", 0.6));
        MeetingFact call = new MeetingFact("undated-" + hash.substring(0, 10) + "-call--pk-khawaja-asif--ru-sergey-lavrov",
                List.of(new Participant("pk/khawaja-asif", null, "Khawaja Asif", "PK", 0, t.at("Asif", 2)),
                        new Participant("ru/sergey-lavrov", null, "Sergey Lavrov", "RU", 1, t.at("Lavrov", 3))),
                null, null, null, MeetingMode.CALL, MeetingStatus.OCCURRED,
                t.provenance("meetings/speak", "Asif has spoken to Lavrov by phone.", 0.7));
        return new ArticleFacts(article, hash, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(visit, summit, call), List.of(), List.of());
    }

    /**
     * Statements (a person's quote with its cue, an organization's reported speech dated in the text, a pronoun that
     * resolved to nobody, a quote nobody was found for) and PLOVER relations, dated and not.
     */
    static ArticleFacts statementsAndRelations() {
        String text = "\"Russia is a strong supporter of Pakistan,\" Asif said. The Foreign Office said on Tuesday "
                + "that Pakistan condemned the sanctions on Iran. He added that talks would go on. \"We will see,\" "
                + "one line read. Russia sold helicopters to Pakistan.";
        Text t = new Text(text);
        Article article = new Article("golden/statements.txt", "golden/statements.txt", "line 3", null,
                "Statements", null, LocalDate.of(2018, 3, 15), null, null, null, text, 0);
        StatementFact quote = new StatementFact("statement-1",
                new Speaker("pk/khawaja-asif", null, "Khawaja Asif", "PK", t.at("Asif")),
                "Russia is a strong supporter of Pakistan,", true, "said", t.at("said", 1), "2018-03-15", List.of("RU", "PK"),
                t.provenance("statements/quote-said", "Russia is a strong supporter of Pakistan,", 0.9));
        StatementFact reported = new StatementFact("statement-2",
                new Speaker(null, "pk/foreign-office", "Foreign Office", "PK", t.at("The Foreign Office")),
                "Pakistan condemned the sanctions on Iran", false, "said", t.at("said", 2), "2018-03-13",
                List.of("PK", "IR"), t.provenance("statements/said-that", "Pakistan condemned the sanctions on Iran", 0.8));
        StatementFact unresolved = new StatementFact("statement-3", new Speaker(null, null, null, null, t.at("He")),
                "talks would go on", false, "added", t.at("added"), "2018-03-15", List.of(),
                t.provenance("statements/pronoun-unresolved", "talks would go on", 0.4));
        StatementFact anonymous = new StatementFact("statement-4", null, "We will see,", true, null, null, "2018-03-15",
                List.of(), t.provenance("statements/quote-no-speaker", "We will see,", 0.3));
        List<RelationFact> relations = List.of(
                new RelationFact("SUPPORT-RU-PK-0", "RU", "PK", PloverType.SUPPORT, "2018-03-15",
                        t.provenance("relations/statement/say", "Russia is a strong supporter of Pakistan,", 0.5)),
                new RelationFact("DISAPPROVE-PK-IR-47", "PK", "IR", PloverType.DISAPPROVE, "2018-03-13",
                        t.provenance("relations/action/condemn", "Pakistan condemned the sanctions on Iran", 0.6)),
                new RelationFact("COOPERATE-RU-PK-180", "RU", "PK", PloverType.COOPERATE, null,
                        t.provenance("relations/action/sell", "Russia sold helicopters to Pakistan.", 0.55)));
        return new ArticleFacts(article, Identities.contentHash(text), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(quote, reported, unresolved, anonymous), relations);
    }

    /** The second article of a text file: no URL (its IRI comes from its text), no date, offsets past the first. */
    static ArticleFacts bareArticle() {
        String first = "An earlier article.\n\n";
        String document = first + "Ties with Japan grew.";
        Text t = new Text(document);
        Article article = new Article("golden/two-articles.txt", "golden/two-articles.txt", "article 2", null,
                "", null, null, null, null, null, document.substring(first.length()), first.length());
        return new ArticleFacts(article, Identities.contentHash(article.text()),
                List.of(new CountryMention("JP", "name", t.provenance("country-gazetteer/name", "Japan", 0.95))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Spans of one document, found by their text. */
    private record Text(String document) {
        Span at(String phrase) {
            return at(phrase, 1);
        }

        /** The {@code n}th occurrence of {@code phrase}, from 1. */
        Span at(String phrase, int n) {
            int begin = -1;
            for (int i = 0; i < n; i++)
                if ((begin = document.indexOf(phrase, begin + 1)) < 0)
                    throw new IllegalArgumentException("not " + n + " times in the text: " + phrase);
            return Span.of(document, begin, begin + phrase.length());
        }

        Provenance provenance(String step, String phrase, double confidence) {
            return new Provenance(step, at(phrase), confidence);
        }
    }
}
