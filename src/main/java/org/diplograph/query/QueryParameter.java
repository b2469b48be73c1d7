package org.diplograph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * A parameter a named query declares in its header ({@code # @param country country ISO 3166 alpha-2 code}).
 * Values become RDF terms of the declared type and are substituted for the variable {@code $name} in the parsed
 * query: they are never pasted into query text.
 */
public record QueryParameter(String name, Type type, String description) {
    /**
     * The declared types. {@code COUNTRY} is an ISO 3166-1 alpha-2 code, bound as a string in upper case; the
     * command line checks it against the codes the store knows ({@link StoreCountries}).
     */
    public enum Type { STRING, COUNTRY, IRI, DATE, INTEGER }

    private static final int MAX_SHOWN_CHARS = 80;

    /** The RDF term for a value given by a user; {@link QueryException} if it is not of the declared type. */
    public Node toNode(String value) {
        switch (type) {
            case IRI:
                try {
                    IRIs.checkEx(value);
                } catch (RuntimeException e) {
                    throw new QueryParameterException("parameter " + name + ": not an absolute IRI: " + shown(value));
                }
                return NodeFactory.createURI(value);
            case DATE:
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new QueryParameterException("parameter " + name + ": not a date (YYYY-MM-DD): " + shown(value));
                }
            case INTEGER:
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new QueryParameterException("parameter " + name + ": not an integer: " + shown(value));
                }
            case COUNTRY:
                return NodeFactory.createLiteralString(value.strip().toUpperCase(Locale.ROOT));
            default:
                return NodeFactory.createLiteralString(value);
        }
    }

    /** A user's value for a one-line message: quoted, line breaks and control characters escaped, cut when long. */
    public static String shown(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length() && i < MAX_SHOWN_CHARS; i++) {
            char c = value.charAt(i);
            if (c == '\n')
                s.append("\\n");
            else if (c == '\r')
                s.append("\\r");
            else if (Character.isISOControl(c))
                s.append(String.format("\\u%04x", (int) c));
            else
                s.append(c);
        }
        return s.append(value.length() > MAX_SHOWN_CHARS ? "...\"" : "\"").toString();
    }

    static Type parseType(String word) {
        try {
            return Type.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown parameter type '" + word + "' (string, country, iri, date, integer)");
        }
    }
}
