package org.diplograph.eval.devset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.eval.meetings.Names;

/**
 * Whether a name the system gives is a gold person's: the system name's last word is a word of the gold name,
 * or the gold name's last word is a word of the system name ("Blinken" and "Antony J. Blinken", "Kishida" and
 * "Kishida Fumio", "Heiko" and "Heiko Maas" — the last one a first-name mention, which the identity figures must
 * see). Honorifics and suffixes ("Mr", "Jr.") are not words of a name.
 */
final class PersonNames {
    private static final Set<String> NOT_NAME = Set.of("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "hon", "the",
            "jr", "sr", "ii", "iii", "iv", "his", "her", "majesty", "highness", "sheikh");

    private PersonNames() {
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Names.normalize(name).split("[ -]+"))
            if (w.length() > 1 && !NOT_NAME.contains(w))
                out.add(w);
        return out;
    }

    /**
     * 3: the same words ("Jill Biden" is Jill Biden, which tells her from Joe Biden of the same article); 2: same last
     * name; 1: one name's last word is some word of the other; 0: no match.
     */
    static int match(String gold, String system) {
        List<String> g = words(gold), s = words(system);
        if (g.isEmpty() || s.isEmpty())
            return 0;
        if (Set.copyOf(g).equals(Set.copyOf(s)))
            return 3;
        String gl = g.get(g.size() - 1), sl = s.get(s.size() - 1);
        if (gl.equals(sl))
            return 2;
        return g.contains(sl) || s.contains(gl) ? 1 : 0;
    }
}
