package org.diplograph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the tab-separated country table: {@code #} comment lines, then the header line {@link #HEADER}, then one
 * row per country. List columns separate their items with {@code |} and may be empty. Strict on purpose: the table
 * is edited by hand, and a stray space or a text given to two countries would silently mislead the matcher.
 */
final class CountryTableParser {
    static final String HEADER = "iso2\tiso3\twikidata\tname\taliases\tdemonyms\tcapitals";

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    // Where each key was first seen, so that a duplicate can name both lines.
    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<String, Integer> texts = new HashMap<>();
    private final List<Country> countries = new ArrayList<>();

    private CountryTableParser() {}

    static List<Country> parse(Reader in) {
        try {
            return new CountryTableParser().read(new BufferedReader(in));
        } catch (IOException e) {
            throw new GazetteerException("Cannot read the country table: " + e.getMessage(), e);
        }
    }

    private List<Country> read(BufferedReader in) throws IOException {
        boolean header = false;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF"))
                line = line.substring(1);
            if (!header) {
                if (line.startsWith("#") || line.isBlank())
                    continue;
                if (!line.equals(HEADER))
                    throw error(lineNo, "expected the header line \"" + HEADER.replace("\t", "\\t") + "\"");
                header = true;
            } else if (!line.isEmpty()) {
                row(line, lineNo);
            }
        }
        if (!header)
            throw new GazetteerException("Country table has no header line");
        return countries;
    }

    private void row(String line, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 7)
            throw error(lineNo, "expected 7 tab-separated columns, found " + f.length);
        String iso2 = code(f[0], ISO2, "ISO 3166-1 alpha-2 code", lineNo);
        String iso3 = code(f[1], ISO3, "ISO 3166-1 alpha-3 code", lineNo);
        String qid = f[2].isEmpty() ? null : code(f[2], QID, "Wikidata item", lineNo);
        Country c = new Country(iso2, iso3, qid, text(f[3], "name", lineNo), list(f[4], "alias", lineNo),
                list(f[5], "demonym", lineNo), list(f[6], "capital", lineNo));
        for (SurfaceForm sf : SurfaceForm.of(c))
            unique(texts, sf.text(), "text \"" + sf.text() + "\"", lineNo);
        countries.add(c);
    }

    private String code(String value, Pattern syntax, String what, int lineNo) {
        if (!syntax.matcher(value).matches())
            throw error(lineNo, "bad " + what + " \"" + value + "\"");
        // Codes of the three kinds cannot collide: they differ in length or in their leading Q.
        unique(codes, value, what + " " + value, lineNo);
        return value;
    }

    private static List<String> list(String value, String what, int lineNo) {
        if (value.isEmpty())
            return List.of();
        return Arrays.stream(value.split("\\|", -1)).map(t -> text(t, what, lineNo)).toList();
    }

    private static String text(String value, String what, int lineNo) {
        if (value.isEmpty() || !value.equals(value.strip()))
            throw error(lineNo, "empty " + what + ", or one with spaces around it: \"" + value + "\"");
        return value;
    }

    private static void unique(Map<String, Integer> seen, String key, String what, int lineNo) {
        Integer first = seen.putIfAbsent(key, lineNo);
        if (first != null)
            throw error(lineNo, what + " already given on line " + first);
    }

    private static GazetteerException error(int lineNo, String message) {
        return new GazetteerException("Country table: " + message + " [line " + lineNo + "]");
    }
}
