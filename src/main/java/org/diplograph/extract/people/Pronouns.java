package org.diplograph.extract.people;

import java.util.List;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.NameGenders;
import org.diplograph.extract.text.Tokens;

/**
 * He, she, his, her: joined to a person only in the cheap, safe case, when exactly one person of a compatible
 * gender ({@link NameGenders}; unknown is compatible) is mentioned from the start of the previous sentence up to
 * the pronoun, and the pronoun is not inside a quotation (where "he" may be anyone the speaker talks about).
 * Anything less clear stays unresolved.
 */
final class Pronouns {
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

    private Pronouns() {
    }

    static void resolve(ExtractionContext context, Tokens t, List<PersonFindings> holders) {
        for (int i = 0; i < t.size(); i++) {
            if (!PRONOUNS.contains(t.lower(i)) || !t.tag(i).startsWith("PRP") || insideQuote(t, i))
                continue;
            int from = i;
            int sentence = t.sentence(i);
            while (from > 0 && t.sentence(from - 1) >= sentence - 1)
                from--;
            NameGenders.Gender gender = t.isWord(i, "he", "him", "his") ? NameGenders.Gender.MALE
                    : NameGenders.Gender.FEMALE;
            PersonFindings only = null;
            boolean ambiguous = false;
            for (PersonFindings h : holders) {
                if (mentionedIn(h, from, i) && NameGenders.compatible(gender, h.gender())) {
                    ambiguous |= only != null;
                    only = h;
                }
            }
            if (only != null && !ambiguous)
                only.moreMentions.add(context.span(t.begin(i), t.end(i)));
        }
    }

    private static boolean mentionedIn(PersonFindings h, int from, int to) {
        for (int[] name : h.names)
            if (name[0] >= from && name[1] <= to)
                return true;
        return false;
    }

    /** Whether the last quotation mark before token {@code i}, within three sentences, opens a quote. */
    private static boolean insideQuote(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && t.sentence(k) >= t.sentence(i) - 3; k--) {
            if (t.tag(k).equals("``"))
                return true;
            if (t.tag(k).equals("''"))
                return false;
        }
        return false;
    }
}
