package org.diplograph.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.NameMatch.Fit;

/**
 * Who held which office when: the bundled tables of {@code data/knowledge/} and any user tables, indexed for the
 * two questions the linking of persons asks. Immutable and safe to share between threads.
 * <ul>
 *   <li>{@link #byName}: which persons fit a name on a date (full name or alias, first name and surname with or
 *       without middle names or initials, family name first, surname alone), each with how it fits;</li>
 *   <li>{@link #holders}: who held an office of a kind for a country or organization on a date ("the Prime
 *       Minister" in a British article of 2005).</li>
 * </ul>
 * Both give every candidate; a caller that needs one person refuses when there are several.
 * <p>
 * Tables are read in order, the bundled ones first. A row of a later table for an office one person holds at a
 * time ({@link OfficeKind#singleHolder()}) ends the open term of another person in that office from an earlier
 * table on the day it starts: a user adds the new holder, and the old one stops fitting.
 */
public final class OfficeHolders {
    /** Classpath locations of the bundled tables: the build copies {@code data/knowledge/*.csv.gz} there. */
    public static final List<String> RESOURCES =
            List.of("/data/knowledge/office-holders.csv.gz", "/data/knowledge/office-holders-countryinfo.csv.gz");

    private static final Set<String> PARTICLES = Set.of("al", "el", "as", "ad", "ash", "at", "an", "ar", "az", "de",
            "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "ben", "bint", "la", "le", "du",
            "dos", "das", "do", "y", "i", "e", "ul", "abu", "ter", "zu", "mac", "st");

    private static volatile OfficeHolders bundled;

    private final Map<String, Person> persons;
    private final int holdingCount;
    // Sized for the bundled tables (some 26,000 persons), so that loading does not rehash them again and again.
    private final Map<String, List<Person>> exact = new HashMap<>(1 << 17);
    private final Map<String, List<Person>> surnames = new HashMap<>(1 << 16);
    private final Map<String, List<Holding>> byOffice = new HashMap<>(1 << 13);

