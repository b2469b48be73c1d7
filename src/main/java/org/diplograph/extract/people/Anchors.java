package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Tokens;
import org.diplograph.extract.text.TsvRows;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.Span;
import org.diplograph.gazetteer.PhraseTrie;

/**
 * The countries and organizations of an article by token: which one starts or ends at a token, so that title
 * rules can ask "is there a country or an organization right here?". A state, province or nation within a country
 * ({@code data/regions.tsv}: "California attorney general", "Governor of New York", "Scottish First Minister") is an
 * anchor of its country where no country or organization is, outside person names (but for a region NER took for a
 * person): the office is that country's.
 */
final class Anchors {
    private static volatile PhraseTrie<String> regions;
    /** A country ({@code iso2}) or an organization over tokens {@code [first, end)}. */
    record Anchor(int first, int end, String iso2, OrganizationFact organization) {
    }

    private final Map<Integer, Anchor> byFirst = new HashMap<>();
    private final Map<Integer, Anchor> byEnd = new HashMap<>();
    private final Anchor[] over;

    Anchors(ExtractionContext context, Tokens tokens) {
        over = new Anchor[tokens.size()];
        int offset = context.article().offset();
        for (CountryMention c : context.countries())
            if (!"anaphor".equals(c.form()))
                put(tokens, c.span(), offset, c.iso2(), null);
        // Organizations last: "Pakistan Foreign Office" is the office, not the country.
        for (OrganizationFact o : context.organizations())
            for (Span s : o.mentions())
                put(tokens, s, offset, null, o);
        List<Span> names = new ArrayList<>();
        context.people().forEach(p -> names.addAll(p.mentions()));
        for (PhraseTrie.Match<String> m : regions().findAll(context.article().text())) {
            Span s = new Span(m.begin() + offset, m.end() + offset, m.entry().phrase());
            int first = tokens.covering(m.begin()), end = tokens.after(m.end());
            // not inside a person's name, unless NER took the region itself for one ("Uttar Pradesh's chief minister")
            boolean free = first >= 0 && names.stream().noneMatch(n -> n.begin() < s.end() && s.begin() < n.end()
                    && !(n.begin() == s.begin() && n.end() == s.end()));
            for (int i = Math.max(first, 0); free && i < end && i < over.length; i++)
                free = over[i] == null;
            if (free)
                put(tokens, s, offset, m.entry().value(), null);
        }
    }

    private static PhraseTrie<String> regions() {
        if (regions == null) {
            synchronized (Anchors.class) {
                if (regions == null) {
                    PhraseTrie<String> trie = new PhraseTrie<>();
                    for (String[] f : TsvRows.of("/data/regions.tsv"))
                        trie.add(f[0], f[1]);
                    regions = trie;
                }
            }
        }
        return regions;
    }

    private void put(Tokens tokens, Span s, int offset, String iso2, OrganizationFact org) {
        int first = tokens.covering(s.begin() - offset);
        int end = tokens.after(s.end() - offset);
        if (first < 0)
            return;
        Anchor a = new Anchor(first, end, iso2, org);
        byFirst.put(first, a);
        byEnd.put(end, a);
        for (int i = first; i < end && i < over.length; i++)
            over[i] = a;
    }

    /**
     * Whether tokens {@code [first, end)} cross the edge of a country or organization: "Foreign Affairs spokesman" in
     * "Ministry of Foreign Affairs spokesman" is no title ("spokesman" is), nor "Deputy Secretary of the Security" in
     * "Deputy Secretary of the Security Council".
     */
    boolean straddled(int first, int end) {
        Anchor a = first < over.length ? over[first] : null;
        if (a != null && a.first() < first && a.end() < end && known(a))
            return true;
        Anchor b = end - 1 < over.length && end > 0 ? over[end - 1] : null;
        return b != null && b.first() > first && b.end() > end && known(b);
    }

    /** A country or a state or intergovernmental body: not a name NER ran into a title ("White House Press"). */
    private static boolean known(Anchor a) {
        return a.organization() == null || a.organization().kind() != OrganizationKind.OTHER;
    }

    Anchor startingAt(int token) {
        return byFirst.get(token);
    }

    Anchor endingAt(int token) {
        return byEnd.get(token);
    }
}
