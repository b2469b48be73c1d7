package org.diplograph.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.diplograph.rdf.Prefixes;

/**
 * A query's answer as a table for a person in a terminal: the columns the query names for people ({@code # Table:}
 * in its header), each value as a person writes it (2018-04, not {@code "2018-04"^^xsd:gYearMonth}; 0.65, not
 * {@code 0.65e0}; {@code dgr:person/us/marco-rubio}, not the full IRI; a file path relative to the working
 * folder), the columns fitted to a width by wrapping the widest, and a line with the row count. CSV, TSV and JSON
 * keep every column and every term as it is; so does this table with {@code full}, less the width.
 */
public final class ReadableTable {
    private static final String GAP = "  ";
    /**
     * A column is not narrowed below its header, its longest word (a date, a code; up to {@value #MAX_WORD}) or
     * {@value #MIN_WIDTH}, whichever is widest, unless it is narrower itself.
     */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WORD = 16;
    private static final int MAX_LINES = 4;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String ELLIPSIS = Charset.defaultCharset().newEncoder().canEncode('…') ? "…" : "~";
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private ReadableTable() {
    }

    /**
     * @param shown the columns to show, in order (empty: all); ignored with {@code full}
     * @param width the width to fit, in characters (0: any)
     * @param full  every column, every value whole, at any width
     */
    public static String render(ResultSetRewindable rows, List<String> shown, int width, boolean full) {
        List<String> all = rows.getResultVars();
        List<String> columns = new ArrayList<>(full || shown.isEmpty() ? all
                : shown.stream().filter(all::contains).toList());
        List<String[]> cells = new ArrayList<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            cells.add(columns.stream().map(c -> text(row.get(c))).toArray(String[]::new));
        }
        int n = columns.size();
        int[] widths = new int[n], floors = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = length(columns.get(i));
            floors[i] = Math.max(widths[i], MIN_WIDTH);
            numeric[i] = !cells.isEmpty();
            for (String[] row : cells) {
                widths[i] = Math.max(widths[i], length(row[i]));
                for (String word : SPACE.split(row[i]))
                    floors[i] = Math.max(floors[i], Math.min(length(word), MAX_WORD));
                numeric[i] &= row[i].isEmpty() || NUMBER.matcher(row[i]).matches();
            }
            floors[i] = Math.min(floors[i], widths[i]);
        }
        int kept = full || width <= 0 ? n : fit(widths, floors, width);

        StringBuilder out = new StringBuilder();
        if (!cells.isEmpty()) {
            line(out, columns.toArray(String[]::new), widths, new boolean[n], kept);
            String[] rules = new String[n];
            for (int i = 0; i < n; i++)
                rules[i] = "-".repeat(widths[i]);
            line(out, rules, widths, new boolean[n], kept);
            List<List<String[]>> wrapped = new ArrayList<>();
            boolean tall = false;
            for (String[] row : cells) {
                List<String[]> lines = wrap(row, widths, kept);
                tall |= lines.size() > 1;
                wrapped.add(lines);
            }
            for (int r = 0; r < wrapped.size(); r++) {
                if (tall && r > 0)
                    out.append('\n');
                for (String[] l : wrapped.get(r))
                    line(out, l, widths, numeric, kept);
            }
        }
        out.append(cells.size() == 1 ? "1 row" : cells.size() + " rows");
        List<String> left = new ArrayList<>(all);
        left.removeAll(columns.subList(0, kept));
        if (!cells.isEmpty() && !left.isEmpty())
            out.append("; not shown: ").append(String.join(", ", left)).append(" (--full, or --format csv|tsv|json)");
        return out.append('\n').toString();
    }

    /**
     * Narrows the columns wider than their floor, each by its share of the excess (so that long text keeps more
     * room than a long name), until the table fits; returns how many columns fit even so (the rest are left out).
     */
    private static int fit(int[] widths, int[] floor, int width) {
        int n = widths.length;
        if (total(widths, n) <= width)
            return n;
        long excess = 0;
        for (int i = 0; i < n; i++)
            excess += widths[i] - floor[i];
        long room = Math.max(0, width - total(floor, n));
        int[] fitted = new int[n];
        for (int i = 0; i < n; i++)
            fitted[i] = floor[i] + (int) (excess == 0 ? 0 : (widths[i] - floor[i]) * room / excess);
        // What rounding down left over goes to the columns still narrower than their content, widest first.
        for (long left = width - total(fitted, n); left > 0; left--) {
            int widest = -1;
            for (int i = 0; i < n; i++)
                if (fitted[i] < widths[i] && (widest < 0 || widths[i] - fitted[i] > widths[widest] - fitted[widest]))
                    widest = i;
            if (widest < 0)
                break;
            fitted[widest]++;
        }
        System.arraycopy(fitted, 0, widths, 0, n);
        int kept = n;
        while (kept > 1 && total(widths, kept) > width)
            kept--;
        return kept;
    }

    private static int total(int[] widths, int columns) {
        int sum = GAP.length() * (columns - 1);
        for (int i = 0; i < columns; i++)
            sum += widths[i];
        return sum;
    }

    private static void line(StringBuilder out, String[] cells, int[] widths, boolean[] right, int kept) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < kept; i++) {
            String pad = " ".repeat(Math.max(0, widths[i] - length(cells[i])));
            line.append(i == 0 ? "" : GAP).append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** A row as lines: each cell wider than its column broken at spaces or slashes, at most {@value #MAX_LINES}. */
    private static List<String[]> wrap(String[] row, int[] widths, int kept) {
        List<List<String>> columns = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < kept; i++) {
            List<String> parts = wrap(row[i], widths[i]);
            columns.add(parts);
            height = Math.max(height, parts.size());
        }
        List<String[]> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            String[] line = new String[widths.length];
            for (int i = 0; i < widths.length; i++)
                line[i] = i < kept && l < columns.get(i).size() ? columns.get(i).get(l) : "";
            lines.add(line);
        }
        return lines;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (length(rest) > width && lines.size() < MAX_LINES - 1) {
            int cut = breakBefore(rest, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (length(rest) > width)
            rest = rest.substring(0, rest.offsetByCodePoints(0, width - 1)) + ELLIPSIS;
        lines.add(rest);
        return lines;
    }

    /** Where to break {@code text} to fit {@code width}: after the last space or slash that fits, else at the width. */
    private static int breakBefore(String text, int width) {
        int limit = text.offsetByCodePoints(0, width);
        for (int i = limit; i > width / 3; i--) {
            char c = text.charAt(i - 1);
            if (c == ' ' || c == '/')
                return i;
        }
        return limit;
    }

    /** A term as a person writes it. */
    public static String text(RDFNode node) {
        if (node == null)
            return "";
        if (node.isAnon())
            return "_:" + node.asResource().getId().getLabelString();
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            if (uri.startsWith("file:"))
                return path(uri.replaceFirst("^file:(//)?", ""));
            return PREFIXES.shortForm(uri);
        }
        Literal literal = node.asLiteral();
        String lexical = SPACE.matcher(literal.getLexicalForm()).replaceAll(" ").strip();
        String type = literal.getDatatypeURI();
        if (XSDDatatype.XSDdecimal.getURI().equals(type) || XSDDatatype.XSDdouble.getURI().equals(type)
                || XSDDatatype.XSDfloat.getURI().equals(type)) {
            try {
                BigDecimal number = new BigDecimal(lexical).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            } catch (NumberFormatException e) {
                return lexical; // NaN, INF
            }
        }
        return lexical.startsWith("/") ? path(lexical) : lexical;
    }

    /** An absolute path inside the working folder, relative to it: what a person would type. */
    private static String path(String path) {
        try {
            Path p = Path.of(path);
            Path here = Path.of("").toAbsolutePath();
            return p.isAbsolute() && p.startsWith(here) ? here.relativize(p).toString() : path;
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
