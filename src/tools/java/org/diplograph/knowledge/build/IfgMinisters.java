package org.diplograph.knowledge.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplograph.knowledge.CsvRecords;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;

/**
 * UK ministers since May 1979 from the Institute for Government's Ministers Database ({@code ifg-ministers/},
 * CC BY 4.0): each appointment of a person to a post, with the post's rank (PM, DPM, SoS, MoS, PUSS…) and
 * department. An appointment without an end date is ongoing (the data is current to June 2026). A person's names
 * over time ("Peter Mandelson", then "Lord Mandelson") are aliases of one another; "Lord X of Y" also gives
 * "Lord X". The same persons' seats in the Commons and the Lords ({@code representation.csv}) are terms of their
 * own ({@link OfficeKind#LEGISLATOR}): "Ken Clarke" of a 2005 article is an MP, no longer a minister.
 */
final class IfgMinisters {
    static final String SOURCE = "ifg";
    private static final List<String> FOREIGN_OFFICES = List.of("FCO", "FCDO");

    private IfgMinisters() {}

    static List<SourceRow> read(Path dir) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, String> surnames = new HashMap<>();
        for (Map<String, String> p : table(dir.resolve("person.csv"))) {
            List<String> forms = names.computeIfAbsent(p.get("id"), k -> new ArrayList<>());
            for (String n : List.of(p.get("name"), p.get("display_name"), p.get("normalized_name"))) {
                if (!n.isEmpty() && !forms.contains(n))
                    forms.add(n);
                String lord = n.replaceFirst("^((?:Lord|Baroness|Viscount|Earl|Lady) \\S+) of .*$", "$1");
                if (!lord.equals(n) && !forms.contains(lord))
                    forms.add(lord);
            }
            surnames.putIfAbsent(p.get("id"), p.get("short_name"));
        }
        Map<String, String> orgs = new HashMap<>();
        for (Map<String, String> o : table(dir.resolve("organisation.csv")))
            orgs.put(o.get("id"), o.get("short_name"));
        Map<String, Map<String, String>> posts = new HashMap<>();
        for (Map<String, String> p : table(dir.resolve("post.csv")))
            posts.put(p.get("id"), p);
        List<SourceRow> rows = new ArrayList<>();
        for (Map<String, String> a : table(dir.resolve("appointment.csv"))) {
            Map<String, String> post = posts.get(a.get("post_id"));
            List<String> forms = names.get(a.get("person_id"));
            if (post == null || forms == null)
                throw new IOException(dir.resolve("appointment.csv") + ": appointment " + a.get("id")
                        + " names an unknown person or post");
            Optional<OfficeKind> kind = kind(post.get("rank_equivalence"), post.get("name"),
                    orgs.getOrDefault(post.get("organisation_id"), ""));
            if (kind.isEmpty())
                continue;
            String name = primaryName(forms);
            List<String> aliases = forms.stream().filter(f -> !f.equals(name)).toList();
            String end = a.get("end_date");
            rows.add(new SourceRow(SOURCE, "appointment.csv#" + a.get("id"), a.get("person_id"), name,
                    surnames.get(a.get("person_id")), aliases, post.get("name"), kind.get(), "GB", null, null,
                    PartialDate.parse(a.get("start_date")), end.isEmpty() ? null : PartialDate.parse(end), false,
                    null));
        }
        for (Map<String, String> r : table(dir.resolve("representation.csv"))) {
            List<String> forms = names.get(r.get("person_id"));
            if (forms == null)
                throw new IOException(dir.resolve("representation.csv") + ": seat " + r.get("id")
                        + " names an unknown person");
            String office = switch (r.get("house")) {
                case "Commons" -> "Member of Parliament";
                case "Lords" -> "Member of the House of Lords";
                default -> throw new IOException(dir.resolve("representation.csv") + ": seat " + r.get("id")
                        + " in an unknown house \"" + r.get("house") + "\"");
            };
            String name = primaryName(forms);
            String end = r.get("end_date");
            rows.add(new SourceRow(SOURCE, "representation.csv#" + r.get("id"), r.get("person_id"), name,
                    surnames.get(r.get("person_id")), forms.stream().filter(f -> !f.equals(name)).toList(), office,
                    OfficeKind.LEGISLATOR, "GB", null, null, PartialDate.parse(r.get("start_date")),
                    end.isEmpty() ? null : PartialDate.parse(end), false, null));
        }
        return rows;
    }

    /** The name without a peerage first: "Peter Mandelson" names him in most news. */
    private static String primaryName(List<String> forms) {
        return forms.stream().filter(f -> !f.matches("^(Lord|Baroness|Viscount|Earl|Lady|Sir) .*"))
                .findFirst().orElse(forms.get(0));
    }

    /** The kind of a post by its rank and department; whips and other parliamentary posts are left out. */
    static Optional<OfficeKind> kind(String rank, String post, String organisation) {
        boolean foreign = FOREIGN_OFFICES.contains(organisation);
        return switch (rank) {
            case "PM" -> Optional.of(OfficeKind.HEAD_OF_GOVERNMENT);
            case "DPM" -> Optional.of(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT);
            case "SoS" -> Optional.of(foreign && post.contains("Foreign") ? OfficeKind.FOREIGN_MINISTER : OfficeKind.MINISTER);
            case "MoS", "PUSS" -> Optional.of(foreign ? OfficeKind.DEPUTY_FOREIGN_MINISTER : OfficeKind.DEPUTY_MINISTER);
            case "Parl. lead." -> Optional.of(OfficeKind.MINISTER);   // Leaders of the Houses, Chief Whips
            default -> Optional.empty();
        };
    }

    /** A CSV file with a header, as maps from column to value. */
    static List<Map<String, String>> table(Path file) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(in, file.toString());
            List<String> header = records.next();
            if (header == null)
                throw new IOException(file + ": empty");
            for (List<String> rec; (rec = records.next()) != null; ) {
                if (rec.size() != header.size())
                    throw new IOException(file + ", line " + records.recordLine() + ": expected " + header.size()
                            + " columns, found " + rec.size());
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++)
                    row.put(header.get(i), rec.get(i));
                out.add(row);
            }
        }
        return out;
    }
}
