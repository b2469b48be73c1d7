package org.diplograph.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The office-holder table format (docs/KNOWLEDGE.md): UTF-8 CSV (RFC 4180 quoting), lines starting with
 * {@code #} are comments, then the header {@link #HEADER}, then one row per person and office term. Strict on
 * purpose: a row that cannot be read stops the load with the file and line named, since a silently skipped row
 * would later show as a wrong link.
 */
public final class KnowledgeCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("person", "name", "surname", "aliases", "office", "kind",
            "country", "organization", "accredited_to", "start", "end", "source", "ref", "wikidata");
    public static final String HEADER = String.join(",", COLUMNS);

    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9]+(?:[-/][a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private KnowledgeCsv() {}

    /**
     * Reads a table. {@code file} names it in errors; {@code knownCountry} says whether an ISO code is one of the
     * country table's.
     */
    public static List<Holding> read(Reader in, String file, Predicate<String> knownCountry) {
        List<Holding> rows = new ArrayList<>();
        // The same texts recur row after row (a person's name, "Ambassador", the source): one copy of each.
        Map<String, String> texts = new HashMap<>(1 << 14);
        Map<String, PartialDate> dates = new HashMap<>(1 << 14);
        List<String> previous = null;
        CsvRecords records = new CsvRecords(new BufferedReader(in), file);
        boolean header = false;
        try {
            for (List<String> rec; (rec = records.next()) != null; ) {
                int line = records.recordLine();
                if (!header) {
                    if (!String.join(",", rec).equals(HEADER))
                        throw error(file, line, "expected the header line \"" + HEADER + "\"");
                    header = true;
                    continue;
                }
                // Person, name, surname and aliases repeat on consecutive rows (one person's rows are together),
                // the office, kind, places and source all over the table.
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    if (v.isEmpty())
                        rec.set(i, "");
                    else if (i <= 3 && previous != null && i < previous.size() && v.equals(previous.get(i)))
                        rec.set(i, previous.get(i));
                    else if (i >= 4 && i <= 11)
                        rec.set(i, texts.computeIfAbsent(v, k -> k));
                }
                rows.add(row(rec, file, line, knownCountry, dates));
                previous = rec;
            }
        } catch (IOException e) {
            throw new KnowledgeException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!header)
            throw new KnowledgeException(file + ": no header line \"" + HEADER + "\"");
        return rows;
    }

    private static Holding row(List<String> f, String file, int line, Predicate<String> knownCountry,
                               Map<String, PartialDate> dates) {
        if (f.size() != COLUMNS.size())
            throw error(file, line, "expected " + COLUMNS.size() + " columns, found " + f.size());
        for (int i = 0; i < f.size(); i++) {
            if (!f.get(i).equals(f.get(i).strip()))
                throw error(file, line, "spaces around the " + COLUMNS.get(i) + " \"" + f.get(i) + "\"");
        }
        String name = f.get(1);
        if (name.isEmpty())
            throw error(file, line, "empty name");
        OfficeKind kind = OfficeKind.ofToken(f.get(5)).orElseThrow(() -> error(file, line,
                "bad kind \"" + f.get(5) + "\" (one of: " + OfficeKind.tokens() + ")"));
        String country = emptyToNull(f.get(6));
        String organization = emptyToNull(f.get(7));
        if ((country == null) == (organization == null))
            throw error(file, line, "give either a country or an organization");
        if (country != null && !(ISO2.matcher(country).matches() && knownCountry.test(country)))
            throw error(file, line, "unknown country code \"" + country + "\" (ISO 3166-1 alpha-2, upper case)");
        String to = emptyToNull(f.get(8));
        PartialDate start = date(f.get(9), "start", file, line, dates);
        PartialDate end = date(f.get(10), "end", file, line, dates);
        if (start != null && end != null && end.last().isBefore(start.first()))
            throw error(file, line, "end " + end + " before start " + start);
        String source = f.get(11);
        if (source.isEmpty())
            throw error(file, line, "empty source");
        String qid = emptyToNull(f.get(13));
        if (qid != null && !QID.matcher(qid).matches())
            throw error(file, line, "bad Wikidata item \"" + qid + "\"");
        String id = f.get(0);
        if (id.isEmpty())
            id = PersonNames.personId(country != null ? country : organization, name);
        else if (!PERSON_ID.matcher(id).matches())
            throw error(file, line, "bad person identifier \"" + id + "\" (lower-case letters, digits, - and /)");
        if (name.chars().noneMatch(Character::isLetterOrDigit))
            throw error(file, line, "a name needs a letter or a digit: \"" + name + "\"");
        List<String> aliases = f.get(3).isEmpty() ? List.of() : Arrays.asList(f.get(3).split("\\|", -1));
        for (String a : aliases) {
            if (a.isBlank() || !a.equals(a.strip()))
                throw error(file, line, "empty alias, or one with spaces around it, in \"" + f.get(3) + "\"");
        }
        return new Holding(id, name, emptyToNull(f.get(2)), aliases, f.get(4), kind, country, organization, to,
                start, end, source, emptyToNull(f.get(12)), qid);
    }

    private static PartialDate date(String text, String column, String file, int line, Map<String, PartialDate> seen) {
        if (text.isEmpty())
            return null;
        PartialDate known = seen.get(text);
        if (known != null)
            return known;
        try {
            PartialDate d = PartialDate.parse(text);
            seen.put(text, d);
            return d;
        } catch (IllegalArgumentException e) {
            throw error(file, line, column + ": " + e.getMessage());
        }
    }

    /** Writes the header and the rows. */
    public static void write(Writer out, List<Holding> rows) {
        write(out, List.of(), rows);
    }

    /** Writes comment lines (each given a leading {@code # }), the header and the rows. */
    public static void write(Writer out, List<String> comments, List<Holding> rows) {
        try {
            for (String c : comments)
                out.write("# " + c + "\n");
            out.write(HEADER);
            out.write('\n');
            for (Holding h : rows) {
                List<String> f = List.of(h.personId(), h.name(), orEmpty(h.surname()), String.join("|", h.aliases()),
                        orEmpty(h.office()), h.kind().token(), orEmpty(h.country()), orEmpty(h.organization()),
                        orEmpty(h.accreditedTo()), h.start() == null ? "" : h.start().text(),
                        h.end() == null ? "" : h.end().text(), h.source(), orEmpty(h.ref()), orEmpty(h.wikidata()));
                for (int i = 0; i < f.size(); i++) {
                    if (i > 0)
                        out.write(',');
                    out.write(quote(f.get(i)));
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0
                && !v.startsWith("#"))
            return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static KnowledgeException error(String file, int line, String message) {
        return new KnowledgeException(file + ", line " + line + ": " + message);
    }
}
