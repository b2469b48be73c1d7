package org.diplograph.knowledge.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Terms from the Office of the Historian's "Principal Officers and Chiefs of Mission" ({@code pocom/}): the
 * Department of State's principals (Secretary, Deputy Secretary, Under and Assistant Secretaries…) and the US
 * chiefs of mission abroad, with their dates. Terms that ended before {@link #FROM} are left out.
 * <p>
 * An empty end date does not mean the person is in office (the files are not kept up for every position): a term
 * without one ends where the next holder of the position starts when that is within four years, as a soft end; the
 * last holder is in office only when the term began in 2024 or later; any other unclosed term is vouched for its
 * start year only.
 */
final class Pocom {
    static final String SOURCE = "pocom";
    /** Terms that ended before this are left out: the table is for news since the Second World War. */
    static final LocalDate FROM = LocalDate.of(1945, 1, 1);

    private Pocom() {}

    static List<SourceRow> read(Path dir, Territories territories) throws IOException {
        Map<String, ParsedName> people = people(dir.resolve("people"));
        List<SourceRow> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("positions-principals"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList())
                rows.addAll(principals(f, people));
        }
        try (Stream<Path> files = Files.list(dir.resolve("missions-countries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList())
                rows.addAll(chiefs(f, people, territories));
        }
        return rows;
    }

    /** The kind of a Department of State position, by its file name; empty for ranks and offices left out. */
    static Optional<OfficeKind> principalKind(String position) {
        if (position.equals("secretary") || position.equals("secretary-ad-interim"))
            return Optional.of(OfficeKind.FOREIGN_MINISTER);
        if (position.startsWith("deputy-secretary") || position.startsWith("under-secretary"))
            return Optional.of(OfficeKind.DEPUTY_FOREIGN_MINISTER);
        if (position.equals("ambassador-at-large") || position.startsWith("coordinator"))
            return Optional.of(OfficeKind.ENVOY);
        if (position.equals("us-trade-representative"))
            return Optional.of(OfficeKind.MINISTER);
        if (position.equals("career-ambassador"))
            return Optional.empty();   // a rank, not an office
        return Optional.of(OfficeKind.OFFICIAL);
    }

    private static List<SourceRow> principals(Path file, Map<String, ParsedName> people) throws IOException {
        Element root = parse(file).getDocumentElement();
        String position = text(root, "id");
        Optional<OfficeKind> kind = principalKind(position);
        if (kind.isEmpty())
            return List.of();
        Element names = child(root, "names");
        String office = names == null ? position : text(names, "singular");
        List<Term> terms = new ArrayList<>();
        for (Element p : children(child(root, "principals"), "principal")) {
            String person = text(p, "person-id");
            if (person.isEmpty() || !people.containsKey(person))
                continue;
            LocalDate start = date(p, "started").or(() -> date(p, "appointed")).orElse(null);
            LocalDate end = date(p, "ended").orElse(null);
            terms.add(new Term(person, text(p, "id"), start, end));
        }
        String ref = "positions-principals/" + file.getFileName();
        return rows(terms, people, office, kind.get(), null, ref, position.equals("secretary-ad-interim"));
    }

    private static List<SourceRow> chiefs(Path file, Map<String, ParsedName> people, Territories territories)
            throws IOException {
        Element root = parse(file).getDocumentElement();
        String territory = text(root, "territory-id");
        Map<String, List<Term>> byRole = new HashMap<>();
        Map<String, String> offices = new HashMap<>();
        for (Element c : children(child(root, "chiefs"), "chief")) {
            String person = text(c, "person-id");
            String role = text(c, "role-title-id");
            String contemporary = text(c, "contemporary-territory-id");
            Optional<String> to = territories.iso2(contemporary.isEmpty() ? territory : contemporary)
                    .or(() -> territories.gone(contemporary) ? Optional.empty() : territories.iso2(territory));
            OfficeKind kind = role.startsWith("charge-daffaires") ? OfficeKind.CHARGE_D_AFFAIRES
                    : role.startsWith("ambassador") || role.startsWith("envoy") || role.startsWith("minister")
                    || role.equals("chief") || role.equals("representative") ? OfficeKind.AMBASSADOR : null;
            if (person.isEmpty() || !people.containsKey(person) || to.isEmpty() || kind == null)
                continue;
            LocalDate start = date(c, "started").or(() -> date(c, "arrived")).or(() -> date(c, "appointed"))
                    .orElse(null);
            LocalDate end = date(c, "ended").orElse(null);
            String key = kind.token() + "|" + to.get();
            byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(new Term(person, text(c, "id"), start, end));
            offices.put(key, kind == OfficeKind.CHARGE_D_AFFAIRES ? "Chargé d'Affaires" : "Ambassador");
        }
        List<SourceRow> rows = new ArrayList<>();
        String ref = "missions-countries/" + file.getFileName();
        for (var e : byRole.entrySet()) {
            String[] k = e.getKey().split("\\|");
            OfficeKind kind = OfficeKind.ofToken(k[0]).orElseThrow();
            rows.addAll(rows(e.getValue(), people, offices.get(e.getKey()), kind, k[1], ref,
                    kind == OfficeKind.CHARGE_D_AFFAIRES));
        }
        return rows;
    }

    private record Term(String person, String id, LocalDate start, LocalDate end) {}

    /** An unclosed term ends where the next holder starts only if that is within this many years. */
    private static final int MAX_UNCLOSED_YEARS = 4;
    /** Terms from this day on without an end are in office (the Secretary's file is current to 2025). */
    private static final LocalDate CURRENT = LocalDate.of(2024, 1, 1);

    private static List<SourceRow> rows(List<Term> terms, Map<String, ParsedName> people, String office,
                                        OfficeKind kind, String to, String ref, boolean interim) {
        terms.sort(Comparator.comparing(Term::start, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.start() == null)
                continue;
            PartialDate end = t.end() == null ? null : PartialDate.of(t.end());
            boolean soft = false;
            if (end == null) {
                LocalDate next = null;
                for (int j = i + 1; j < terms.size() && next == null; j++)
                    if (terms.get(j).start() != null && terms.get(j).start().isAfter(t.start()))
                        next = terms.get(j).start();
                if (interim) {
                    end = PartialDate.of(t.start());   // acting for days; vouched for its start only
                } else if (next != null && !next.isAfter(t.start().plusYears(MAX_UNCLOSED_YEARS))) {
                    end = PartialDate.of(next);
                    soft = true;
                } else if (next != null || t.start().isBefore(CURRENT)) {
                    // A successor years later: the file lacks the holders between (the Deputy Secretary's goes
                    // from Biegun, 2019, to Landau, 2025), so the term is vouched for its start year only.
                    end = PartialDate.ofYear(t.start().getYear());   // never closed: vouched for its start year
                    soft = true;
                }
            }
            if (end != null && end.last().isBefore(FROM))
                continue;
            ParsedName n = people.get(t.person());
            rows.add(new SourceRow(SOURCE, ref + "#" + t.id(), t.person(), n.name(), n.surname(), n.aliases(), office,
                    kind, "US", null, to, PartialDate.of(t.start()), end, soft, null));
        }
        return rows;
    }

    /** Person files: "Antony John Blinken" with "Antony Blinken", "Antony J. Blinken" and the file's other names. */
    private static Map<String, ParsedName> people(Path dir) throws IOException {
        Map<String, ParsedName> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                Element root = parse(f).getDocumentElement();
                Element pn = child(root, "persName");
                if (pn == null)
                    continue;
                String surname = text(pn, "surname");
                String forename = text(pn, "forename");
                String gen = text(pn, "genName");
                if (surname.isEmpty())
                    continue;
                List<String> aliases = new ArrayList<>();
                String full = (forename + " " + surname).strip();
                String[] given = forename.isEmpty() ? new String[0] : forename.split("\\s+");
                String name = full;
                if (given.length > 1) {
                    // The files give full middle names; news writes the initial ("Antony J. Blinken").
                    StringBuilder initials = new StringBuilder(given[0]);
                    for (int i = 1; i < given.length; i++)
                        initials.append(' ').append(given[i].length() > 2 && !given[i].endsWith(".")
                                ? Character.toUpperCase(given[i].charAt(0)) + "." : given[i]);
                    name = initials + " " + surname;
                    aliases.add(full);
                    aliases.add(given[0] + " " + surname);
                }
                if (!gen.isEmpty())
                    aliases.add(full + " " + gen);
                for (Element alt : children(pn, "altname"))
                    aliases.add(alt.getTextContent().strip());
                aliases.remove(name);
                out.put(text(root, "id"), new ParsedName(name, surname, aliases.stream().distinct().toList()));
            }
        }
        return out;
    }

    private static Optional<LocalDate> date(Element e, String child) {
        Element c = child(e, child);
        if (c == null)
            return Optional.empty();
        String d = text(c, "date");
        if (d.matches("\\d{4}-\\d{2}-\\d{2}"))
            return Optional.of(LocalDate.parse(d));
        return Optional.empty();
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static Element child(Element e, String name) {
        if (e == null)
            return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element c && c.getTagName().equals(name))
                return c;
        return null;
    }

    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        if (e == null)
            return out;
        NodeList list = e.getChildNodes();
        for (int i = 0; i < list.getLength(); i++)
            if (list.item(i) instanceof Element c && c.getTagName().equals(name))
                out.add(c);
        return out;
    }

    static String text(Element e, String child) {
        Element c = child(e, child);
        return c == null ? "" : c.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
