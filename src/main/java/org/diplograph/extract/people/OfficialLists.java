package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.extract.text.Tokens;

/**
 * "met with President Volodymyr Zelenskyy, Foreign Minister Dmytro Kuleba, Minister of Defense Oleksiy Reznikov, and
 * Head of Presidential Administration Andriy Yermak": a list of three or more titled names, joined by commas and
 * "and" only, is one side's officials. When at least two of them are known to act for one country (by the text or
 * the office-holder tables) and none for another, the others, whose titles the text leaves without a country, act
 * for it too. Two names are no list ("Secretary Blinken and Foreign Minister Kuleba" are of two countries).
 */
final class OfficialLists {
    /** A titled name: tokens {@code [first, end)} from its title to the end of the name. */
    private record Item(PersonFindings holder, int first, int end, boolean office) {
    }

    private static final int SHORTEST = 3;

    private OfficialLists() {
    }

    /**
     * Gives the members of such lists without a country the list's one country, as the country of their group
     * ({@link PersonFindings#delegationIso2}).
     *
     * @param known the country a holder is known to act for, or null
     */
    static void apply(Tokens t, List<PersonFindings> holders, Function<PersonFindings, String> known) {
        List<Item> items = items(holders, false);
        List<Item> list = new ArrayList<>();
        for (Item item : items) {
            Item last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.holder() == item.holder() && last.first() == item.first() && last.end() == item.end()) {
                // two titles of one titled name ("Chief of Defense General Valeriy Zaluzhny"): one item
                list.set(list.size() - 1, new Item(last.holder(), last.first(), last.end(), last.office() || item.office()));
                continue;
            }
            if (last != null && !joined(t, last, item)) {
                settle(list, known);
                list.clear();
            }
            list.add(item);
        }
        settle(list, known);
    }

    /**
     * The holders in a list of three or more names joined by commas and "and" where some are known to act for
     * another country than {@code outlet} and none for the outlet's: "Foreign Minister Cavusoglu, Deputy Foreign
     * Minister Sedat Onal, and Chief Presidential Advisor Ibrahim Kalin" in a US release are no officials of the
     * outlet's country by default. Two names are no list: "the UAE's Assistant Minister ... Alshaali and Acting
     * Assistant Secretary of State ... Peter Haas" co-chair for two countries.
     */
    static Set<PersonFindings> besideForeign(Tokens t, List<PersonFindings> holders,
                                             Function<PersonFindings, String> known, String outlet) {
        Set<PersonFindings> out = new LinkedHashSet<>();
        if (outlet == null)
            return out;
        List<Item> items = items(holders, true);
        for (int i = 0, j; i < items.size(); i = j) {
            // the run of titled names joined one to the next
            for (j = i + 1; j < items.size() && joined(t, items.get(j - 1), items.get(j)); j++) {
            }
            List<Item> run = items.subList(i, j);
            Set<String> countries = new LinkedHashSet<>();
            run.forEach(x -> countries.add(known.apply(x.holder())));
            countries.remove(null);
            if (run.size() >= SHORTEST && !countries.isEmpty() && !countries.contains(outlet))
                run.forEach(x -> out.add(x.holder()));
        }
        return out;
    }

    /**
     * The titled names of the holders, in text order; {@code bare}: also the names without a title before them
     * ("Dr. Eyal Hulata", whose "Advisor-designate" is no title the lexicon knows).
     */
    private static List<Item> items(List<PersonFindings> holders, boolean bare) {
        List<Item> items = new ArrayList<>();
        if (bare)
            for (PersonFindings h : holders)
                for (int[] name : h.names)
                    if (h.found.stream().noneMatch(f -> f.end() == name[1] && f.first() < name[0]))
                        items.add(new Item(h, name[0], name[1], false));
        // A titled name that is no office ("Head of Presidential Administration Andriy Yermak", a body the text does
        // not tell a state's) carries the list on, and takes nothing from it.
        for (PersonFindings h : holders)
            for (PostFinder.Found f : h.found)
                for (int[] name : h.names)
                    if (name[0] >= f.title().end() && name[1] == f.end() && f.first() < name[0])
                        items.add(new Item(h, f.first(), f.end(), h.isOfficial(f)));   // the title before the name
        items.sort(Comparator.comparingInt(Item::first));
        return items;
    }

    /** Only a comma, "and" or ", and" between one item and the next, in one sentence. */
    private static boolean joined(Tokens t, Item a, Item b) {
        if (b.first() <= a.end() || b.first() - a.end() > 2 || !t.sameSentence(a.first(), b.end() - 1))
            return false;
        for (int k = a.end(); k < b.first(); k++)
            if (!t.isWord(k, ",", "and"))
                return false;
        return true;
    }

    private static void settle(List<Item> list, Function<PersonFindings, String> known) {
        Set<PersonFindings> members = new LinkedHashSet<>();
        list.stream().filter(Item::office).forEach(i -> members.add(i.holder()));
        if (members.size() < SHORTEST)
            return;
        Set<String> countries = new LinkedHashSet<>();
        int withCountry = 0;
        for (PersonFindings h : members) {
            String iso2 = known.apply(h);
            if (iso2 != null) {
                countries.add(iso2);
                withCountry++;
            }
        }
        if (countries.size() != 1 || withCountry < 2)
            return;
        String iso2 = countries.iterator().next();
        for (PersonFindings h : members)
            if (known.apply(h) == null && h.delegationIso2 == null)
                h.delegationIso2 = iso2;
    }
}
