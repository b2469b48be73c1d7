package org.diplograph.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.events.Lexicon;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.Participant;

/**
 * The parties of a meeting just reported, when a readout goes on about them as a group: "They agreed to remain
 * closely coordinated", "The leaders affirmed their support for Ukraine", "Both leaders condemned ...", "The
 * Secretary and the Foreign Minister discussed ...". Such a subject stands for the countries of the nearest
 * meeting that took place, reported in the same sentence or up to {@link #LOOK_BACK} sentences before; nothing
 * when there is none, or when it has fewer than two countries.
 */
final class MeetingGroups {
    private static final int LOOK_BACK = 3;
    /** What may open a group subject before its head: "the", "both", "the two", "both the". */
    private static final Set<String> DETERMINERS = Set.of("the", "both", "two", "all", "three", "four");

    private final List<Sentence> sentences;
    private final List<MeetingFact> occurred = new ArrayList<>();
    private final int offset;

    MeetingGroups(List<Sentence> sentences, List<MeetingFact> meetings, int offset) {
        this.sentences = sentences;
        this.offset = offset;
        for (MeetingFact m : meetings)
            if (m.status() == MeetingStatus.OCCURRED)
                occurred.add(m);
    }

    /** The countries the subject of the clause of token {@code t} stands for, if it is such a group; else empty. */
    List<String> countries(Sentence s, int t) {
        int from = Clauses.left(s, t);
        int verb = -1;
        for (int i = from; i <= t; i++)
            if (s.isFiniteVerb(i)) {
                verb = i;
                break;
            }
        if (verb < 0 || !isGroup(s, from, verb))
            return List.of();
        MeetingFact meeting = null;
        int earliest = sentences.get(Math.max(0, s.index() - LOOK_BACK)).begin() + offset;
        for (MeetingFact m : occurred) {
            int begin = m.provenance().evidence().begin();
            if (begin >= earliest && begin < s.end() + offset
                    && (meeting == null || begin >= meeting.provenance().evidence().begin()))
                meeting = m;
        }
        if (meeting == null)
            return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : meeting.participants())
            if (p.countryIso2() != null)
                out.add(p.countryIso2());
        return out.size() < 2 ? List.of() : List.copyOf(out);
    }

    /**
     * "They", "the leaders", "both leaders", "the two sides", "the Secretary and the Foreign Minister": tokens
     * {@code [from, verb)}, adverbs aside.
     */
    static boolean isGroup(Sentence s, int from, int verb) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < verb; i++)
            if (!s.pos(i).equals("RB") && !s.lower(i).equals(","))
                words.add(s.lower(i));
        if (words.size() == 1 && words.get(0).equals("they"))
            return true;
        if (words.isEmpty() || !Lexicon.GROUP_SUBJECTS.contains(words.get(words.size() - 1))) {
            int and = words.indexOf("and");
            return and > 0 && and < words.size() - 1 && titles(words.subList(0, and))
                    && titles(words.subList(and + 1, words.size()));
        }
        for (String w : words.subList(0, words.size() - 1))
            if (!DETERMINERS.contains(w))
                return false;
        return true;
    }

    /** "the Secretary", "the Foreign Minister": a title reference with no name. */
    private static boolean titles(List<String> words) {
        if (words.isEmpty() || words.size() > 4)
            return false;
        for (int i = 0; i < words.size(); i++)
            if (!(i == 0 && words.get(i).equals("the") || Lexicon.TITLE_WORDS.contains(words.get(i))))
                return false;
        return !words.get(words.size() - 1).equals("the");
    }
}
