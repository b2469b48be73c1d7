package org.diplograph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.Identities;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;

/**
 * Intergovernmental bodies that NER tags only in part ("Caribbean" as a place in "the 15-member Caribbean
 * Community bloc"): a run of proper nouns headed by a body word ("Community", "Union", "Organisation", "G8").
 * The identity is that of the article's organization of the same name when there is one.
 */
final class OrganizationRuns {
    private static final Set<String> INNER = Set.of("of", "for", "the", "and");

    private OrganizationRuns() {
    }

    static List<Actor> find(ArticleIndex index, Sentence s) {
        List<Actor> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!proper(s, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && (proper(s, j + 1) || INNER.contains(s.lower(j + 1)) && proper(s, j + 2)))
                j++;
            int last = s.lower(j + 1).equals("bloc") ? j + 1 : j;
            if (hasBodyWord(s, i, j)) {
                String name = Actors.cleanOrganization(s.text(index.text(), i, last));
                String key = keyOf(index, name);
                out.add(new Actor(Actor.Kind.ORGANIZATION, i, last, i, null, key, name, null, s.begin(i), s.end(last)));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean proper(Sentence s, int i) {
        return i < s.size() && s.pos(i).startsWith("NNP") && s.isCapitalized(i) || s.word(i).matches("G\\d{1,2}");
    }

    private static boolean hasBodyWord(Sentence s, int i, int j) {
        StringBuilder words = new StringBuilder();
        for (int k = i; k <= j; k++)
            words.append(s.lower(k)).append(' ');
        return Actors.isIntergovernmental(words.toString(), OrganizationKind.OTHER);
    }

    private static String keyOf(ArticleIndex index, String name) {
        for (OrganizationFact o : index.context().organizations())
            if (Actors.cleanOrganization(o.name()).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                return o.key();
        return Identities.organizationKey(name, null);
    }
}
