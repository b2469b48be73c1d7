package org.diplograph.eval.meetings;

import java.io.PrintWriter;
import java.util.Map;

import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;

/**
 * Recall of RAMS gold arguments by the meetings found in the same window. A gold participant is recalled when
 * a meeting participant is named at an overlapping span, or is the person (or country) a mention at that span
 * refers to; a gold place when a meeting's place name overlaps it.
 */
final class RamsTally {
    private int participants, participantsFound, named, namedFound, places, placesFound;

    void add(RamsExample ex, ArticleFacts facts, PrintWriter out) {
        for (RamsExample.Argument arg : ex.arguments()) {
            Span span = new Span(arg.begin(), arg.end(), arg.text());
            if (arg.isParticipant()) {
                boolean found = facts.meetings().stream().anyMatch(m -> m.participants().stream()
                        .anyMatch(p -> refersTo(p, span, facts)));
                participants++;
                participantsFound += found ? 1 : 0;
                if (!isPronoun(arg.text())) {
                    named++;
                    namedFound += found ? 1 : 0;
                }
                if (out != null)
                    out.printf("   %s %s '%s'%n", found ? "+" : "-", arg.role(), arg.text());
            } else if (arg.role().equals("place")) {
                boolean found = facts.meetings().stream().anyMatch(m -> samePlace(m, arg.text()));
                places++;
                placesFound += found ? 1 : 0;
                if (out != null)
                    out.printf("   %s place '%s'%n", found ? "+" : "-", arg.text());
            }
        }
    }

    private static boolean refersTo(Participant p, Span gold, ArticleFacts facts) {
        if (p.mention() != null && p.mention().overlaps(gold))
            return true;
        if (p.personKey() != null)
            for (PersonFact person : facts.people())
                if (person.key().equals(p.personKey()) && person.mentions().stream().anyMatch(s -> s.overlaps(gold)))
                    return true;
        if (p.personKey() == null && p.organizationKey() == null && p.countryIso2() != null)
            for (CountryMention c : facts.countries())
                if (c.iso2().equals(p.countryIso2()) && c.span().overlaps(gold))
                    return true;
        return false;
    }

    private static boolean samePlace(MeetingFact m, String gold) {
        return m.placeName() != null && Names.samePlace(gold, null, m.placeName(), null);
    }

    private static boolean isPronoun(String text) {
        return text.matches("(?i)he|she|they|him|her|them|his|their|it|i|we|you|us|me");
    }

    void figures(String prefix, Map<String, Double> out) {
        out.put(prefix + "participant.recall", rate(participantsFound, participants));
        out.put(prefix + "named.participant.recall", rate(namedFound, named));
        out.put(prefix + "place.recall", rate(placesFound, places));
        out.put(prefix + "participants", (double) participants);
        out.put(prefix + "places", (double) places);
    }

    private static double rate(int found, int total) {
        return total == 0 ? 0 : (double) found / total;
    }
}
