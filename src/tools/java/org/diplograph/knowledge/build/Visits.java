package org.diplograph.knowledge.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;
import org.diplograph.knowledge.PersonNames;
import org.w3c.dom.Element;

/**
 * Offices attested by the Office of the Historian's "Visits by Foreign Leaders" ({@code visits/data/*.xml}): the
 * visitor's title and name on the dates of a visit to the US ("Prime Minister Tony Blair", united-kingdom,
 * 1998-02-04). The visits of one person under one title make one term from the first visit to the last, split
 * where another person of the same single-holder office visited in between. The dates are what the visits
 * attest, not the whole term; visits before 1992 from "russia" (the Soviet Union) are left out.
 */
final class Visits {
    static final String SOURCE = "visits";
    private static final LocalDate FROM = LocalDate.of(1945, 1, 1);
    /** Lower-case words a title may contain ("Chairman of the Presidency"). */
    private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "and", "for", "de", "del");
    private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "premier", "chancellor",
            "king", "queen", "emir", "amir", "sultan", "emperor", "empress", "pope", "chairman", "chairwoman", "crown",
            "prince", "princess", "grand", "duke", "duchess", "interim", "acting", "provisional", "transitional",
            "federal", "first", "vice", "deputy", "supreme", "leader", "presidency", "council", "ministers", "state",
            "government", "governor", "general", "governor-general", "co-prince", "captain", "regent", "regents",
            "head", "foreign", "secretary", "secretary-general", "taoiseach", "his", "her", "majesty", "highness",
            "royal", "executive", "affairs", "presidential", "commission", "national", "sovereign",
            "premier-elect", "president-elect", "chancellor-elect", "prime-minister", "president-", "elect", "-elect",
            "designate", "shaikh", "sheikh", "sheik", "field", "marshal", "general,", "gen.", "lt.", "colonel",
            "chief", "administrator", "mayor", "archbishop", "bishop", "cardinal", "dr.", "mr.", "mrs.");

    private Visits() {}

    private record Visit(String country, OfficeKind kind, String title, String name, LocalDate start, LocalDate end,
                         String id) {}

    static List<SourceRow> read(Path dir, Territories territories) throws IOException {
        List<Visit> visits = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                Element root;
                try {
                    var factory = DocumentBuilderFactory.newInstance();
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    root = factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement();
                } catch (Exception e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
                for (Element v : Pocom.children(root, "visit")) {
                    Element from = Pocom.child(v, "from");
                    String slug = from == null ? "" : from.getAttribute("id");
                    String start = Pocom.text(v, "start-date");
                    if (!start.matches("\\d{4}-\\d{2}-\\d{2}"))
                        continue;
                    LocalDate day = LocalDate.parse(start);
                    String endText = Pocom.text(v, "end-date");
                    LocalDate end = endText.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(endText) : day;
                    if (day.isBefore(FROM) || slug.equals("russia") && day.isBefore(LocalDate.of(1992, 1, 1)))
                        continue;
                    Optional<String> country = territories.iso2(slug);
                    if (country.isEmpty())
                        continue;
                    String[] split = split(Pocom.text(v, "visitor"));
                    if (split == null)
                        continue;
                    Optional<OfficeKind> kind = Titles.kind(split[0], Titles.Context.ANY, false, country.get());
                    if (kind.isEmpty() || PersonNames.tokens(split[1]).size() < 1)
                        continue;
                    visits.add(new Visit(country.get(), kind.get(), split[0], split[1], day, end.isBefore(day) ? day : end,
                            f.getFileName() + "#" + Pocom.text(v, "id")));
                }
            }
        }
        return terms(visits);
    }

    /** "Prime Minister Tony Blair" as title and name; null when no title leads. */
    static String[] split(String visitor) {
        String[] words = visitor.strip().split("\\s+");
        int i = 0;
        while (i < words.length - 1 && (TITLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                || i > 0 && TITLE_JOINERS.contains(words[i]) && i + 1 < words.length
                && TITLE_WORDS.contains(words[i + 1].toLowerCase(Locale.ROOT))))
            i++;
        // Courtesies after the title are no part of the name: "Amir Sheikh Hamad".
        if (i == 0)
            return null;
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return new String[] {title, name};
    }

    private static List<SourceRow> terms(List<Visit> visits) {
        visits.sort(Comparator.comparing(Visit::start));
        Map<String, List<List<Visit>>> byPerson = new LinkedHashMap<>();
        Map<String, String> lastInOffice = new LinkedHashMap<>();
        for (Visit v : visits) {
            String office = v.kind().token() + "|" + v.country();
            String person = office + "|" + PersonNames.key(v.name());
            List<List<Visit>> runs = byPerson.computeIfAbsent(person, k -> new ArrayList<>());
            // A term ends when another person visits in the same single-holder office, or after six years
            // without a visit in another office.
            boolean interrupted = v.kind().singleHolder() ? lastInOffice.containsKey(office)
                    && !lastInOffice.get(office).equals(person)
                    : !runs.isEmpty() && runs.get(runs.size() - 1).get(runs.get(runs.size() - 1).size() - 1).start()
                    .plusYears(6).isBefore(v.start());
            if (runs.isEmpty() || interrupted)
                runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(v);
            lastInOffice.put(office, person);
        }
        List<SourceRow> rows = new ArrayList<>();
        for (List<List<Visit>> runs : byPerson.values()) {
            for (List<Visit> run : runs) {
                if (run.isEmpty())
                    continue;
                Visit first = run.get(0);
                Visit last = run.get(run.size() - 1);
                String ref = "data/" + first.id() + (run.size() > 1 ? " .. " + last.id() : "");
                rows.add(new SourceRow(SOURCE, ref, null, first.name(), null, List.of(), first.title(), first.kind(),
                        first.country(), null, null, PartialDate.of(first.start()),
                        PartialDate.of(run.stream().map(Visit::end).max(Comparator.naturalOrder()).orElseThrow()),
                        false, null));
            }
        }
        return rows;
    }
}
