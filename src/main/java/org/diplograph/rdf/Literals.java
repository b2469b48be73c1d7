package org.diplograph.rdf;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** Typed literals for the values extraction produces. */
public final class Literals {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Literals() {
    }

    public static Literal date(LocalDate date) {
        return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    /** A TIMEX value as xsd:date, xsd:gYearMonth or xsd:gYear by its precision; other values as plain strings. */
    public static Literal timex(String value) {
        if (DAY.matcher(value).matches())
            return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate);
        if (MONTH.matcher(value).matches())
            return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDgYearMonth);
        if (YEAR.matcher(value).matches())
            return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDgYear);
        return ResourceFactory.createStringLiteral(value);
    }
}
