package org.diplograph.eval.devset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.PersonFact;

/**
 * Across the articles of a half: how many distinct person keys (hence IRIs) the system gave each real person.
 * A real person is a gold surname with the country or body they act for ("blinken US"); 1.0 is right.
 */
final class CorpusIdentities {
    private final Map<String, Set<String>> keys = new HashMap<>();

    void add(DevsetGold gold, ArticleFacts facts) {
        for (DevsetGold.Person g : gold.persons()) {
            List<String> words = PersonNames.words(g.fullName());
            if (words.isEmpty())
                continue;
            String real = words.get(words.size() - 1) + " " + (g.forWhom() == null ? "-" : g.forWhom());
            for (PersonFact p : facts.people())
                if (PersonNames.match(g.fullName(), p.name()) >= 2 && gold.persons().stream().noneMatch(o -> o != g
                        && PersonNames.match(o.fullName(), p.name()) > PersonNames.match(g.fullName(), p.name())))
                    keys.computeIfAbsent(real, k -> new HashSet<>()).add(p.key());   // not Jill Biden for Joe
        }
    }

    double irisPerRealPerson() {
        return keys.values().stream().mapToInt(Set::size).average().orElse(0);
    }
}
