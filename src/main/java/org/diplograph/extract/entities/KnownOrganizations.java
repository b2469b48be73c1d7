package org.diplograph.extract.entities;

import java.util.HashMap;
import java.util.Map;

import org.diplograph.extract.text.TsvRows;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.gazetteer.PhraseTrie;

/**
 * The intergovernmental bodies and self-identifying state bodies of {@code data/organizations.tsv}, as a phrase
 * trie over their names and aliases.
 */
final class KnownOrganizations {
    /** A listed organization: its name, kind and country (null for intergovernmental bodies). */
    record Known(String name, OrganizationKind kind, String countryIso2) {
    }

    private static volatile KnownOrganizations standard;

    private final PhraseTrie<Known> trie = new PhraseTrie<>();
    /** Aliases written "=Labour": a name NER found is the body, but the word is not looked for in the text. */
    private final Map<String, Known> namedOnly = new HashMap<>();

    static KnownOrganizations standard() {
        if (standard == null) {
            synchronized (KnownOrganizations.class) {
                if (standard == null)
                    standard = load("/data/organizations.tsv");
            }
        }
        return standard;
    }

    static KnownOrganizations load(String resource) {
        KnownOrganizations known = new KnownOrganizations();
        for (String[] f : TsvRows.of(resource)) {
            Known k = new Known(f[0], OrganizationKind.of(f[2]), f[3].isEmpty() ? null : f[3]);
            known.trie.add(f[0], k);
            for (String alias : f[1].split("\\|"))
                if (alias.startsWith("="))   // "Labour backbencher X": the word alone is no name of the party
                    known.namedOnly.put(alias.substring(1), k);
                else if (!alias.isEmpty())
                    known.trie.add(alias, k);
        }
        return known;
    }

    PhraseTrie<Known> trie() {
        return trie;
    }

    /** The listed organization named exactly {@code name} (case as listed), or null. */
    Known byName(String name) {
        PhraseTrie.Match<Known> m = trie.longestMatch(name, 0);
        return m != null && m.end() == name.length() ? m.entry().value() : namedOnly.get(name);
    }
}
