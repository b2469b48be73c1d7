package org.diplograph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;

/**
 * The countries a store knows (its country graph: code, alpha-3 code, name, other names) and, when asked, how
 * many of its articles name each: what a country parameter is checked against, and what an unknown code or an
 * empty answer is explained with.
 */
public final class StoreCountries {
    /** A country of the store; {@code articles} is -1 until counted. */
    public record Country(String code, String iso3, String name, List<String> otherNames, long articles) {
        @Override
        public String toString() {
            return code + " (" + name + ")";
        }
    }

    private static final String PREFIXES = "PREFIX dg: <" + DG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String KNOWN = PREFIXES
            + "SELECT ?code (SAMPLE(?iso3s) AS ?iso3) (SAMPLE(?names) AS ?name) "
            + "(GROUP_CONCAT(DISTINCT ?alt; separator=\"|\") AS ?alts) WHERE {\n"
            + "  ?country dg:iso2 ?code .\n"
            + "  OPTIONAL { ?country dg:iso3 ?iso3s } OPTIONAL { ?country rdfs:label ?names }\n"
            + "  OPTIONAL { ?country skos:altLabel ?alt }\n"
            + "} GROUP BY ?code";
    private static final String NAMED = PREFIXES
            + "SELECT ?code (COUNT(DISTINCT ?article) AS ?articles) WHERE {\n"
            + "  ?mention a dg:CountryMention ; dg:country/dg:iso2 ?code ; dg:inArticle ?article .\n"
            + "} GROUP BY ?code";
    /** Countries listed when a code is unknown and nothing near it is: the most named ones. */
    private static final int LISTED = 12;

    private final Map<String, Country> byCode;

    private StoreCountries(Map<String, Country> byCode) {
        this.byCode = byCode;
    }

    /** The countries of the store's country graph, not yet counted (one small query). */
    public static StoreCountries known(GraphStore store) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        store.read(conn -> {
            try (var exec = conn.query(KNOWN)) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String code = row.getLiteral("code").getLexicalForm();
                    String alts = row.contains("alts") ? row.getLiteral("alts").getLexicalForm() : "";
                    byCode.put(code, new Country(code, text(row, "iso3"), row.contains("name") ? text(row, "name")
                            : code, alts.isEmpty() ? List.of() : List.of(alts.split("\\|")), -1));
                }
            }
            return null;
        });
        return new StoreCountries(byCode);
    }

    /** The same countries with how many of the store's articles name each (a pass over the country mentions). */
    public StoreCountries counted(GraphStore store) {
        Map<String, Long> articles = new LinkedHashMap<>();
        store.read(conn -> {
            try (var exec = conn.query(NAMED)) {
                exec.execSelect().forEachRemaining(row -> articles.put(row.getLiteral("code").getLexicalForm(),
                        row.getLiteral("articles").getLong()));
            }
            return null;
        });
        Map<String, Country> counted = new LinkedHashMap<>();
        byCode.forEach((code, c) -> counted.put(code, new Country(code, c.iso3(), c.name(), c.otherNames(),
                articles.getOrDefault(code, 0L))));
        return new StoreCountries(counted);
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The country of a code as a user typed it (any case, outer spaces). */
    public Optional<Country> byCode(String typed) {
        return Optional.ofNullable(byCode.get(typed.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The countries a user may have meant by something that is not a code: an alpha-3 code or a name ("PAK",
     * "pakistan", "UK"), else the names nearest to it ("Pakistn").
     */
    public List<Country> meant(String typed) {
        String t = typed.strip();
        List<Country> exact = byCode.values().stream().filter(c -> t.equalsIgnoreCase(c.iso3())
                || t.equalsIgnoreCase(c.name()) || c.otherNames().stream().anyMatch(t::equalsIgnoreCase)).toList();
        if (!exact.isEmpty() || t.length() <= 2)
            return exact;
        Map<String, Country> byName = new LinkedHashMap<>();
        for (Country c : byCode.values()) {
            byName.putIfAbsent(c.name(), c);
            c.otherNames().forEach(n -> byName.putIfAbsent(n, c));
        }
        List<Country> near = new ArrayList<>();
        for (String name : Suggestions.nearest(t, byName.keySet()))
            if (!near.contains(byName.get(name)))
                near.add(byName.get(name));
        return near;
    }

    /** The countries named in most articles, most first; only after {@link #counted}. */
    public List<Country> mostNamed(int limit) {
        return byCode.values().stream().filter(c -> c.articles() > 0)
                .sorted(Comparator.comparingLong(Country::articles).reversed().thenComparing(Country::code))
                .limit(limit).toList();
    }

    /** "PK Pakistan (3 articles), RU Russia (2), ..." for a message. */
    public static String list(Collection<Country> countries) {
        StringBuilder s = new StringBuilder();
        boolean first = true;
        for (Country c : countries) {
            s.append(first ? "" : ", ").append(c.code()).append(' ').append(c.name());
            if (c.articles() >= 0)
                s.append(" (").append(c.articles()).append(first ? (c.articles() == 1 ? " article)" : " articles)") : ")");
            first = false;
        }
        return s.toString();
    }

    /**
     * Checks a country parameter's value; {@link QueryParameterException} naming what was meant, or the countries
     * the store's articles name, when the store does not know it.
     */
    public void check(String parameter, String value, GraphStore store) {
        if (byCode(value).isPresent())
            return;
        String start = "parameter " + parameter + ": " + QueryParameter.shown(value) + " is not a country code";
        if (byCode.isEmpty())
            throw new QueryParameterException(start + " this store knows: it holds no countries yet (ingest "
                    + "articles first)");
        List<Country> meant = meant(value);
        if (!meant.isEmpty())
            throw new QueryParameterException(start + "; did you mean " + meant.stream().limit(3)
                    .map(Country::toString).collect(Collectors.joining(" or ")) + "?");
        List<Country> named = counted(store).mostNamed(LISTED);
        throw new QueryParameterException(start + " (ISO 3166-1 alpha-2, one of the " + byCode.size()
                + " the store knows)" + (named.isEmpty() ? "" : "; countries its articles name most: " + list(named)));
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode().getLiteralLexicalForm() : null;
    }
}
