package org.diplograph.eval.meetings;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.diplograph.facts.Participant;

/**
 * Whether a system participant is a gold participant: an ISO code matches a country participant, "org:Name"
 * an organization of that name (or containing it), any other name a person with the same surname.
 */
public final class Names {
    private Names() {
    }

    static boolean matches(Set<String> gold, Participant p) {
        for (String alt : gold)
            if (matches(alt, p))
                return true;
        return false;
    }

    static boolean matches(String alt, Participant p) {
        if (alt.matches("[A-Z]{2}"))
            return p.personKey() == null && p.organizationKey() == null && alt.equals(p.countryIso2());
        if (alt.startsWith("org:")) {
            String a = normalize(alt.substring(4)), b = normalize(p.name());
            return p.organizationKey() != null && (a.equals(b) || a.contains(b) || b.contains(a));
        }
        return p.personKey() != null && surname(normalize(alt)).equals(surname(normalize(p.name())));
    }

    public static String normalize(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String surname(String normalized) {
        String[] words = normalized.split(" ");
        return words[words.length - 1];
    }

    /** A place name of the gold against the system's place name and country. */
    static boolean samePlace(String gold, String goldIso2, String name, String iso2) {
        if (name != null) {
            String a = normalize(gold), b = normalize(name);
            if (a.equals(b) || a.contains(b) || b.contains(a))
                return true;
        }
        return goldIso2 != null && goldIso2.equals(iso2);
    }
}