    private OfficeHolders(List<List<Holding>> tables) {
        List<Holding> rows = closeTerms(tables);
        this.holdingCount = rows.size();
        Map<String, List<Holding>> byPerson = new LinkedHashMap<>(1 << 16);
        for (Holding h : rows)
            byPerson.computeIfAbsent(h.personId(), k -> new ArrayList<>()).add(h);
        Map<String, Person> all = new LinkedHashMap<>(1 << 16);
        Comparator<Holding> byStart = Comparator.comparing(Holding::start,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        byPerson.forEach((id, hs) -> {
            Holding first = hs.get(0);
            Set<String> aliases = new LinkedHashSet<>();
            String surname = null;
            String qid = null;
            for (Holding h : hs) {
                aliases.add(h.name());
                aliases.addAll(h.aliases());
                surname = surname != null ? surname : h.surname();
                qid = qid != null ? qid : h.wikidata();
            }
            aliases.remove(first.name());
            if (surname == null)
                surname = PersonNames.lastName(first.name());
            List<Holding> sorted = new ArrayList<>(hs);
            sorted.sort(byStart);
            all.put(id, new Person(id, first.name(), surname, List.copyOf(aliases), qid, sorted));
        });
        this.persons = java.util.Collections.unmodifiableMap(all);
        for (Person p : persons.values()) {
            index(p);
            for (Holding h : p.holdings())
                byOffice.computeIfAbsent(officeKey(h.kind(), h.holder()), k -> new ArrayList<>()).add(h);
        }
    }

    /** The bundled tables, read once per JVM. */
    public static OfficeHolders bundled() {
        OfficeHolders t = bundled;
        if (t == null) {
            synchronized (OfficeHolders.class) {
                if (bundled == null)
                    bundled = new OfficeHolders(bundledTables());
                t = bundled;
            }
        }
        return t;
    }

    /** The bundled tables and then the user tables (CSV, or gzipped CSV when the name ends in .gz), in order. */
    public static OfficeHolders load(List<Path> userTables) {
        if (userTables.isEmpty())
            return bundled();
        List<List<Holding>> tables = new ArrayList<>(bundledTables());
        for (Path file : userTables) {
            try (InputStream raw = Files.newInputStream(file)) {
                tables.add(read(raw, file.toString(), file.toString().endsWith(".gz")));
            } catch (IOException e) {
                throw new KnowledgeException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new OfficeHolders(tables);
    }

    /** Tables given as rows, in order (later tables end the open terms of earlier ones, as in {@link #load}). */
    public static OfficeHolders of(List<List<Holding>> tables) {
        return new OfficeHolders(tables);
    }

    /** Reads one table from a stream (gzipped or not); {@code name} names it in errors. */
    public static List<Holding> read(InputStream raw, String name, boolean gzip) {
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader in = new InputStreamReader(bytes, utf8)) {
            return KnowledgeCsv.read(in, name, knownCountry());
        } catch (IOException e) {
            throw new KnowledgeException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Predicate<String> knownCountry() {
        CountryTable countries = CountryTable.standard();
        return code -> countries.byIso2(code).isPresent();
    }

    /** The bundled tables, read side by side (a third of the load time on two cores). */
    private static List<List<Holding>> bundledTables() {
        return RESOURCES.parallelStream().map(resource -> {
            InputStream raw = OfficeHolders.class.getResourceAsStream(resource);
            if (raw == null)
                throw new KnowledgeException("Office-holder table not on the classpath: " + resource);
            return read(raw, resource, true);
        }).toList();
    }

    /** Open terms of single-holder offices in earlier tables end where another person's term in a later one starts. */
    private static List<Holding> closeTerms(List<List<Holding>> tables) {
        List<Holding> out = new ArrayList<>();
        Map<String, List<Integer>> open = new HashMap<>();
        for (List<Holding> table : tables) {
            int tableStart = out.size();
            for (Holding h : table) {
                if (h.kind().singleHolder() && h.start() != null) {
                    for (int i : open.getOrDefault(termKey(h), List.of())) {
                        Holding e = out.get(i);
                        if (i < tableStart && e.end() == null && !e.personId().equals(h.personId())
                                && (e.start() == null || e.start().first().isBefore(h.start().first())))
                            out.set(i, e.withEnd(h.start()));
                    }
                }
            }
            for (Holding h : table) {
                if (h.kind().singleHolder() && h.end() == null)
                    open.computeIfAbsent(termKey(h), k -> new ArrayList<>()).add(out.size());
                out.add(h);
            }
        }
        return out;
    }

    private static String termKey(Holding h) {
        return officeKey(h.kind(), h.holder()) + "\u0000" + (h.accreditedTo() == null ? "" : h.accreditedTo());
    }

    private static String officeKey(OfficeKind kind, String holder) {
        return kind.token() + "\u0000" + holder;
    }

    private void index(Person p) {
        List<String> surnameWords = p.surname() == null ? List.of() : PersonNames.core(p.surname());
        for (String name : p.names()) {
            List<String> t = PersonNames.core(name);
            if (t.isEmpty())
                continue;
            add(exact, String.join(" ", t), p);
            int at = surnameWords.isEmpty() ? -1 : indexOf(t, surnameWords);
            List<String> sn = at >= 0 ? surnameWords : t.subList(t.size() - 1, t.size());
            if (at < 0)
                at = t.size() - 1;
            for (String s : surnameVariants(sn))
                add(surnames, s, p);
        }
    }

    /** The surname, without leading particles ("al Asad": "asad"), and the first of several family names. */
    private static Set<String> surnameVariants(List<String> sn) {
        Set<String> v = new LinkedHashSet<>();
        v.add(String.join(" ", sn));
        int i = 0;
        while (i < sn.size() - 1 && PARTICLES.contains(sn.get(i)))
            i++;
        v.add(String.join(" ", sn.subList(i, sn.size())));
        if (sn.size() - i > 1)
            v.add(sn.get(i));
        return v;
    }

    private static int indexOf(List<String> t, List<String> sub) {
        for (int i = 0; i + sub.size() <= t.size(); i++) {
            if (t.subList(i, i + sub.size()).equals(sub))
                return i;
        }
        return -1;
    }

    /** Most keys name one person: a singleton list, grown into an ArrayList only for the others. */
    private static void add(Map<String, List<Person>> index, String key, Person p) {
        List<Person> list = index.get(key);
        if (list == null) {
            index.put(key, List.of(p));
        } else if (list.get(list.size() - 1) != p) {   // persons are indexed one after the other
            if (list.size() == 1) {
                list = new ArrayList<>(list);
                index.put(key, list);
            }
            list.add(p);
        }
    }

    /**
     * The persons whose name fits {@code name} and who held an office on {@code date} (any time when null), the
     * strongest fit first. Courtesy words and suffixes are ignored ("Mr", "Jr."); titles are the caller's to take
     * off ("President").
     */
    public List<NameMatch> byName(String name, LocalDate date) {
        List<String> t = PersonNames.core(name);
        if (t.isEmpty())
            return List.of();
        Map<Person, Fit> fits = new LinkedHashMap<>();
        String whole = String.join(" ", t);
        for (Person p : exact.getOrDefault(whole, List.of()))
            fits.putIfAbsent(p, Fit.EXACT);
        if (t.size() >= 2) {
            // First name and surname, or family name first ("Kishida Fumio"), with middle words between: the
            // persons of that surname whose first given name it is (not indexed: asked far less than loaded).
            List<String> middle = t.subList(1, t.size() - 1);
            String first = t.get(0);
            String last = t.get(t.size() - 1);
            for (String[] order : new String[][] {{first, last}, {last, first}}) {
                for (Person p : surnames.getOrDefault(order[1], List.of())) {
                    if (!fits.containsKey(p) && givenName(p, order[0]) && middleFits(middle, words(p)))
                        fits.put(p, Fit.FORM);
                }
            }
        }
        for (Person p : surnames.getOrDefault(whole, List.of()))
            fits.putIfAbsent(p, Fit.SURNAME);
        List<NameMatch> out = new ArrayList<>();
        fits.forEach((p, fit) -> {
            List<Holding> on = date == null ? p.holdings() : p.holdingsOn(date);
            if (!on.isEmpty())
                out.add(new NameMatch(p, fit, on));
        });
        return out;
    }

    /** Whether a word is the first given name of one of the person's names (before the surname, or after it). */
    private static boolean givenName(Person p, String word) {
        List<String> surnameWords = PersonNames.core(p.surname());
        for (String name : p.names()) {
            List<String> t = PersonNames.core(name);
            if (t.size() < 2)
                continue;
            int at = indexOf(t, surnameWords);
            if (at < 0)
                at = t.size() - 1;
            int end = at + Math.max(surnameWords.size(), 1);
            String given = at > 0 ? t.get(0) : end < t.size() ? t.get(end) : null;
            if (word.equals(given))
                return true;
        }
        return false;
    }

    /** Every word of every name of the person, folded (computed per question: few persons reach this). */
    private static Set<String> words(Person p) {
        Set<String> all = new HashSet<>();
        for (String name : p.names())
            all.addAll(PersonNames.core(name));
        return all;
    }

    /** Middle words of a name fit when each is one of the person's words or the initial of one. */
    private static boolean middleFits(List<String> middle, Set<String> words) {
        for (String m : middle) {
            if (words.contains(m) || PARTICLES.contains(m))
                continue;
            if (m.length() == 1 && words.stream().anyMatch(w -> w.charAt(0) == m.charAt(0)))
                continue;
            return false;
        }
        return true;
    }

    /**
     * The terms of office of a kind for a country (ISO 3166-1 alpha-2) or an organization (its name as in the
     * tables) that cover {@code date}; for missions every sending side's, whatever the receiving side.
     */
    public List<Holding> holdings(OfficeKind kind, String countryOrOrganization, LocalDate date) {
        return byOffice.getOrDefault(officeKey(kind, countryOrOrganization), List.of()).stream()
                .filter(h -> h.heldOn(date)).toList();
    }

    /** The distinct persons of {@link #holdings}: one for most dates, two on a day of handover, none in a gap. */
    public List<Person> holders(OfficeKind kind, String countryOrOrganization, LocalDate date) {
        return holdings(kind, countryOrOrganization, date).stream().map(h -> persons.get(h.personId()))
                .distinct().toList();
    }

    /** The person with this identifier. */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(persons.get(id));
    }

    /** All persons, in table order. */
    public java.util.Collection<Person> persons() {
        return persons.values();
    }

    /** The number of rows read. */
    public int holdingCount() {
        return holdingCount;
    }
}
