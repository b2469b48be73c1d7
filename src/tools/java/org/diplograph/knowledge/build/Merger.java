package org.diplograph.knowledge.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;
import org.diplograph.knowledge.PersonNames;

/**
 * Who is who across the sources, and which rows say something the others do not.
 * <ol>
 *   <li>Rows are persons' when a source's own identifier says so (IfG and Office of the Historian person ids, the
 *       person column of the curated rows, a Phoenix headword), or when their names are the same for the same
 *       country or organization (a head of an organization is matched by name with a country's office holder),
 *       or when first name and surname agree (or differ in their last two letters: "Dmitri" and "Dmitriy"), the
 *       middle names or initials do not differ, and the terms lie within three years of each other ("Joseph
 *       Biden" and "Joseph R. Biden"; not "George Bush" of 1989 and "George W. Bush" of 2001). Two different persons of one identifying source are never merged.</li>
 *   <li>A person's identifier is the curated one, else the country (or organization) of most of the rows and
 *       the name from the most trusted source ({@code gb/tony-blair}); a second person of the same identifier
 *       gets {@code -2} in the order of their first terms.</li>
 *   <li>A soft end (a source's last edition, not a known end) of a single-holder office is cut where another
 *       person's term in that office starts.</li>
 *   <li>A row is dropped when rows of more trusted sources for the same person and office already cover its
 *       term (a month's slack either side); a "member of the government" row when any office of the person for
 *       that country covers it. Its exact end still refines a kept row's end known only to the year or month.</li>
 * </ol>
 */
final class Merger {
    /** Sources from the most trusted. */
    static final List<String> PRIORITY = List.of("curated", IfgMinisters.SOURCE, Pocom.SOURCE, Factbook.SOURCE,
            CountryInfo.SOURCE, Visits.SOURCE, Phoenix.SOURCE);
    /**
     * Sources from the most trusted for a term of office: the curated rows come after the sources they supplement,
     * so that a curated term the sources already give is dropped (its Wikidata item stays with the person).
     */
    static final List<String> TERM_PRIORITY = List.of(IfgMinisters.SOURCE, Pocom.SOURCE, Factbook.SOURCE, "curated",
            CountryInfo.SOURCE, Visits.SOURCE, Phoenix.SOURCE);
    /** Sources whose person identifiers tell two persons apart. */
    private static final Set<String> IDENTIFYING = Set.of("curated", IfgMinisters.SOURCE, Pocom.SOURCE);
    private static final int SLACK_DAYS = 45;
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The built tables: rows of all sources but CountryInfo, and CountryInfo's rows (CC BY-SA 3.0). */
    record Tables(List<Holding> main, List<Holding> countryInfo) {}

    private final List<SourceRow> rows;
    private final int[] parent;
    private final List<Map<String, String>> keys = new ArrayList<>();   // per root: identifying source -> person key

