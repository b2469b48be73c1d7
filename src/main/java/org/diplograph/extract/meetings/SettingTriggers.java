package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingMode;

/**
 * A summit or conference named as the setting of another contact ("Speaking to leaders ... at a summit in
 * ...", "met X on the sidelines of the summit") is not a meeting of its own: it makes the contact multilateral
 * when the counterpart is an intergovernmental body, and is otherwise only where it happened.
 */
final class SettingTriggers {
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "during", "of", "on", "before", "after");

    private SettingTriggers() {
    }

    static List<Draft> apply(Sentence s, List<Trigger> triggers, Function<Trigger, List<Draft>> drafts) {
        List<Trigger> settings = new ArrayList<>();
        for (Trigger t : triggers)
            if (isSetting(s, t, triggers))
                settings.add(t);
        List<Draft> out = new ArrayList<>();
        for (Trigger t : triggers) {
            if (settings.contains(t))
                continue;
            for (Draft d : drafts.apply(t)) {
                boolean multilateral = d.parties().stream().anyMatch(p -> p.actor().kind() == Actor.Kind.ORGANIZATION);
                boolean atSummit = settings.stream().anyMatch(x -> x.mode() == MeetingMode.SUMMIT);
                out.add(multilateral && atSummit ? d.withMode(MeetingMode.SUMMIT) : d);
            }
        }
        return out;
    }

    private static boolean isSetting(Sentence s, Trigger t, List<Trigger> all) {
        if (t.verb() || all.size() < 2)
            return false;
        boolean introduced = SETTING_PREPOSITIONS.contains(s.lower(t.token() - 1))
                || SETTING_PREPOSITIONS.contains(s.lower(t.token() - 2))
                || s.lower(t.token() - 2).equals("sidelines") || s.lower(t.token() - 3).equals("sidelines");
        if (!introduced)
            return false;
        for (Trigger other : all)
            if (other != t && other.token() < t.token() && Clauses.right(s, other.token()) >= t.token())
                return true;
        return false;
    }
}
