package org.diplograph.eval.devset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The hand annotation of one article of the development set ({@code src/test/resources/eval/devset/gold/ID.tsv};
 * format and conventions in that folder's README.md). A record whose type starts with {@code ?} is optional:
 * neither required nor penalized.
 */
record DevsetGold(String id, List<Person> persons, List<Meeting> meetings, List<Statement> statements,
                  List<Relation> relations) {

    /** {@code official}: "yes", "no" or "?"; {@code forWhom}: an ISO code, "org:NAME" or null. */
    record Person(String fullName, String official, String office, String forWhom, List<String> forms) {
        boolean isOfficial() {
            return official.equals("yes");
        }

        boolean officialUnsure() {
            return official.equals("?");
        }

        /** The ISO code of the country the person acts for, or null. */
        String country() {
            return forWhom != null && forWhom.matches("[A-Z]{2}") ? forWhom : null;
        }

        /** The intergovernmental body the person acts for ("United Nations"), or null. */
        String organization() {
            return forWhom != null && forWhom.startsWith("org:") ? forWhom.substring(4) : null;
        }
    }

    /** A side is a list of members. */
    record Meeting(boolean optional, String status, String date, String place, String mode,
                   List<List<Member>> sides) {
    }

    /**
     * A participant: alternative names of it (a person's FULL NAME, an ISO code, org:NAME); optional for the
     * members of a delegation other than its head ({@code ?NAME}).
     */
    record Member(Set<String> names, boolean optional) {
    }

    /** Two members of different sides of a meeting (alternative names of each). */
    record Pair(Set<String> a, Set<String> b, Meeting meeting) {
        String label() {
            return String.join("|", a) + " — " + String.join("|", b);
        }
    }

    record Statement(boolean optional, Set<String> speaker, String kind, String anchor) {
    }

    record Relation(boolean optional, String source, String target, String type, String date, String anchor) {
    }

    static DevsetGold read(String id, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read devset gold " + file, e);
        }
        List<Person> persons = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] f = line.split("\t", -1);
            boolean optional = f[0].startsWith("?");
            String type = optional ? f[0].substring(1) : f[0];
            String where = file.getFileName() + ":" + (n + 1);
            switch (type) {
                case "person" -> {
                    need(f, 6, where);
                    persons.add(new Person(f[1].strip(), optional ? "?" : f[2].strip(), dash(f[3]), dash(f[4]),
                            List.of(f[5].split("\\s*;\\s*"))));
                }
                case "meeting" -> {
                    need(f, 7, where);
                    List<List<Member>> sides = new ArrayList<>();
                    for (int i = 5; i < f.length; i++)
                        if (!f[i].isBlank())
                            sides.add(members(f[i]));
                    meetings.add(new Meeting(optional, f[1].strip(), dash(f[2]), dash(f[3]), dash(f[4]), sides));
                }
                case "statement" -> {
                    need(f, 4, where);
                    statements.add(new Statement(optional, alternatives(f[1]), f[2].strip(), f[3]));
                }
                case "relation" -> {
                    need(f, 6, where);
                    relations.add(new Relation(optional, f[1].strip(), f[2].strip(), f[3].strip(), dash(f[4]), f[5]));
                }
                default -> throw new IllegalArgumentException(where + ": unknown record type '" + f[0] + "'");
            }
        }
        return new DevsetGold(id, persons, meetings, statements, relations);
    }

    private static void need(String[] fields, int count, String where) {
        if (fields.length < count)
            throw new IllegalArgumentException(where + ": " + fields[0] + " needs " + count + " fields, has "
                    + fields.length);
    }

    private static List<Member> members(String side) {
        List<Member> out = new ArrayList<>();
        for (String member : side.split(";")) {
            String m = member.strip();
            if (!m.isEmpty())
                out.add(m.startsWith("?") ? new Member(alternatives(m.substring(1)), true)
                        : new Member(alternatives(m), false));
        }
        return out;
    }

    private static Set<String> alternatives(String member) {
        Set<String> out = new LinkedHashSet<>();
        for (String alt : member.split("\\|"))
            if (!alt.isBlank())
                out.add(alt.strip());
        return out;
    }

    private static String dash(String value) {
        String v = value.strip();
        return v.equals("-") || v.isEmpty() ? null : v;
    }

    /** The person record of a name used in a meeting side or as a speaker, or null. */
    Person person(String name) {
        for (Person p : persons)
            if (p.fullName().equals(name))
                return p;
        return null;
    }

    /**
     * The pairs across sides of the meetings the filter keeps, each once: {@code optional} false gives the pairs of
     * two required members, true those with an optional member.
     */
    List<Pair> pairs(Predicate<Meeting> filter, boolean optional) {
        List<Pair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Meeting m : meetings)
            if (filter.test(m))
                for (int i = 0; i < m.sides().size(); i++)
                    for (int j = i + 1; j < m.sides().size(); j++)
                        for (Member a : m.sides().get(i))
                            for (Member b : m.sides().get(j)) {
                                Pair p = new Pair(a.names(), b.names(), m);
                                if ((a.optional() || b.optional()) == optional && seen.add(p.label()))
                                    out.add(p);
                            }
        return out;
    }

    /**
     * Whether a date agrees with the gold's: the same TIMEX3 value, or, for a gold date the kind of text fixes
     * ({@code 2021-07-09?}), that date or none.
     */
    static boolean dateRight(String gold, String other) {
        return gold != null && gold.endsWith("?")
                ? other == null || gold.substring(0, gold.length() - 1).equals(other)
                : Objects.equals(gold, other);
    }
}
