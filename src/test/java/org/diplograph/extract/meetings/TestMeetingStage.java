package org.diplograph.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.TestFixtures;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.junit.jupiter.api.Test;

/** The meetings of the seed articles, as issue 5 expects them. */
class TestMeetingStage {
    private static ArticleFacts russia() {
        return TestFixtures.seedFacts().get(0);
    }

    private static ArticleFacts caribbean() {
        return TestFixtures.seedFacts().get(1);
    }

    static MeetingFact meeting(ArticleFacts facts, String... names) {
        return facts.meetings().stream().filter(m -> Set.of(names).stream().allMatch(n -> m.participants().stream()
                .anyMatch(p -> p.name().contains(n)))).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting of " + List.of(names) + " in " + facts.meetings()));
    }

    @Test
    void popovMetJanjuaOnMarch14() {
        MeetingFact m = meeting(russia(), "Popov", "Janjua");
        assertEquals("2018-03-14", m.date());
        assertEquals(MeetingStatus.OCCURRED, m.status());
        assertEquals(Set.of("RU", "PK"), m.participants().stream().map(Participant::countryIso2).collect(Collectors.toSet()));
        assertEquals(2, m.participants().stream().map(Participant::side).distinct().count());
    }

    @Test
    void russianDelegationVisitedPakistanInApril() {
        MeetingFact m = meeting(russia(), "Goreslavsky", "Molostov", "Pakistan");
        assertEquals("2018-04", m.date());
        assertEquals(MeetingMode.VISIT, m.mode());
        assertEquals("PK", m.placeIso2());
        Participant goreslavsky = participant(m, "Goreslavsky"), molostov = participant(m, "Molostov");
        assertEquals(goreslavsky.side(), molostov.side(), "one delegation, one side");
        assertEquals("RU", molostov.countryIso2(), "the leader of a Russian delegation acts for Russia");
        assertTrue(participant(m, "Pakistan").side() != goreslavsky.side());
    }

    @Test
    void participantsKeepThePersonIdentityOfEarlierStages() {
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (MeetingFact m : facts.meetings())
                for (Participant p : m.participants())
                    if (p.personKey() != null) {
                        PersonFact person = facts.people().stream().filter(x -> x.key().equals(p.personKey()))
                                .findFirst().orElseThrow();
                        assertTrue(person.mentions().stream().anyMatch(s -> s.overlaps(p.mention()))
                                || isPronoun(p.mention().text()), p + " is named where " + person.name() + " is");
                    }
    }

    @Test
    void rubioMetTheCaribbeanCommunityAtTheSummitInStKitts() {
        MeetingFact m = meeting(caribbean(), "Rubio", "Caribbean Community");
        assertEquals("2026-02-25", m.date());
        assertEquals(MeetingMode.SUMMIT, m.mode());
        assertEquals("KN", m.placeIso2());
        assertNotNull(participant(m, "Caribbean Community").organizationKey());
    }

    @Test
    void rubioMetPersadBissessar() {
        MeetingFact m = meeting(caribbean(), "Rubio", "Persad-Bissessar");
        assertEquals(MeetingStatus.OCCURRED, m.status());
        assertEquals("2026-02-25", m.date(), "the lead's Wednesday: the conversation was at that summit");
    }

    @Test
    void rubioHadOneOnOnesWithFourHeadsOfGovernment() {
        for (String country : List.of("KN", "HT", "JM", "GY")) {
            List<MeetingFact> ms = caribbean().meetings().stream().filter(m -> m.participants().size() == 2
                    && m.participants().stream().anyMatch(p -> p.name().contains("Rubio"))
                    && m.participants().stream().anyMatch(p -> p.personKey() == null && country.equals(p.countryIso2())))
                    .toList();
            assertEquals(1, ms.size(), "one meeting of Rubio with " + country);
            assertEquals("2026-02-25", ms.get(0).date());
        }
    }

    @Test
    void interviewsAreNotMeetings() {
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (MeetingFact m : facts.meetings())
                for (Participant p : m.participants())
                    assertFalse(p.name().contains("News") || p.name().contains("Cheema") || p.name().contains("Shoaib"),
                            "an interview with a journalist is no meeting: " + m);
    }

    @Test
    void oneKeyPerMeetingAndEveryMeetingHasTwoSides() {
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (MeetingFact m : facts.meetings()) {
                assertTrue(m.participants().stream().map(Participant::side).distinct().count() >= 2, m.toString());
                assertTrue(m.key().matches("[a-z0-9-]+"), m.key());
            }
        long summitReports = caribbean().meetings().stream().filter(m -> m.mode() == MeetingMode.SUMMIT).count();
        long summitKeys = caribbean().meetings().stream().filter(m -> m.mode() == MeetingMode.SUMMIT).map(MeetingFact::key)
                .distinct().count();
        assertEquals(1, summitKeys, "reports of one summit share its key (" + summitReports + " reports)");
    }

    static Participant participant(MeetingFact m, String name) {
        return m.participants().stream().filter(p -> p.name().contains(name)).findFirst().orElseThrow();
    }

    private static boolean isPronoun(String text) {
        return ArticleIndex.isPronoun(text);
    }
}
