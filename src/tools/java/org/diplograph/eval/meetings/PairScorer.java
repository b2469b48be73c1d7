package org.diplograph.eval.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;

/**
 * Matches the participant pairs of one article's system meetings to its gold pairs, one to one. A system pair
 * is two participants of different sides of one meeting, counted once per article however many reports repeat
 * it.
 */
final class PairScorer {
    /** A system pair with the meeting it comes from. */
    record SystemPair(Participant a, Participant b, MeetingFact meeting) {
        String label() {
            return a.name() + " — " + b.name();
        }
    }

    /** A gold pair with the meeting it comes from. */
    record GoldPair(Set<String> a, Set<String> b, GoldMeeting meeting) {
        String label() {
            return String.join("|", a) + " — " + String.join("|", b);
        }
    }

    record Match(GoldPair gold, SystemPair system) {
    }

    record Result(List<Match> matches, List<GoldPair> missed, List<SystemPair> spurious) {
    }

    private PairScorer() {
    }

    static List<SystemPair> systemPairs(List<MeetingFact> meetings) {
        List<SystemPair> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (MeetingFact m : meetings)
            for (int i = 0; i < m.participants().size(); i++)
                for (int j = i + 1; j < m.participants().size(); j++) {
                    Participant a = m.participants().get(i), b = m.participants().get(j);
                    String id = a.identity().compareTo(b.identity()) < 0 ? a.identity() + "+" + b.identity()
                            : b.identity() + "+" + a.identity();
                    if (a.side() != b.side() && !seen.contains(id)) {
                        seen.add(id);
                        out.add(new SystemPair(a, b, m));
                    }
                }
        return out;
    }

    static List<GoldPair> goldPairs(List<GoldMeeting> meetings) {
        List<GoldPair> out = new ArrayList<>();
        for (GoldMeeting g : meetings)
            for (List<Set<String>> pair : g.pairs())
                out.add(new GoldPair(pair.get(0), pair.get(1), g));
        return out;
    }

    static Result match(List<GoldPair> gold, List<SystemPair> system) {
        List<Match> matches = new ArrayList<>();
        List<GoldPair> missed = new ArrayList<>();
        List<SystemPair> left = new ArrayList<>(system);
        for (GoldPair g : gold) {
            SystemPair hit = null;
            for (SystemPair s : left)
                if (Names.matches(g.a(), s.a()) && Names.matches(g.b(), s.b())
                        || Names.matches(g.a(), s.b()) && Names.matches(g.b(), s.a())) {
                    hit = s;
                    break;
                }
            if (hit == null)
                missed.add(g);
            else {
                left.remove(hit);
                matches.add(new Match(g, hit));
            }
        }
        return new Result(matches, missed, left);
    }
}