    private Merger(List<SourceRow> rows) {
        this.rows = new ArrayList<>(rows);
        this.parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            Map<String, String> k = new HashMap<>();
            SourceRow r = rows.get(i);
            if (r.personKey() != null && IDENTIFYING.contains(r.source()))
                k.put(r.source(), r.personKey());
            keys.add(k);
        }
    }

    static Tables merge(List<SourceRow> rows) {
        Merger m = new Merger(rows);
        m.cluster();
        return m.build();
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb)
            return true;
        Map<String, String> ka = keys.get(ra);
        Map<String, String> kb = keys.get(rb);
        for (var e : kb.entrySet()) {
            String other = ka.get(e.getKey());
            if (other != null && !other.equals(e.getValue()))
                return false;   // two persons of an identifying source
        }
        if (ra > rb) {
            int t = ra;
            ra = rb;
            rb = t;
            Map<String, String> tk = ka;
            ka = kb;
            kb = tk;
        }
        parent[rb] = ra;
        ka.putAll(kb);
        return true;
    }

    private void cluster() {
        // Same person by the source's own key.
        Map<String, Integer> bySourceKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SourceRow r = rows.get(i);
            if (r.personKey() != null) {
                Integer first = bySourceKey.putIfAbsent(r.source() + "\u0000" + r.personKey(), i);
                if (first != null)
                    union(first, i);
            }
        }
        // Same name for the same country or organization; an organization's row also by name alone.
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        Map<String, List<Integer>> byNameOnly = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String key : nameKeys(rows.get(i))) {
                byName.computeIfAbsent(rows.get(i).holder() + "\u0000" + key, k -> new ArrayList<>()).add(i);
                if (PersonNames.tokens(key).size() >= 2)
                    byNameOnly.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        // A name shared as the names the rows go by is one person whenever; through an alias only within a few
        // years ("George Bush" is the father's name and an alias of the son's).
        for (var e : byName.entrySet()) {
            String key = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            List<Integer> same = e.getValue();
            for (int a = 0; a < same.size(); a++)
                for (int b = a + 1; b < same.size(); b++) {
                    SourceRow x = rows.get(same.get(a));
                    SourceRow y = rows.get(same.get(b));
                    if (find(same.get(a)) != find(same.get(b)) && (primary(x).equals(key) && primary(y).equals(key)
                            || close(x, y)))
                        union(same.get(a), same.get(b));
                }
        }
        // A head of state of several states at once is one person: the monarch of the realms, the president of
        // France for French Polynesia, the US president for Puerto Rico; so is a deputy (the US vice president for
        // Guam, whom the Factbook lists there too).
        Map<String, List<Integer>> heads = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++)
            if ((rows.get(i).kind() == OfficeKind.HEAD_OF_STATE || rows.get(i).kind() == OfficeKind.DEPUTY_HEAD_OF_STATE)
                    && PersonNames.tokens(primary(rows.get(i))).size() >= 2)
                heads.computeIfAbsent(primary(rows.get(i)), k -> new ArrayList<>()).add(i);
        for (List<Integer> same : heads.values())
            for (int a = 0; a < same.size(); a++)
                for (int b = a + 1; b < same.size(); b++)
                    if (overlap(rows.get(same.get(a)), rows.get(same.get(b))))
                        union(same.get(a), same.get(b));
        for (List<Integer> same : byNameOnly.values()) {
            Integer org = same.stream().filter(i -> rows.get(i).organization() != null).findFirst().orElse(null);
            if (org == null)
                continue;
            // The country rows of that name, when they are of one person (else the name is too common to tell).
            Set<Integer> countryPersons = new HashSet<>();
            for (int i : same)
                if (rows.get(i).country() != null)
                    countryPersons.add(find(i));
            if (countryPersons.size() == 1)
                for (int i : same)
                    union(org, i);
        }
        // First name and surname agree, the rest does not differ, and the terms are close.
        Map<String, List<Integer>> bySurname = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> t = core(rows.get(i).name());
            if (t.size() >= 2)
                bySurname.computeIfAbsent(rows.get(i).holder() + "\u0000" + surnameBucket(surnameKey(rows.get(i), t)),
                        k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : bySurname.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    int x = group.get(a);
                    int y = group.get(b);
                    if (find(x) != find(y) && compatible(rows.get(x), rows.get(y)) && close(rows.get(x), rows.get(y)))
                        union(x, y);
                }
            }
        }
    }

    private static String primary(SourceRow r) {
        return String.join(" ", core(r.name()));
    }

    private static boolean overlap(SourceRow a, SourceRow b) {
        return !first(b).isAfter(last(a)) && !last(b).isBefore(first(a));
    }

    /** The name and aliases in normal form, without courtesy words and suffixes. */
    private static Set<String> nameKeys(SourceRow r) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(String.join(" ", core(r.name())));
        for (String a : r.aliases())
            keys.add(String.join(" ", core(a)));
        keys.remove("");
        return keys;
    }

    private static List<String> core(String name) {
        return PersonNames.core(name);
    }

    private static String surnameKey(SourceRow r, List<String> t) {
        if (r.surname() != null) {
            List<String> s = core(r.surname());
            if (!s.isEmpty())
                return s.get(s.size() - 1);
        }
        return t.get(t.size() - 1);
    }

    /** Surnames spelt alike up to their last two letters share a bucket ("Zelensky", "Zelenskyy"). */
    private static String surnameBucket(String surname) {
        return surname.length() > 5 ? surname.substring(0, surname.length() - 2) : surname;
    }

    /** Same first name (or its initial) and no middle word of one that the other contradicts. */
    static boolean compatible(SourceRow a, SourceRow b) {
        List<String> x = core(a.name());
        List<String> y = core(b.name());
        if (!sameWord(x.get(x.size() - 1), y.get(y.size() - 1)) || x.get(x.size() - 1).length() == 1)
            return false;
        if (!sameWord(x.get(0), y.get(0)))
            return false;
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        for (String m : shorter.subList(1, shorter.size() - 1)) {
            boolean found = false;
            for (String w : longer.subList(1, longer.size() - 1))
                found |= sameWord(m, w);
            if (!found)
                return false;
        }
        return true;
    }

    /** The same word, its initial, or a spelling that differs in the last two letters only ("Dmitri", "Dmitriy"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b) || a.length() == 1 && b.charAt(0) == a.charAt(0) || b.length() == 1 && a.charAt(0) == b.charAt(0))
            return true;
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common))
            common++;
        return common >= 4 && common >= Math.max(a.length(), b.length()) - 2;
    }

    /** Terms within three years of each other. */
    private static boolean close(SourceRow a, SourceRow b) {
        LocalDate as = first(a).minusYears(3);
        LocalDate ae = last(a).plusYears(3);
        return !first(b).isAfter(ae) && !last(b).isBefore(as);
    }

    private static LocalDate first(SourceRow r) {
        return r.start() != null ? r.start().first() : r.end() != null ? r.end().first() : EARLIEST;
    }

    private static LocalDate last(SourceRow r) {
        return r.end() != null ? r.end().last() : LATEST;
    }

    private Tables build() {
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++)
            clusters.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        // Identifiers, in a fixed order: by identifier, then by first start, then by name.
        record Person(List<Integer> rows, String id, String name, String surname, String wikidata, LocalDate first) {}
        List<Person> persons = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            members.sort(Comparator.comparingInt((Integer i) -> PRIORITY.indexOf(rows.get(i).source()))
                    .thenComparing(i -> first(rows.get(i))));
            SourceRow best = rows.get(members.get(0));
            Map<String, Integer> spellings = new LinkedHashMap<>();
            for (int i : members)
                if (rows.get(i).source().equals(best.source()))
                    spellings.merge(rows.get(i).name(), 1, Integer::sum);
            String name = spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String surname = members.stream().map(i -> rows.get(i).surname()).filter(s -> s != null).findFirst()
                    .orElse(PersonNames.lastName(name));
            String qid = members.stream().map(i -> rows.get(i).wikidata()).filter(s -> s != null).findFirst()
                    .orElse(null);
            String id;
            if (best.source().equals("curated")) {
                id = best.personKey();
            } else {
                Map<String, Integer> holders = new LinkedHashMap<>();
                for (int i : members)
                    if (rows.get(i).country() != null)
                        holders.merge(rows.get(i).country(), 1, Integer::sum);
                String holder = holders.isEmpty() ? best.organization()
                        : holders.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                id = PersonNames.personId(holder, name);
            }
            LocalDate firstStart = members.stream().map(i -> first(rows.get(i))).min(Comparator.naturalOrder())
                    .orElseThrow();
            persons.add(new Person(members, id, name, surname, qid, firstStart));
        }
        persons.sort(Comparator.comparing(Person::id).thenComparing(Person::first).thenComparing(Person::name));
        Map<Integer, String> idOf = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Person p : persons) {
            int n = used.merge(p.id(), 1, Integer::sum);
            String id = n == 1 ? p.id() : p.id() + "-" + n;
            for (int i : p.rows())
                idOf.put(i, id);
        }
        trimSoftEnds(idOf);
        List<Holding> main = new ArrayList<>();
        List<Holding> countryInfo = new ArrayList<>();
        for (Person p : persons) {
            String id = idOf.get(p.rows().get(0));
            List<Integer> kept = dedup(p.rows());
            Set<String> mainNames = new LinkedHashSet<>();
            Set<String> allNames = new LinkedHashSet<>();
            for (int i : p.rows()) {
                SourceRow r = rows.get(i);
                Set<String> target = r.source().equals(CountryInfo.SOURCE) ? allNames : mainNames;
                target.add(r.name());
                target.addAll(r.aliases());
            }
            allNames.addAll(mainNames);
            mainNames.remove(p.name());
            allNames.remove(p.name());
            List<Integer> ordered = new ArrayList<>(kept);
            ordered.sort(Comparator.comparing((Integer i) -> rows.get(i).kind().ordinal())
                    .thenComparing(i -> first(rows.get(i))).thenComparing(i -> rows.get(i).ref() == null ? "" : rows.get(i).ref()));
            boolean firstMain = true;
            boolean firstInfo = true;
            for (int i : ordered) {
                SourceRow r = rows.get(i);
                boolean info = r.source().equals(CountryInfo.SOURCE);
                List<String> aliases = List.of();
                if (info && firstInfo) {
                    aliases = List.copyOf(allNames);
                    firstInfo = false;
                } else if (!info && firstMain) {
                    aliases = List.copyOf(mainNames);
                    firstMain = false;
                }
                Holding h = new Holding(id, p.name(), p.surname(), aliases, r.office(), r.kind(), r.country(),
                        r.organization(), r.accreditedTo(), r.start(), r.end(), r.source(), r.ref(), p.wikidata());
                (info ? countryInfo : main).add(h);
            }
        }
        Comparator<Holding> order = Comparator.comparing(Holding::personId)
                .thenComparing(h -> h.kind().ordinal())
                .thenComparing(Holding::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(h -> h.ref() == null ? "" : h.ref());
        main.sort(order);
        countryInfo.sort(order);
        return new Tables(main, countryInfo);
    }

    /** Soft ends of single-holder offices cut where another person's term in the office starts. */
    private void trimSoftEnds(Map<Integer, String> idOf) {
        Map<String, List<Integer>> offices = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SourceRow r = rows.get(i);
            if (r.kind().singleHolder())
                offices.computeIfAbsent(r.kind() + "|" + r.holder() + "|" + r.accreditedTo(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> office : offices.values()) {
            for (int i : office) {
                SourceRow r = rows.get(i);
                if (!r.softEnd() || r.start() == null)
                    continue;
                PartialDate cut = null;
                for (int j : office) {
                    SourceRow o = rows.get(j);
                    if (idOf.get(j).equals(idOf.get(i)) || o.start() == null || !o.start().first().isAfter(r.start().last()))
                        continue;
                    if (o.start().first().isBefore(r.end().last()) && (cut == null || o.start().compareTo(cut) < 0))
                        cut = o.start();
                }
                if (cut != null)
                    rows.set(i, r.withEnd(cut, false));
            }
        }
    }

    /** The rows of one person that no more trusted row of the same office already covers. */
    private List<Integer> dedup(List<Integer> members) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> byTrust = new ArrayList<>(members);
        byTrust.sort(Comparator.comparingInt((Integer i) -> rows.get(i).kind() == OfficeKind.GOVERNMENT_MEMBER ? 1 : 0)
                .thenComparingInt(i -> TERM_PRIORITY.indexOf(rows.get(i).source())).thenComparing(i -> first(rows.get(i))));
        for (int i : byTrust) {
            SourceRow r = rows.get(i);
            List<LocalDate[]> cover = new ArrayList<>();
            for (int k : kept) {
                SourceRow o = rows.get(k);
                boolean sameOffice = o.kind() == r.kind() && o.holder().equals(r.holder())
                        && java.util.Objects.equals(o.accreditedTo(), r.accreditedTo());
                boolean anyOffice = r.kind() == OfficeKind.GOVERNMENT_MEMBER && o.holder().equals(r.holder());
                if (sameOffice || anyOffice)
                    cover.add(new LocalDate[] {first(o).minusDays(SLACK_DAYS), last(o).plusDays(SLACK_DAYS)});
            }
            if (!covered(r, cover))
                kept.add(i);
            else
                refineEnd(r, kept);
        }
        return kept;
    }

    /**
     * A dropped row's exact end (of a source that gives real dates: curated, IfG, the Office of the Historian) refines the year or month a kept row of the same office ends in, where it lies in
     * that period or within the slack after it: the Factbook ends Kamala Harris's vice presidency in 2024 (its 2024
     * edition names no vice president), the curated row on 2025-01-20.
     */
    private void refineEnd(SourceRow r, List<Integer> kept) {
        if (r.end() == null || !r.end().exact() || r.softEnd() || !IDENTIFYING.contains(r.source()))
            return;   // not Phoenix's or CountryInfo's ends, which are where their coders stopped
        for (int k : kept) {
            SourceRow o = rows.get(k);
            if (o.kind() == r.kind() && o.holder().equals(r.holder())
                    && java.util.Objects.equals(o.accreditedTo(), r.accreditedTo())
                    && o.end() != null && !o.end().exact() && !r.end().first().isBefore(o.end().first())
                    && !r.end().first().isAfter(o.end().last().plusDays(SLACK_DAYS))
                    && (o.start() == null || r.end().first().isAfter(o.start().last()))) {
                rows.set(k, o.withEnd(r.end(), false));
                return;
            }
        }
    }

    private static boolean covered(SourceRow r, List<LocalDate[]> cover) {
        LocalDate from = r.start() == null ? (r.end() == null ? EARLIEST : r.end().first()) : r.start().first();
        LocalDate to = last(r);
        cover.sort(Comparator.comparing(c -> c[0]));
        if (cover.isEmpty())
            return false;
        LocalDate reached = from;
        for (LocalDate[] c : cover) {
            if (c[0].isAfter(reached))
                break;
            if (c[1].isAfter(reached))
                reached = c[1];
            if (!reached.isBefore(to))
                return true;
        }
        return !reached.isBefore(to);
    }
}
