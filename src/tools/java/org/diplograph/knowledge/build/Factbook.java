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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;
import org.diplograph.knowledge.PersonNames;
import org.diplograph.knowledge.build.Titles.Context;

/**
 * Terms of office from the CIA World Factbook archive ({@code factbook/executive-branch.tsv}, one row per edition
 * and entry, 1990-2025): the chief of state, the head of government and the deputies the executive branch names,
 * and the chiefs of mission in both directions between each state and the US.
 * <p>
 * An edition says who held an office when it was written, so terms are assembled across editions: a person listed
 * in consecutive editions (editions without the text, as 2018-2020, are skipped over) holds one term. It starts on
 * the "(since …)" date the editions give, else in the year of the first edition naming the person; it ends on
 * the start of the successor in the next edition when that start is no later than the year after the last edition
 * naming the person (editions lag and lead the calendar), else in that year; a person named in the entry's last
 * edition of 2025 is in office.
 */
final class Factbook {
    static final String SOURCE = "factbook";
    private static final int LAST_EDITION = 2025;
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(chief of state and head of government|chief of state"
            + "|head of government|chief of union)\\s*(?::|--)");
    private static final Pattern SECTION_END = Pattern.compile("(?i)\\b(?:cabinet|elections?|election results"
            + "|elections/appointments|note|notes?)\\s*(?::|--|-\\s)|\\b(?:note|notes)\\b|\\b(?:elected|election|elections"
            + "|results|were|was|is|are|serves|served|became|succeeded|following|appointed by|chosen|designated by)\\b");
    private static final Pattern MISSION_END = Pattern.compile("(?i)\\b(?:chancery|embassy|telephone|fax|mailing address"
            + "|consulates?|consulate\\(s\\)|branch office|note|email|website|liaison)\\b");
    private static final Pattern US_PART = Pattern.compile("\\bUS(?:--|:)");

    /** One person named for one office in one edition. */
    private record Listing(int year, OfficeKind kind, String holder, boolean organization, String accreditedTo,
                           String office, ParsedName name, PartialDate since) {}

    private Factbook() {}

