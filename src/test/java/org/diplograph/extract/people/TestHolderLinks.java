package org.diplograph.extract.people;

import static org.diplograph.extract.people.TestOfficialRules.extract;
import static org.diplograph.extract.people.TestOfficialRules.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.junit.jupiter.api.Test;

/**
 * Persons linked to the bundled office-holder tables, one identity per person, countries from titles and outlets:
 * short texts in the shapes of the State Department, White House and BBC articles, through the real pipeline.
 */
class TestHolderLinks {
    private static PostFact post(PersonFact p) {
        assertFalse(p.posts().isEmpty(), p.toString());
        return p.posts().get(0);
    }

    @Test
    void aFullNameGivesTheCountryTheTextLeavesOutAndTheTablesIdentity() {
        ArticleFacts f = extract("Secretary of State Antony J. Blinken spoke with External Affairs Minister Dr. "
                + "Subrahmanyam Jaishankar today. Secretary Blinken underscored the partnership.", "2022-04-05");
        PersonFact blinken = person(f, "Antony J. Blinken");
        assertEquals("US", post(blinken).countryIso2());
        assertTrue(post(blinken).provenance().step().contains("knowledge:pocom"), post(blinken).provenance().step());
        assertEquals("2021-01-26", post(blinken).start());
        assertEquals(1, f.people().stream().filter(p -> p.name().contains("Blinken")).count(), f.people().toString());
        assertTrue(blinken.mentions().stream().anyMatch(s -> s.text().equals("Blinken")));
        PersonFact jaishankar = person(f, "Subrahmanyam Jaishankar");
        assertEquals("IN", post(jaishankar).countryIso2());
    }

    @Test
    void oneIdentityForTheFormsOfOneName() {
        ArticleFacts f = extract("President Joseph R. Biden, Jr. met Prime Minister Kishida Fumio of Japan at the White "
                + "House. President Biden and Prime Minister Kishida discussed trade. Kishida thanked Biden.",
                "2023-01-13");
        assertTrue(f.people().stream().noneMatch(p -> p.name().equals("Jr.")), f.people().toString());
        PersonFact biden = f.people().stream().filter(p -> p.name().startsWith("Joseph R. Biden")).findFirst()
                .orElseThrow(() -> new AssertionError(f.people().toString()));
        assertEquals("us/joe-biden", biden.key());
        assertEquals("Q6279", biden.wikidata());
        assertEquals("US", post(biden).countryIso2());
        assertEquals(1, f.people().stream().filter(p -> p.name().contains("Biden")).count(), f.people().toString());
        PersonFact kishida = person(f, "Kishida Fumio");
        assertEquals("JP", post(kishida).countryIso2());
        assertEquals(1, f.people().stream().filter(p -> p.name().contains("Kishida")).count(), f.people().toString());
    }

