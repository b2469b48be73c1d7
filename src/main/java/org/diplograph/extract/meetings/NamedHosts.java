package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.events.Actor;
import org.diplograph.facts.MeetingMode;

/**
 * A visit's host country stands for the hosts only while the article names none: "Robinson traveled to Poland
 * ... While in Warsaw, Robinson met with Deputy Interior Minister Wasik" is a contact of Robinson and Wasik, not
 * also of Robinson and Poland (the devset conventions: visitor | host country only "with no named host"). A
 * visit's country party is dropped where another report of the article, of the same status and a compatible date,
 * has one of the visit's other parties meet a person of that country; a visit left with one side is dropped. That
 * report, where it has none, takes the visit's date and place ("visited Kyiv yesterday ... While in Kyiv, they met with ..."),
 * or the place alone of a visit reported after it or in the headline: the meeting with the host keeps the visit's place.
 */
final class NamedHosts {
    private NamedHosts() {
    }

    static List<Draft> apply(List<Draft> drafts) {
        List<Draft> dated = new ArrayList<>(drafts);
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.mode() != MeetingMode.VISIT && d.mode() != MeetingMode.HOST) {
                out.add(d);
                continue;
            }
            List<Party> parties = new ArrayList<>();
            for (Party p : d.parties()) {
                List<Integer> named = p.actor().kind() == Actor.Kind.COUNTRY ? named(drafts, d, p) : List.of();
                if (named.isEmpty())
                    parties.add(p);
                for (int k : named) {
                    // "While in Kyiv, they met with ...": the date and place of the visit reported last before, where
                    // the report gives none (not a headline's, which is the release's date); a visit reported after
                    // or in the headline gives its place only ("held talks with Sharon ... Before visiting Israel")
                    Draft e = dated.get(k), own = drafts.get(k);
                    boolean before = d.sentence().index() > 0 && d.sentence().index() <= own.sentence().index();
                    boolean date = before && own.date() == null, place = own.place() == null && own.placeIso2() == null
                            && (before || e.place() == null && e.placeIso2() == null && hostsOnly(own, iso(p)));
                    dated.set(k, e.with(date ? d.date() : e.date(), date ? d.date() != null : e.dateInherited(),
                            place ? d.place() : e.place(), place ? d.placeIso2() : e.placeIso2()));
                }
            }
            if (parties.size() == d.parties().size())
                out.add(d);
            else if (parties.stream().map(Party::side).distinct().count() >= 2)
                out.add(d.withParties(parties));
            else
                out.add(null);
        }
        List<Draft> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++)
            if (out.get(i) != null)
                result.add(out.get(i) == drafts.get(i) ? dated.get(i) : out.get(i));
        return result;
    }

    private static String iso(Party p) {
        return p.actor().countryIso2();
    }

    /**
     * The report's parties of other countries than the host's are all on one side (the visitor's): not "talks
     * with Sharon and Abbas" for a visit to Israel, whose place is not Abbas's.
     */
    private static boolean hostsOnly(Draft report, String iso) {
        return report.parties().stream().filter(q -> !iso.equals(q.actor().countryIso2())).map(Party::side).distinct().count() == 1;
    }

    /**
     * The reports (their indexes) in which a party of {@code visit} (not on {@code host}'s side) meets a person of
     * {@code host}'s country.
     */
    private static List<Integer> named(List<Draft> drafts, Draft visit, Party host) {
        String iso = host.actor().countryIso2();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft e = drafts.get(i);
            if (e != visit && e.status() == visit.status() && MeetingKeys.compatible(e.date(), visit.date()) && meets(e, visit, host, iso))
                out.add(i);
        }
        return out;
    }

    private static boolean meets(Draft e, Draft visit, Party host, String iso) {
        for (Party v : visit.parties()) {
            if (v.side() == host.side())
                continue;
            for (Party x : e.parties())
                if (x.actor().identity().equals(v.actor().identity()))
                    for (Party y : e.parties())
                        if (y.side() != x.side() && y.actor().kind() == Actor.Kind.PERSON && iso.equals(y.actor().countryIso2()))
                            return true;
        }
        return false;
    }
}
