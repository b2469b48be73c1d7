package org.diplograph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query file with a header: the first comment line is {@code # name: what it answers}, and each
 * {@code # @param NAME TYPE description} line declares a parameter, bound to the variable {@code $_NAME}. The
 * underscore keeps parameters apart from the query's own variables ({@code $x} and {@code ?x} are one variable
 * in SPARQL). A line {@code # Table: ?date ?aName ...} names the columns a person reads ({@link #shown}; empty:
 * all), those of the table the command line prints; the others (IRIs, confidences) stay in CSV, TSV and JSON.
 * <p>
 * A line {@code #+NAME pattern} is a comment unless parameter NAME is bound; then it is part of the query. Such
 * lines hold a pattern that starts from the bound term (a country's code, say), so the store looks it up in an
 * index instead of scanning every meeting and filtering. The query's FILTERs stay, so the answer is the same
 * with or without them; only the work differs.
 */
public record NamedQuery(String name, String summary, List<QueryParameter> parameters, List<String> shown,
                         String text) {
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)\\s+(\\w+)\\s*(.*)$");
    private static final Pattern SHOWN = Pattern.compile("^#\\s*Table:\\s*(.*)$");
    private static final Pattern WHEN_BOUND = Pattern.compile("^(\\s*)#\\+(\\w+)\\s(.*)$", Pattern.MULTILINE);
    private static final Pattern TITLE = Pattern.compile("^#\\s*([\\w-]+)\\s*:\\s*(.*)$");

    public NamedQuery {
        parameters = List.copyOf(parameters);
        shown = List.copyOf(shown);
    }

    public static NamedQuery parse(String name, String text) {
        String summary = "";
        List<QueryParameter> params = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#"))
                break;
            Matcher s = SHOWN.matcher(line);
            if (s.matches()) {
                for (String variable : s.group(1).strip().split("\\s+"))
                    shown.add(variable.replaceFirst("^[?$]", ""));
                continue;
            }
            Matcher p = PARAM.matcher(line);
            if (p.matches()) {
                params.add(new QueryParameter(p.group(1), QueryParameter.parseType(p.group(2)), p.group(3).strip()));
                continue;
            }
            Matcher t = TITLE.matcher(line);
            if (summary.isEmpty() && t.matches())
                summary = t.group(2).strip();
        }
        return new NamedQuery(name, summary, params, shown, text);
    }

    private QueryParameterException unknownParameter(String key) {
        List<String> names = parameters.stream().map(QueryParameter::name).toList();
        if (names.isEmpty())
            return new QueryParameterException("query " + name + " has no parameter " + QueryParameter.shown(key)
                    + "; it takes none");
        String suggestion = Suggestions.didYouMean(Suggestions.nearest(key, names));
        return new QueryParameterException("query " + name + " has no parameter " + QueryParameter.shown(key) + "; "
                + (suggestion.isEmpty() ? "" : suggestion + " ") + "It takes: " + String.join(", ", names));
    }

    /** The parameter named {@code name}, if the query declares one. */
    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The variable a parameter binds: {@code _NAME}. */
    public static String variableOf(String parameter) {
        return "_" + parameter;
    }

    /** The parsed query as it runs with no parameter bound. */
    public Query query() {
        return query(Set.of());
    }

    /** The parsed query as it runs with the parameters {@code bound}: their {@code #+NAME} lines included. */
    public Query query(Set<String> bound) {
        try {
            return QueryFactory.create(textFor(bound));
        } catch (QueryParseException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            throw new QueryException("query " + name + " does not parse: " + first, e);
        }
    }

    /**
     * The query as it runs with {@code values}: the parsed query with the bound terms substituted (by the syntax
     * tree, not by pasting text), to show to a user or send to any SPARQL endpoint.
     */
    public String boundText(Map<String, String> values) {
        Map<Var, Node> vars = new LinkedHashMap<>();
        bind(values).forEach((key, node) -> vars.put(Var.alloc(variableOf(key)), node));
        return QueryTransformOps.transform(query(values.keySet()), vars).toString();
    }

    /** The query text with the {@code #+NAME} lines of the bound parameters made part of it. */
    String textFor(Set<String> bound) {
        return WHEN_BOUND.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                bound.contains(m.group(2)) ? m.group(1) + m.group(3) : m.group()));
    }

    /** Turns user-given values into RDF terms by the declared types; unknown names are an error. */
    public Map<String, Node> bind(Map<String, String> values) {
        Map<String, Node> bound = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            QueryParameter param = parameters.stream().filter(p -> p.name().equals(key)).findFirst()
                    .orElseThrow(() -> unknownParameter(key));
            bound.put(key, param.toNode(value));
        });
        return bound;
    }
}