    @Test
    void aSurnameAloneLinksWithATitleThatAgreesOrAsTheOneLeaderEverOfThatName() {
        ArticleFacts titled = extract("President Biden spoke with the press on Monday.", "2023-05-01");
        assertEquals("us/joe-biden", person(titled, "Biden").key());
        // many Johnsons held offices, and Boris Johnson no longer led in 2023
        ArticleFacts bare = extract("Johnson went to the shops on Monday.", "2023-05-01");
        bare.people().stream().filter(p -> p.name().equals("Johnson"))
                .forEach(p -> assertFalse(p.official(), p.toString()));
        // no one else named Putin ever held an office in the tables, and he was head of state then
        ArticleFacts leader = extract("The ministers condemned Putin's war against Ukraine on Monday.", "2022-06-10");
        assertEquals("ru/vladimir-putin", person(leader, "Putin").key());
        assertEquals("RU", post(person(leader, "Putin")).countryIso2());
        // an undated article would take any term he ever held: no link by the name alone
        ArticleFacts undated = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null,
                null, null, null, "The ministers condemned Putin's war against Ukraine on Monday.", 0));
        undated.people().stream().filter(p -> p.name().equals("Putin"))
                .forEach(p -> assertFalse(p.official(), p.toString()));
    }

    @Test
    void twoPersonsFittingIsNoLink() {
        // Without a date, "George Bush" fits the father and the son: neither.
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null, null,
                null, null, "George Bush arrived in Texas on Monday.", 0));
        f.people().stream().filter(p -> p.name().equals("George Bush"))
                .forEach(p -> assertNull(p.wikidata(), p.toString()));
    }

    @Test
    void titlesOfOneCountryAndTheOutletsCountry() {
        ArticleFacts f = extract("The Taoiseach, Micheal Martin, met Ambassador Claire Cronin in Dublin to discuss "
                + "trade between Ireland and the United States.", "2022-03-01");
        assertEquals("IE", post(person(f, "Micheal Martin")).countryIso2());
        // A State Department release: an ambassador the text leaves without a country is the outlet's.
        ArticleFacts release = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2022-03-01"), null, null, null, "Readout\nhttps://www.state.gov/readout/\n\n"
                + "Under Secretary Jose W. Fernandez met business leaders in Washington.", 0));
        assertEquals("US", post(person(release, "Jose W. Fernandez")).countryIso2());
        assertEquals(List.of(), HolderLinks.kindsOf(new TitleMatch(0, 1, "Shadow Foreign Secretary",
                "shadow foreign-minister/foreign-secretary", TitleLexicon.Scope.STATE, "GB")).stream().toList());
    }
    @Test
    void namesakesOfOneCountryGiveTheCountryButNoIdentity() {
        // bbc-safe business_007, business_029, business_490: undated, and "Bush" fits father and son
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null, null,
                null, null, "The job gains mean that President Bush can celebrate. Officials said they will seize "
                + "land as part of President Chavez's agrarian reform programme. President Lula has pursued a "
                + "surprisingly conservative economic policy.", 0));
        PersonFact bush = person(f, "Bush");
        assertEquals("US", post(bush).countryIso2());
        assertNull(bush.wikidata(), bush.toString());
        assertEquals("VE", post(person(f, "Chavez")).countryIso2());
        assertEquals("BR", post(person(f, "Lula")).countryIso2());
    }
    @Test
    void theOutletsCountryOnlyForATitleItsOfficesBear() {
        // us-safe 2021-06-03 and 2022-04-25: the US has Secretaries, not Ministers
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2022-04-25"), null, null, null, "Readout\nhttps://www.state.gov/readout/\n\n"
                + "Secretary Blinken met with President Volodymyr Zelenskyy, Foreign Minister Dmytro Kuleba, Minister "
                + "of Defense Oleksiy Reznikov, and Ambassador Oksana Markarova. Secretary of Defense Lloyd J. Austin "
                + "III and Deputy Secretary of State Wendy Sherman joined.", 0));
        assertTrue(person(f, "Oleksiy Reznikov").posts().stream().noneMatch(p -> "US".equals(p.countryIso2())),
                person(f, "Oleksiy Reznikov").posts().toString());
        assertEquals("US", post(person(f, "Lloyd J. Austin III")).countryIso2());
        assertEquals("US", post(person(f, "Wendy Sherman")).countryIso2());
    }
    @Test
    void frontBenchersOfTheWestminsterPartiesAreBritishLegislators() {
        // bbc-safe politics_375, politics_027, politics_301 (the BBC: the outlet is British)
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null, null,
                null, null, "https://www.bbc.co.uk/news/politics\n\nTory leader Michael Howard predicted the Budget "
                + "would do nothing to help Labour. Liberal Democrat leader Charles Kennedy attacked Mr Brown. Liberal "
                + "Democrat deputy leader Menzies Campbell said he thought Lord Butler's comments were well justified. "
                + "Conservative co-chairman Liam Fox said Mr Kennedy should explain his budgets.", 0));
        for (String name : List.of("Michael Howard", "Charles Kennedy", "Menzies Campbell", "Liam Fox"))
            assertEquals("GB", post(person(f, name)).countryIso2(), name);
    }

    @Test
    void anUndatedArticleOfACorpusOfKnownYearsLinksTheOfficeHoldersOfThoseYears() {
        // bbc-safe business_266 and business_089: the BBC full-text corpus is of 2004-2005 (data/outlets.tsv)
        String text = "Russia's economy grew after Vladimir Putin became president in 2000. Nicolas Sarkozy of France "
                + "said he and his colleagues were worried. Ray Charles, the American jazz musician, sang.";
        ArticleFacts bbc = TestFixtures.extractor().extract(new Article("test", "news/bbc-fulltext/business/266.txt",
                "", null, "", null, null, null, null, null, text, 0));
        assertEquals("RU", post(person(bbc, "Vladimir Putin")).countryIso2());
        assertEquals("FR", post(person(bbc, "Nicolas Sarkozy")).countryIso2());
        // not Ambassador Charles A. Ray (US) of those years: the tables' surname ends the name, or it is theirs exactly
        assertFalse(person(bbc, "Ray Charles").official(), person(bbc, "Ray Charles").toString());
        // Elsewhere an undated article links no foreign namesake by the name alone.
        ArticleFacts other = TestFixtures.extractor().extract(new Article("test", "elsewhere/266.txt", "", null, "",
                null, null, null, null, null, text, 0));
        assertFalse(person(other, "Vladimir Putin").official(), person(other, "Vladimir Putin").toString());
    }

    @Test
    void anOfficeTheTablesGiveOnAnotherDate() {
        // us-safe 2024-06-12: Sheinbaum took office in October 2024
        ArticleFacts f = extract("On June 11, Dr. Sherwood-Randall and Ambassador Salazar met with President-elect "
                + "Dr. Claudia Sheinbaum.", "2024-06-12");
        PersonFact sheinbaum = person(f, "Claudia Sheinbaum");
        assertEquals("MX", post(sheinbaum).countryIso2());
        assertEquals("President-elect", post(sheinbaum).title());
    }

    @Test
    void aListOfOneCountrysOfficialsGivesItsCountryToTheOthers() {
        // us-safe 2022-04-25 and 2022-03-10 (Kalin's title is none the lexicon knows: Onal stays in a list of two)
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2022-04-25"), null, null, null, "Readout\nhttps://www.state.gov/readout/\n\n"
                + "Secretary Blinken met with President Volodymyr Zelenskyy, Foreign Minister Dmytro Kuleba, Minister "
                + "of Defense Oleksiy Reznikov, and Head of Presidential Administration Andriy Yermak. The Deputy "
                + "Secretary will meet with Foreign Minister Cavusoglu, Deputy Foreign Minister Sedat Onal, and Chief "
                + "Presidential Advisor Ibrahim Kalin.", 0));
        assertEquals("UA", post(person(f, "Oleksiy Reznikov")).countryIso2());
        assertNull(post(person(f, "Sedat Onal")).countryIso2());
        // two names are no list
        ArticleFacts two = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2022-04-25"), null, null, null, "Readout\nhttps://www.state.gov/readout/\n\n"
                + "Secretary Blinken and Minister of Defense Oleksiy Reznikov spoke today.", 0));
        assertNull(post(person(two, "Oleksiy Reznikov")).countryIso2());
    }

    @Test
    void aRegionBeforeATitleGivesItsCountry() {
        // bbc-safe business_232 and business_390 (the BBC: the outlet's country would be GB), WMT21 2020
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "news/bbc-fulltext/business/390.txt", "",
                null, "", null, null, null, null, null, "It would pay $850m to settle charges raised by New York "
                + "Attorney General Eliot Spitzer in October. California attorney general Bill Lockyer said he wanted "
                + "to be sure. Scottish First Minister Nicola Sturgeon urged caution.", 0));
        assertEquals("US", post(person(f, "Eliot Spitzer")).countryIso2());
        assertEquals("US", post(person(f, "Bill Lockyer")).countryIso2());
        assertEquals("GB", post(person(f, "Nicola Sturgeon")).countryIso2());
        // CoreNLP tags "Uttar Pradesh" a person: a region all the same (WMT21, AP 2020)
        ArticleFacts up = extract("Yogi Adityanath, Uttar Pradesh's chief minister and a Hindu monk, requested that "
                + "Ayodhya hold a special ceremony.", "2020-07-20");
        assertEquals("IN", post(person(up, "Yogi Adityanath")).countryIso2());
    }

    private static ArticleFacts bbc(String text) {
        return TestFixtures.extractor().extract(new Article("test", "news/bbc-fulltext/business/043.txt", "", null, "",
                null, null, null, null, null, text, 0));
    }

    @Test
    void aNewsArticleAboutAnotherCountryIsNotTheOutletsForItsTitles() {
        // bbc-more-37 (BBC business/043) and bbc-safe business_354: the article never names the UK
        ArticleFacts f = bbc("Women will be employed in Saudi Arabia's foreign ministry. Earlier this week, the local "
                + "Arab News said Labour Minister Ghazi al-Gosaibi had caused uproar. Last year, Crown Prince Abdullah "
                + "told government departments to employ Saudi women.");
        assertEquals("SA", post(person(f, "Ghazi al-Gosaibi")).countryIso2());   // the one country it names
        assertEquals("SA", post(person(f, "Abdullah")).countryIso2());
        ArticleFacts g = bbc("Sri Lanka's stock market has fallen about 5%. Thailand may lose 30bn baht in earnings "
                + "from tourism, according to tourism minister Sontaya Kunplome.");
        assertEquals("TH", post(person(g, "Sontaya Kunplome")).countryIso2());   // the one country of its sentence
        // a government's release names its own officials without their country (us-safe 2022-03-10)
        ArticleFacts h = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2022-06-01"), null, null, null, "Readout\nhttps://www.state.gov/readout/\n\n"
                + "Assistant Secretary Todd D. Robinson will travel to Warsaw, Poland, and Chisinau, Moldova.", 0));
        assertEquals("US", post(person(h, "Todd D. Robinson")).countryIso2());
    }

    @Test
    void aPersonTheTextGivesACountryTakesNoOutletDefaultForAnotherTitle() {
        // us-safe 2023-12-04: India's deputy national security adviser, later "Ambassador Misri", is no US ambassador
        ArticleFacts f = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2023-12-04"), null, null, null, "Readout\nhttps://bidenwhitehouse.archives.gov/x/\n\n"
                + "Jon Finer led a U.S. delegation to New Delhi with Indian Deputy National Security Advisor Vikram "
                + "Misri. In addition, Mr. Finer held consultations with Ambassador Misri.", 0));
        PersonFact misri = person(f, "Vikram Misri");
        assertEquals(List.of("IN"), misri.posts().stream().map(p -> p.countryIso2()).distinct().toList(),
                misri.toString());
    }

    @Test
    void aSeatWonInsideTheCorpusYearsIsNoSeatOfThem() {
        // bbc-safe politics_361, business_106 and politics_173: Ed Balls entered the Commons in May 2005, Archie
        // Hamilton the Lords in June 2005; the BBC corpus is of 2004-2005, mostly before the election
        ArticleFacts f = bbc("Mr Brown's former advisor Ed Balls, now a parliamentary hopeful, said the Tories would "
                + "cut investment. Judge Lord Cullen, sitting with Lord Osborne and Lord Hamilton, ruled on the case. "
                + "Liberal Democrat peer Lord Carlile said the ruling was an embarrassment. Lord Nicholls of Birkenhead, "
                + "in his ruling, said it was wrong.");
        assertFalse(person(f, "Ed Balls").official(), person(f, "Ed Balls").toString());
        assertTrue(f.people().stream().noneMatch(p -> p.key().equals("gb/archie-hamilton")), f.people().toString());
        assertEquals("GB", post(person(f, "Carlile")).countryIso2());   // a peer's style between title and name
        assertTrue(f.people().stream().noneMatch(p -> p.name().equals("Birkenhead")), f.people().toString());
    }

    @Test
    void anAbbreviatedTitleInCapitalsAndAMiddleInitial() {
        // us-safe 2023-08-24 and 2024-02-08
        ArticleFacts f = extract("Following the July 27 meeting between President Biden and PM Meloni, Sullivan and "
                + "Talo reaffirmed their support. Canada's National Security and Intelligence Advisor Nathalie G. "
                + "Drouin attended. The Canadian delegation was led by Nathalie Drouin and met at 3 PM Tuesday.",
                "2023-08-24");
        assertEquals("IT", post(person(f, "Meloni")).countryIso2());
        assertEquals(1, f.people().stream().filter(p -> p.name().endsWith("Drouin")).count(), f.people().toString());
    }

    @Test
    void aEuropeanCommissionerOfTheCorpusYears() {
        // bbc-more-31 (BBC business/089) and bbc-safe business_468: curated commissioners of 1999-2010
        ArticleFacts f = bbc("Slower European exports would mean slower EU growth. \"I fully welcome the words of Mr "
                + "Snow,\" said Joaquin Almunia. Transport Commissioner Jacques Barrot said he wanted it done swiftly.");
        assertEquals("European Commission", post(person(f, "Joaquin Almunia")).organization());
        assertEquals("European Commission", post(person(f, "Jacques Barrot")).organization());
    }
}
