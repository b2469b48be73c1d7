package org.diplograph.knowledge.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;

/**
 * Date-bounded roles from the PETRARCH2 Phoenix actor dictionaries ({@code Phoenix.Countries.actors.txt},
 * {@code Phoenix.International.actors.txt}; MIT): a person headword, its {@code +} aliases and CAMEO codes such as
 * {@code [RUSGOV >20040309]}. Only dated government codes of a country ({@code GOV}, {@code GOVxxx}) and dated codes
 * of the intergovernmental bodies below are read; the codes give the country or body and the dates, seldom the
 * office, so a role is a {@link OfficeKind#GOVERNMENT_MEMBER} (or an {@link OfficeKind#OFFICIAL} of a body) unless
 * its comment names the office ("# Prime Minister"). The heads of bodies listed from "IGOrulers.txt" are heads,
 * except NATO's list, which mixes secretaries general and their deputies. A role open at the end ({@code >date})
 * is vouched to 2014, when the files were generated, as a soft end.
 */
final class Phoenix {
    static final String SOURCE = "phoenix";
    private static final PartialDate AS_OF = PartialDate.ofYear(2014);
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3}[A-Z]*)\\s*([<>]?\\d*)\\s*(?:-\\s*(\\d+))?\\s*\\]");
    /** CAMEO codes of intergovernmental bodies, longest first, and their names as in data/organizations.tsv. */
    private static final Map<String, String> BODIES = new java.util.LinkedHashMap<>();
    static {
        BODIES.put("IGOUNODEVWBK", "World Bank");
        BODIES.put("IGOUNOHLHWHO", "World Health Organization");
        BODIES.put("IGOUNOIAE", "International Atomic Energy Agency");
        BODIES.put("IGOUNOKID", "UNICEF");
        BODIES.put("IGOUNOREFHCR", "United Nations High Commissioner for Refugees");
        BODIES.put("IGOBUSIMF", "International Monetary Fund");
        BODIES.put("IGOWSTNAT", "North Atlantic Treaty Organization");
        BODIES.put("IGOUNO", "United Nations");
    }

    private Phoenix() {}

    static List<SourceRow> read(Path countries, Path international, CountryTable table) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        rows.addAll(read(countries, table, false));
        rows.addAll(read(international, table, true));
        return rows;
    }

    private static List<SourceRow> read(Path file, CountryTable table, boolean bodies) throws IOException {
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n"));
        List<SourceRow> rows = new ArrayList<>();
        String head = null;
        int headLine = 0;
        List<String> aliases = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();   // code, from, to, comment
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n).replaceAll("[\\p{Cntrl}&&[^\\t]]", "") : "END";
            boolean entry = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '+'
                    && line.charAt(0) != '#';
            if (entry || n == lines.size()) {
                if (head != null)
                    entry(file, headLine, head, aliases, codes, table, bodies, rows);
                int cut = line.indexOf('[');
                int hash = line.indexOf('#');
                int end = cut < 0 ? (hash < 0 ? line.length() : hash) : cut;
                head = line.substring(0, end).strip().split("\\s+")[0];
                headLine = n + 1;
                aliases = new ArrayList<>();
                codes = new ArrayList<>();
                codes(line, codes);
            } else if (line.startsWith("+")) {
                int hash = line.indexOf('#');
                aliases.add(line.substring(1, hash < 0 ? line.length() : hash).strip());
                codes(line, codes);
            } else if (!line.startsWith("#")) {
                codes(line, codes);
            }
        }
        return rows;
    }

    private static void codes(String line, List<String[]> out) {
        int hash = line.indexOf('#');
        String comment = hash < 0 ? "" : line.substring(hash + 1).replaceAll("#.*", "").strip();
        Matcher m = CODE.matcher(hash < 0 ? line : line.substring(0, hash));
        while (m.find())
            out.add(new String[] {m.group(1), m.group(2), m.group(3), comment, line});
    }

    private static void entry(Path file, int line, String head, List<String> aliasForms, List<String[]> codes,
                              CountryTable table, boolean bodies, List<SourceRow> rows) {
        Optional<ParsedName> name = CameoNames.name(head);
        if (name.isEmpty())
            return;
        List<String> aliases = new ArrayList<>();
        for (String a : aliasForms)
            CameoNames.name(a).map(ParsedName::name).filter(s -> !s.equals(name.get().name()) && !aliases.contains(s))
                    .ifPresent(aliases::add);
        boolean rulers = codes.stream().anyMatch(c -> c[4].contains("IGOrulers"));
        for (String[] c : codes) {
            String code = c[0];
            String from = c[1] == null ? "" : c[1];
            if (from.isEmpty() && c[2] == null)
                continue;   // undated: no term
            PartialDate start = null;
            PartialDate end = null;
            boolean soft = false;
            if (from.startsWith(">")) {
                start = CameoNames.date(from.substring(1)).orElse(null);
                end = AS_OF;
                soft = true;
                if (start == null)
                    continue;
            } else if (from.startsWith("<")) {
                // In office until then, since when unknown: vouched for that date only.
                end = CameoNames.date(from.substring(1)).orElse(null);
                if (end == null)
                    continue;
                start = end;
            } else {
                start = CameoNames.date(from).orElse(null);
                end = c[2] == null ? null : CameoNames.date(c[2]).orElse(null);
                if (start == null || end == null)
                    continue;
            }
            if (start != null && end != null && end.last().isBefore(start.first()))
                continue;
            if (end != null && end.last().isBefore(Pocom.FROM) && !soft)
                continue;
            String comment = c[3];
            String ref = file.getFileName() + ":" + line + " " + code;
            if (code.startsWith("IGO")) {
                if (!bodies)
                    continue;
                String body = BODIES.entrySet().stream().filter(e -> code.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
                if (body == null)
                    continue;
                OfficeKind kind = rulers && !code.equals("IGOWSTNAT") && !c[4].contains("CoEU")
                        ? OfficeKind.HEAD_OF_ORGANIZATION : OfficeKind.OFFICIAL;
                rows.add(new SourceRow(SOURCE, ref, file.getFileName() + ":" + head, name.get().name(), null, aliases,
                        kind == OfficeKind.HEAD_OF_ORGANIZATION ? "Head" : "Official", kind, null, body, null, start,
                        end, soft, null));
                continue;
            }
            Optional<Country> country = table.byIso3(code.substring(0, 3));
            if (country.isEmpty() || !code.startsWith("GOV", 3))
                continue;
            // Only a bare title in the comment names the office ("# Foreign Minister"); longer comments are notes,
            // and name offices of regions too ("# Prime Minister of Lower Saxony").
            OfficeKind kind = comment.isEmpty() || comment.split("\\s+").length > 3 ? OfficeKind.GOVERNMENT_MEMBER
                    : Titles.kind(comment, Titles.Context.ANY, false, country.get().iso2()).orElse(OfficeKind.GOVERNMENT_MEMBER);
            String office = kind == OfficeKind.GOVERNMENT_MEMBER ? "Member of the government" : comment;
            rows.add(new SourceRow(SOURCE, ref, file.getFileName() + ":" + head, name.get().name(), null, aliases,
                    office, kind, country.get().iso2(), null, null, start, end, soft, null));
        }
    }
}
