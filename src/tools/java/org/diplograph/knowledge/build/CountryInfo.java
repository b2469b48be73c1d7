package org.diplograph.knowledge.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;

/**
 * Terms from CountryInfo.txt (Philip A. Schrodt, CC BY-SA 3.0; kept in a table of their own so that the licence
 * binds only it): the {@code <Leaders>} of each country under the office's heading ({@code <Prime ministers>},
 * from rulers.org, about 1960-2009) and the {@code <Government>} lines (CIA World Leaders, January 2003 to
 * February 2011), whose comment lists the titles of the person's codes in the order of the codes ("# Secretary
 * of State for Foreign and Commonwealth Affairs & Secretary of State for Justice"). {@code [>date]} means in
 * office at the file's last update (2011 for both blocks, a soft end); {@code [<date]} in office in January 2003,
 * the first edition used, from which the term is vouched.
 */
final class CountryInfo {
    static final String SOURCE = "countryinfo";
    private static final PartialDate AS_OF = PartialDate.ofMonth(2011, 2);
    /** The first CIA World Leaders edition of the Government blocks: "[&lt;date]" terms are vouched from it. */
    private static final PartialDate FIRST_EDITION = PartialDate.ofMonth(2003, 1);
    private static final Pattern COUNTRY = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL);
    private static final Pattern ISO3 = Pattern.compile("<CountryCode>\\s*([A-Z]{3})\\s*</CountryCode>");
    private static final Pattern BLOCK = Pattern.compile("<(Leaders|Government)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^\\s*<([^/>][^>]*)>\\s*$");
    private static final Pattern RANGE = Pattern.compile("\\[([A-Z]{3}[A-Z]*\\s+)?([<>]?)(\\d{8})(?:\\s*-\\s*(\\d{8}))?\\]");
    private static final Pattern NAMES = Pattern.compile("\\{([^}]*)\\}");

    private CountryInfo() {}

    static List<SourceRow> read(Path file, CountryTable table) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        List<SourceRow> rows = new ArrayList<>();
        Matcher c = COUNTRY.matcher(text);
        while (c.find()) {
            // The country code, not the alpha-2 tag: a few tags are wrong (Guinea's says PG).
            Matcher iso = ISO3.matcher(c.group(1));
            if (!iso.find() || table.byIso3(iso.group(1)).isEmpty())
                continue;
            String code = table.byIso3(iso.group(1)).orElseThrow().iso2();
            String iso3 = iso.group(1);
            Matcher b = BLOCK.matcher(c.group(1));
            while (b.find()) {
                if (b.group(1).equals("Leaders"))
                    leaders(b.group(2), code, rows);
                else
                    government(b.group(2), code, iso3, rows);
            }
        }
        return rows;
    }

    private static void leaders(String block, String country, List<SourceRow> rows) {
        Optional<OfficeKind> kind = Optional.empty();
        String office = null;
        for (String line : block.split("\n")) {
            if (line.strip().startsWith("#") || line.isBlank())
                continue;
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                office = singular(h.group(1));
                kind = Titles.kind(office, Titles.Context.ANY, false, country)
                        .filter(k -> k == OfficeKind.HEAD_OF_STATE || k == OfficeKind.HEAD_OF_GOVERNMENT
                                || k == OfficeKind.DEPUTY_HEAD_OF_STATE || k == OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT);
                continue;
            }
            if (line.strip().startsWith("</") || kind.isEmpty())
                continue;
            person(line, country, null, null, kind.get(), office, rows);
        }
    }

    private static void government(String block, String country, String iso3, List<SourceRow> rows) {
        for (String line : block.split("\n")) {
            if (line.strip().startsWith("#") || line.isBlank())
                continue;
            int hash = line.indexOf('#');
            String comment = hash < 0 ? "" : line.substring(hash + 1).strip();
            List<String> titles = comment.isEmpty() ? List.of()
                    : Arrays.stream(comment.split("\\s*&\\s*")).map(String::strip).toList();
            person(hash < 0 ? line : line.substring(0, hash), country, iso3, titles, null, null, rows);
        }
    }

    /** One line: the name (or {A}{B} synonyms), then its ranges; the title from the heading or from the comment. */
    private static void person(String line, String country, String iso3, List<String> titles, OfficeKind headingKind,
                               String heading, List<SourceRow> rows) {
        int bracket = line.indexOf('[');
        if (bracket < 0)
            return;
        String names = line.substring(0, bracket).strip();
        List<String> forms = new ArrayList<>();
        Matcher n = NAMES.matcher(names);
        while (n.find())
            forms.add(n.group(1));
        if (forms.isEmpty())
            forms.add(names);
        Optional<ParsedName> name = CameoNames.name(forms.get(0));
        if (name.isEmpty())
            return;
        List<String> aliases = forms.stream().skip(1).map(CameoNames::name).flatMap(Optional::stream)
                .map(ParsedName::name).filter(s -> !s.equals(name.get().name())).distinct().toList();
        List<String[]> ranges = new ArrayList<>();
        Matcher r = RANGE.matcher(line.substring(bracket));
        while (r.find())
            ranges.add(new String[] {r.group(1) == null ? "" : r.group(1).strip(), r.group(2), r.group(3), r.group(4)});
        // Government comments list the titles in the order of the codes as sorted (GBRGOV before GBRGOVHLH).
        if (titles != null)
            ranges.sort(Comparator.comparing(x -> x[0]));
        for (int i = 0; i < ranges.size(); i++) {
            String[] x = ranges.get(i);
            // A code of another country's government in a country's block is left out: whose office it is is unclear.
            if (iso3 != null && !x[0].isEmpty() && !x[0].startsWith(iso3))
                continue;
            OfficeKind kind = headingKind;
            String office = heading;
            if (titles != null) {
                String title = titles.size() == ranges.size() ? titles.get(i) : titles.size() == 1 ? titles.get(0) : null;
                if (title == null)
                    continue;
                Optional<OfficeKind> k = Titles.kind(title, Titles.Context.ANY, false, country);
                if (k.isEmpty())
                    continue;
                kind = k.get();
                office = title;
            }
            PartialDate start = null;
            PartialDate end = null;
            boolean soft = false;
            Optional<PartialDate> d = CameoNames.date(x[2]);
            if (d.isEmpty())
                continue;
            switch (x[1]) {
                case ">" -> { start = d.get(); end = AS_OF; soft = true; }
                case "<" -> { start = FIRST_EDITION; end = d.get(); }   // in office at the first edition used
                default -> {
                    start = d.get();
                    end = x[3] == null ? null : CameoNames.date(x[3]).orElse(null);
                    if (end == null)
                        continue;
                }
            }
            if (end.last().isBefore(start.first()) || end.last().isBefore(Pocom.FROM) && !soft)
                continue;
            rows.add(new SourceRow(SOURCE, "CountryInfo.120116.txt " + country + " " + (titles == null ? "Leaders"
                    : "Government"), null, name.get().name(), null, aliases, office, kind, country, null, null, start,
                    end, soft, null));
        }
    }

    /** A heading as one office: "Prime ministers" → "Prime minister", "Kings/QUEENS" → "King / Queen". */
    static String singular(String heading) {
        String h = heading.replace("'S_", "'s ").replace('_', ' ').replace("/", " / ").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (String w : h.split("\\s+")) {
            String s = w.equals("chairmen") ? "chairman" : w.endsWith("s") && !w.endsWith("ss") && w.length() > 3
                    ? w.substring(0, w.length() - 1) : w;
            b.append(b.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : " " + s);
        }
        return b.toString();
    }
}