    static List<SourceRow> read(Path tsv) throws IOException {
        List<Listing> listings = new ArrayList<>();
        // Editions of each entry that carry the text, per office group (executive, missions in, missions out).
        Map<String, TreeSet<Integer>> editions = new HashMap<>();
        List<String[]> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("year\tiso2\tfips\tfactbook_name\texecutive_branch"))
                throw new IOException(tsv + ": not the Factbook table (header " + header + ")");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 9)
                    throw new IOException(tsv + ": expected 9 columns: " + line.substring(0, Math.min(80, line.length())));
                entries.add(f);
            }
        }
        repairLostLetters(entries);
        for (String[] f : entries) {
            int year = Integer.parseInt(f[0]);
            String holder = f[1].isEmpty() ? null : f[1];
            boolean eu = f[3].equals("European Union");
            if (eu)
                holder = "European Union";
            if (holder == null)
                continue;
            String exec = f[4].isBlank() || !LABEL.matcher(f[4]).find() ? f[5] : f[4];
            List<Listing> executive = executive(year, holder, eu, exec);
            if (!executive.isEmpty())
                editions.computeIfAbsent(holder + "|x", k -> new TreeSet<>()).add(year);
            listings.addAll(executive);
            String inUs = f[7];
            String fromUsText = f[8];
            if (year <= 1992 && fromUsText.isEmpty()) {
                Matcher us = US_PART.matcher(inUs);
                if (us.find()) {
                    fromUsText = inUs.substring(us.end());
                    inUs = inUs.substring(0, us.start());
                }
            }
            if (!holder.equals("US")) {
                List<Listing> toUs = missions(year, holder, eu, "US", inUs);
                List<Listing> fromUs = missions(year, "US", false, holder, fromUsText);
                if (!toUs.isEmpty())
                    editions.computeIfAbsent(holder + "|in", k -> new TreeSet<>()).add(year);
                if (!fromUs.isEmpty())
                    editions.computeIfAbsent(holder + "|out", k -> new TreeSet<>()).add(year);
                listings.addAll(toUs);
                listings.addAll(fromUs);
            }
        }
        return terms(listings, editions);
    }

    private static final Pattern LOST_LETTER = Pattern.compile("(\\p{L}+) (\\p{L}+)");
    /** Editions either side of an entry's whose text can restore a letter it lost. */
    private static final int REPAIR_REACH = 2;

    /**
     * Restores the letters some editions lost: the archive's 2022-2025 texts have a space where the original had a
     * letter outside ASCII ("Andr s Manuel L PEZ OBRADOR", "Lu s In cio LULA da Silva"), which breaks a name in two.
     * A space between two letters is such a hole when an edition of the same entry and field up to
     * {@value #REPAIR_REACH} years away has the two words joined by one letter there ("Andres", "LOPEZ"); that
     * letter fills it (the ASCII spelling the older editions use).
     */
    static void repairLostLetters(List<String[]> entries) {
        Map<String, String[]> byEdition = new HashMap<>();
        for (String[] f : entries)
            byEdition.put(f[0] + "|" + f[3], f);
        for (String[] f : entries) {
            int year = Integer.parseInt(f[0]);
            for (int col = 4; col < f.length; col++) {
                if (f[col].isEmpty())
                    continue;
                List<String> others = new ArrayList<>();
                for (int d = 1; d <= REPAIR_REACH; d++)
                    for (int y : new int[] {year - d, year + d}) {
                        String[] o = byEdition.get(y + "|" + f[3]);
                        if (o != null && !o[col].isEmpty())
                            others.add(o[col]);
                    }
                if (!others.isEmpty())
                    f[col] = repairLostLetters(f[col], others);
            }
        }
    }

    /** {@code text} with each hole the first of {@code others} to join its two words fills filled. */
    static String repairLostLetters(String text, List<String> others) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = LOST_LETTER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String left = m.group(1), right = m.group(2);
            Pattern joined = Pattern.compile("(?<!\\p{L})" + Pattern.quote(left) + "(\\p{L})" + Pattern.quote(right)
                    + "(?!\\p{L})");
            for (String other : others) {
                Matcher j = joined.matcher(other);
                if (j.find()) {
                    out.setCharAt(m.end(1), j.group(1).charAt(0));
                    break;
                }
            }
            from = m.start(2);   // the right word may open the next hole ("Lu s In cio")
        }
        return out.toString();
    }

    /** The persons of the executive branch text of one edition. */
    static List<Listing> executive(int year, String holder, boolean organization, String text) {
        List<Listing> out = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        for (int k = 0; k < labels.size(); k++) {
            int from = labels.get(k)[1];
            int to = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            String section = text.substring(from, to);
            Matcher end = SECTION_END.matcher(section);
            if (end.find())
                section = section.substring(0, end.start());
            String label = names.get(k);
            List<Context> contexts = switch (label) {
                case "chief of state and head of government" -> List.of(Context.HEAD_OF_STATE, Context.HEAD_OF_GOVERNMENT);
                case "head of government" -> List.of(Context.HEAD_OF_GOVERNMENT);
                case "chief of union" -> List.of(Context.ORGANIZATION);
                default -> List.of(Context.HEAD_OF_STATE);
            };
            if (organization != (label.equals("chief of union")))
                continue;
            boolean first = true;
            for (String clause : section.split(";")) {
                for (CapsNames.Found f : CapsNames.find(clause)) {
                    for (Context c : contexts) {
                        Optional<OfficeKind> kind = Titles.kind(f.title(), c, first, holder);
                        String office = f.title().isEmpty() ? defaultOffice(c) : f.title();
                        if (kind.isPresent() && c == Context.ORGANIZATION)
                            out.add(new Listing(year, kind.get(), "European Commission", true, null, office,
                                    f.name(), f.since()));
                        else
                            kind.ifPresent(kd -> out.add(new Listing(year, kd, holder, organization, null, office,
                                    f.name(), f.since())));
                    }
                    first = false;
                }
            }
        }
        // A vice president named under both labels is the deputy of the head of state (the US), one named only
        // under the head of government is the deputy prime minister's equal (Spain's vice presidents).
        java.util.Set<String> deputiesOfState = new java.util.HashSet<>();
        for (Listing l : out)
            if (l.kind() == OfficeKind.DEPUTY_HEAD_OF_STATE)
                deputiesOfState.add(PersonNames.key(l.name().surname()));
        out.removeIf(l -> l.kind() == OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT
                && deputiesOfState.contains(PersonNames.key(l.name().surname())));
        return out;
    }

    private static String defaultOffice(Context c) {
        return c == Context.HEAD_OF_GOVERNMENT ? "Head of Government" : "Chief of State";
    }

    /** The chief of mission of one field: "chief of mission: Ambassador David G. MANNING chancery: …". */
    static List<Listing> missions(int year, String from, boolean organization, String to, String text) {
        String t = text.replaceFirst("(?i)^\\s*chief of mission\\s*:", "");
        Matcher end = MISSION_END.matcher(t);
        if (end.find())
            t = t.substring(0, end.start());
        List<Listing> out = new ArrayList<>();
        for (String clause : t.split(";")) {
            for (CapsNames.Found f : CapsNames.find(clause)) {
                // Special envoys in the mission field stand in for a closed embassy; their titles run into the
                // country's name ("Special Envoy to Syria Daniel RUBINSTEIN"), so they are left out.
                Optional<OfficeKind> kind = Titles.kind(f.title(), Context.MISSION, true, from)
                        .filter(k -> k != OfficeKind.ENVOY);
                kind.ifPresent(k -> out.add(new Listing(year, k, from, organization, to, f.title(), f.name(),
                        f.since())));
            }
        }
        return out;
    }

    /** Terms from listings: consecutive editions of one person in one office. */
    private static List<SourceRow> terms(List<Listing> listings, Map<String, TreeSet<Integer>> editions) {
        // office slot -> person key -> year -> listing
        Map<String, Map<String, TreeMap<Integer, Listing>>> slots = new LinkedHashMap<>();
        Map<String, List<Set<String>>> givenNames = new HashMap<>();
        listings.sort(java.util.Comparator.comparingInt(Listing::year));
        for (Listing l : listings) {
            String slot = l.kind().token() + "|" + l.holder() + "|" + (l.accreditedTo() == null ? "" : l.accreditedTo());
            String surname = slot + "|" + PersonNames.key(l.name().surname());
            // Spellings of one person across editions: same surname, and given names that share a word or an
            // initial ("Gordon" and "James Gordon", "Tony" and "Anthony C. L. (Tony)"; not "Heydar" and "Ilham").
            Set<String> given = givenWords(l.name());
            List<Set<String>> clusters = givenNames.computeIfAbsent(surname, k -> new ArrayList<>());
            int c = 0;
            while (c < clusters.size() && !compatible(clusters.get(c), given))
                c++;
            if (c == clusters.size())
                clusters.add(new java.util.HashSet<>());
            clusters.get(c).addAll(given);
            slots.computeIfAbsent(slot, k -> new LinkedHashMap<>())
                    .computeIfAbsent(surname + "|" + c, k -> new TreeMap<>()).putIfAbsent(l.year(), l);
        }
        List<SourceRow> rows = new ArrayList<>();
        for (var slot : slots.values()) {
            for (var person : slot.entrySet()) {
                Listing any = person.getValue().firstEntry().getValue();
                String group = any.accreditedTo() == null ? any.holder() + "|x"
                        : any.holder().equals("US") ? any.accreditedTo() + "|out" : any.holder() + "|in";
                TreeSet<Integer> withText = editions.getOrDefault(group, new TreeSet<>());
                for (List<Listing> run : runs(person.getValue(), withText))
                    rows.add(row(run, slot, person.getKey(), withText));
            }
        }
        return rows;
    }

    /** Listings split where an edition with the text does not name the person. */
    private static List<List<Listing>> runs(TreeMap<Integer, Listing> years, TreeSet<Integer> withText) {
        List<List<Listing>> runs = new ArrayList<>();
        List<Listing> run = new ArrayList<>();
        Integer prev = null;
        for (var e : years.entrySet()) {
            if (prev != null && withText.subSet(prev, false, e.getKey(), false).size() > 0) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(e.getValue());
            prev = e.getKey();
        }
        runs.add(run);
        // An edition that leaves a person out is not a new term when the next one gives the same start date
        // (the 2004-2005 editions omit the US vice president).
        List<List<Listing>> merged = new ArrayList<>();
        for (List<Listing> r : runs) {
            if (!merged.isEmpty() && sameSince(merged.get(merged.size() - 1), r))
                merged.get(merged.size() - 1).addAll(r);
            else
                merged.add(r);
        }
        return merged;
    }

    private static boolean sameSince(List<Listing> a, List<Listing> b) {
        PartialDate x = a.stream().map(Listing::since).filter(java.util.Objects::nonNull).reduce((p, q) -> q).orElse(null);
        PartialDate y = b.stream().map(Listing::since).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return x != null && x.equals(y);
    }

    private static SourceRow row(List<Listing> run, Map<String, TreeMap<Integer, Listing>> slot, String key,
                                 TreeSet<Integer> withText) {
        Listing first = run.get(0);
        int firstYear = first.year();
        int lastYear = run.get(run.size() - 1).year();
        PartialDate start = null;
        for (Listing l : run) {
            if (l.since() != null && l.since().first().getYear() <= firstYear + 1) {
                start = l.since();
                break;
            }
        }
        if (start == null)
            start = PartialDate.ofYear(firstYear);
        PartialDate end;
        boolean soft = false;
        Integer next = withText.higher(lastYear);
        if (next == null && lastYear == LAST_EDITION) {
            end = null;
        } else if (next == null) {
            end = PartialDate.ofYear(lastYear);
            soft = true;
        } else {
            end = null;
            if (first.kind().singleHolder()) {
                for (var other : slot.entrySet()) {
                    Listing successor = other.getKey().equals(key) ? null : other.getValue().get(next);
                    boolean newcomer = successor != null && !other.getValue().containsKey(lastYear);
                    // Across editions without the text (2018-2020: every year between is one) the successor's
                    // start is taken too, as a soft end: a holder in between that another source knows cuts it.
                    if (newcomer && successor.since() != null && successor.since().compareTo(start) > 0
                            && successor.since().first().getYear() <= next
                            && (end == null || successor.since().compareTo(end) < 0)) {
                        end = successor.since();
                        soft = successor.since().first().getYear() > lastYear + 1;
                    }
                }
            }
            if (end == null) {
                end = PartialDate.ofYear(Math.max(lastYear + 1, start.last().getYear()));
                soft = next > lastYear + 1;
            }
        }
        // The commonest spelling of the run names the person; the others are aliases.
        Map<String, Integer> spellings = new LinkedHashMap<>();
        List<String> aliases = new ArrayList<>();
        for (Listing l : run) {
            spellings.merge(l.name().name(), 1, Integer::sum);
            for (String a : l.name().aliases())
                if (!aliases.contains(a))
                    aliases.add(a);
        }
        String name = spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (String s : spellings.keySet())
            if (!s.equals(name) && !aliases.contains(s))
                aliases.add(s);
        aliases.remove(name);
        String surname = run.stream().filter(l -> l.name().name().equals(name)).findFirst().orElseThrow().name().surname();
        String office = run.get(run.size() - 1).office();
        String ref = "executive-branch.tsv " + (firstYear == lastYear ? firstYear + "" : firstYear + "-" + lastYear);
        boolean org = first.organization();
        return new SourceRow(SOURCE, ref, null, name, surname, aliases, office, first.kind(),
                org ? null : first.holder(), org ? first.holder() : null, first.accreditedTo(), start, end, soft, null);
    }

    /** The given names of every form of a name, and their initials as "x.". */
    private static Set<String> givenWords(ParsedName n) {
        Set<String> words = new java.util.HashSet<>();
        List<String> surname = PersonNames.tokens(n.surname());
        List<String> forms = new ArrayList<>(n.aliases());
        forms.add(n.name());
        for (String form : forms) {
            List<String> t = PersonNames.tokens(form);
            boolean firstGiven = true;
            for (String w : t) {
                if (surname.contains(w) || w.matches("[ivx]+"))
                    continue;
                if (w.length() > 1)
                    words.add(w);
                if (firstGiven)
                    words.add(w.charAt(0) + ".");
                firstGiven = false;
            }
        }
        return words;
    }

    /** Given names fit when both have none, or they share a full word or the first initial. */
    private static boolean compatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty())
            return a.isEmpty() && b.isEmpty() || true;
        for (String w : b)
            if (a.contains(w))
                return true;
        return false;
    }
}
