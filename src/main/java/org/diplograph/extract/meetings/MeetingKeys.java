package org.diplograph.extract.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.diplograph.extract.events.Actor;
import org.diplograph.facts.Identities;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.Timex;

/**
 * One key per real meeting. Reports in one article with the same participants, status and compatible dates
 * (equal, or one within the other, or one unknown) are merged: they share the most precise date, the first
 * mode and place. The key is the date at that precision, the mode and the sorted participant identities, so
 * the same meeting reported by two articles gets the same key, hence one node with the evidence of both.
 * An undated meeting is scoped to its article: "Blair met Bush" in two undated articles need not be one.
 */
final class MeetingKeys {
    private static final int MAX_KEY = 140;

    private MeetingKeys() {
    }

    /** The drafts with merged attributes, and their keys in the same order. */
    record Keyed(List<Draft> drafts, List<String> keys) {
    }

    static Keyed assign(List<Draft> all, String contentHash) {
        List<Draft> drafts = withoutCountryRestatements(all);
        List<List<Integer>> groups = new ArrayList<>();
        List<Draft> out = new ArrayList<>(drafts);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Integer> home = null;
            for (List<Integer> g : groups)
                if (sameMeeting(out.get(g.get(0)), d) && g.stream().allMatch(j -> compatible(out.get(j).date(), d.date())))
                    home = g;
            if (home == null)
                groups.add(home = new ArrayList<>());
            home.add(i);
        }
        List<String> keys = new ArrayList<>(java.util.Collections.nCopies(drafts.size(), (String) null));
        for (List<Integer> g : groups) {
            Draft first = out.get(g.get(0));
            String date = null, place = null, iso = null;
            for (int j : g) {
                Draft d = out.get(j);
                if (date == null || d.date() != null && d.date().length() > date.length())
                    date = d.date();
                if (place == null && iso == null) {
                    place = d.place();
                    iso = d.placeIso2();
                }
            }
            for (int j : g)
                out.set(j, out.get(j).with(date, out.get(j).dateInherited(), place, iso).withMode(first.mode()));
            String key = key(out.get(g.get(0)), contentHash);
            g.forEach(j -> keys.set(j, key));
        }
        return new Keyed(out, keys);
    }

    /**
     * "The Eighth U.S.-UAE Economic Policy Dialogue on June 8 was co-chaired by A and B ... During the discussions,
     * both countries reaffirmed ...": a report between countries named only as a pair before ("both countries", "the
     * two sides"), of the same status and a compatible date as a report of the article whose persons act for those
     * countries (where known), restates that meeting; it goes.
     */
    private static List<Draft> withoutCountryRestatements(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean countries = d.parties().stream().allMatch(p -> p.actor().kind() == Actor.Kind.COUNTRY);
            boolean pair = countries && d.parties().stream().allMatch(p -> anaphoric(p.actor().name()));
            boolean headline = countries && d.sentence().index() == 0;
            if (!pair && !headline || drafts.stream().noneMatch(e -> e != d && (pair || e.sentence().index() > 0)
                    && restates(d, e) && (pair || sameCountries(d, e))))
                out.add(d);
        }
        return out;
    }

    /**
     * "Joint Statement on Meeting of the U.S.-Israel Strategic Consultative Group" over "Sullivan ... convened the SCG
     * with Israeli counterparts": a headline naming countries only restates the body's meeting of their persons.
     */
    private static boolean sameCountries(Draft countries, Draft persons) {
        if (persons.parties().stream().anyMatch(p -> p.actor().countryIso2() == null))
            return false;
        TreeSet<String> a = new TreeSet<>(), b = new TreeSet<>();
        countries.parties().forEach(p -> a.add(p.actor().countryIso2()));
        persons.parties().forEach(p -> b.add(p.actor().countryIso2()));
        return a.equals(b);
    }

    /** "both countries", "the two sides", "both delegations": a pair named before, not a new one ("Uruguay and the U.S."). */
    private static boolean anaphoric(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("both ") || n.startsWith("the two ");
    }

    private static boolean restates(Draft countries, Draft persons) {
        if (persons.status() != countries.status() || !compatible(persons.date(), countries.date())
                || persons.parties().stream().noneMatch(p -> p.actor().kind() == Actor.Kind.PERSON))
            return false;
        TreeSet<String> a = new TreeSet<>(), b = new TreeSet<>();
        countries.parties().forEach(p -> a.add(p.actor().countryIso2()));
        for (var p : persons.parties())
            if (p.actor().countryIso2() != null)
                b.add(p.actor().countryIso2());
        return !b.isEmpty() && a.containsAll(b); // a co-chair of no known country may be the pair's other
    }

    static TreeSet<String> identities(Draft d) {
        TreeSet<String> ids = new TreeSet<>();
        d.parties().forEach(p -> ids.add(p.actor().identity()));
        return ids;
    }

    private static boolean sameMeeting(Draft a, Draft b) {
        return identities(a).equals(identities(b)) && a.status() == b.status();
    }

    static boolean compatible(String a, String b) {
        if (a == null || b == null || a.equals(b))
            return true;
        LocalDate[] ra = Timex.rangeOf(a), rb = Timex.rangeOf(b);
        if (ra == null || rb == null)
            return false;
        return !ra[0].isAfter(rb[0]) && !ra[1].isBefore(rb[1]) || !rb[0].isAfter(ra[0]) && !rb[1].isBefore(ra[1]);
    }

    private static String key(Draft d, String contentHash) {
        StringBuilder sb = new StringBuilder(d.date() != null ? d.date() : "undated-" + contentHash.substring(0, 10));
        sb.append('-').append(d.mode().code());
        for (String id : identities(d))
            sb.append("--").append(Identities.slug(id.substring(id.indexOf(':') + 1)));
        if (d.status() != MeetingStatus.OCCURRED)
            sb.append("--").append(d.status().code());
        String key = sb.toString();
        if (key.length() <= MAX_KEY)
            return key;
        return key.substring(0, MAX_KEY - 13) + "-" + Integer.toHexString(key.hashCode());
    }
}
