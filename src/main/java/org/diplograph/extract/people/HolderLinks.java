package org.diplograph.extract.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.NameMatch;
import org.diplograph.knowledge.OfficeHolders;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.Person;
import org.diplograph.knowledge.PersonNames;

/**
 * Links a person of an article to the office holder of {@code data/knowledge} (docs/KNOWLEDGE.md) who bears their
 * name on the article's date, precision first:
 * <ul>
 * <li>by the full name or an alias ({@link NameMatch.Fit#EXACT}), or first name and surname with or without middle
 * names or initials, either order ({@link NameMatch.Fit#FORM}: "Antony J. Blinken", "Kishida Fumio");</li>
 * <li>by the surname alone ("President Biden", "Mr Blair") only when a title the text gives the person agrees with
 * an office the holder held then (the full name elsewhere in the article has already joined the surname to it), or,
 * in a dated article, when it is a head of state's or government's in office that no other person of the tables ever
 * bore ("Putin's war", "Lukashenka");</li>
 * <li>never when two persons fit after these tests, nor when the text says the person acts for a country or body
 * none of the candidate's offices is for (a namesake).</li>
 * </ul>
 * An article without a date is compared with every term a person held, which still refuses the two George Bushes;
 * there, of several persons who fit, the one of the outlet's country is taken when there is exactly one.
 */
final class HolderLinks {
    /**
     * A person of the tables and the terms that made the link (those on the article's date); {@code soleBearer}: a
     * surname alone that no other person of the tables ever bore, of a head of state or government in office then.
     */
    record Link(Person person, NameMatch.Fit fit, List<Holding> holdings, String name, boolean soleBearer) {
        Link(Person person, NameMatch.Fit fit, List<Holding> holdings, String name) {
            this(person, fit, holdings, name, false);
        }

        /** Whether the name alone made the link, without a title or the full name to confirm it. */
        boolean bySurnameAlone() {
            return fit == NameMatch.Fit.SURNAME && !soleBearer;
        }

        /**
         * A term standing for the one country or organization the given terms are for, or null. The Factbook lists
         * the US President as head of state of Guam and Puerto Rico too, and the French one of Andorra: where the
         * terms are for several, those for the person's own country (the first part of the table's identifier,
         * {@code us/joe-biden}) count.
         */
        Holding soleHolder(List<Holding> terms) {
            List<Holding> home = home(terms);
            Set<String> holders = new LinkedHashSet<>();
            home.forEach(h -> holders.add(h.holder()));
            return holders.size() == 1 ? home.get(0) : null;
        }

        /** The terms for the person's own country or organization, if any are; else all. */
        List<Holding> home(List<Holding> terms) {
            String own = person.id().substring(0, Math.max(0, person.id().indexOf('/')));
            List<Holding> home = terms.stream().filter(h -> PersonNames.slug(h.holder()).equals(own)).toList();
            return home.isEmpty() ? terms : home;
        }
    }

    private final OfficeHolders holders;

    HolderLinks(OfficeHolders holders) {
        this.holders = holders;
    }

    OfficeHolders holders() {
        return holders;
    }

    /**
     * The link of the person, or null. A name CoreNLP ran into a word before it ("Taoiseach Leo Varadkar", "Tory
     * David Heathcoat-Amory") is tried again without its first word or two, down to two words; the link then says
     * which name fitted.
     */
    Link link(PersonFindings h, LocalDate date, String outlet) {
        return link(h, date, null, outlet);
    }

    /**
     * The same for an article without a date whose corpus covers {@code period} (null: unknown): compared with the
     * terms of those years only.
     */
    Link link(PersonFindings h, LocalDate date, Outlets.Period period, String outlet) {
        if (h.peerage != null && (date != null || period != null) && PersonNames.core(h.person.name()).size() == 1) {
            // "Lord Falconer": a peer's style and surname is the name the tables give him, if he sat in the Lords
            // then (not John Hutton, a minister in the Commons in 2005 and Lord Hutton only from 2010)
            Link l = link(h, h.peerage + " " + h.person.name().strip(), date, period, outlet);
            if (l != null && l.fit() == NameMatch.Fit.EXACT && l.holdings().stream()
                    .anyMatch(x -> x.kind() == OfficeKind.LEGISLATOR && x.office().endsWith("House of Lords")))
                return l;
        }
        String[] words = h.person.name().strip().split("\\s+");
        for (int drop = 0; drop <= 2 && words.length - drop >= (drop == 0 ? 1 : 2); drop++) {
            Link l = link(h, String.join(" ", java.util.Arrays.copyOfRange(words, drop, words.length)), date, period,
                    outlet);
            if (l != null)
                return l;
        }
        return null;
    }

    private List<NameMatch> byName(String name, LocalDate date, Outlets.Period period) {
        if (date != null || period == null)
            return holders.byName(name, date);
        List<NameMatch> out = new ArrayList<>();
        for (NameMatch m : holders.byName(name, null)) {
            List<Holding> then = m.holdings().stream().filter(period::holds).toList();
            if (!then.isEmpty())
                out.add(new NameMatch(m.person(), m.fit(), then));
        }
        return out;
    }

    private Link link(PersonFindings h, String name, LocalDate date, Outlets.Period period, String outlet) {
        List<NameMatch> matches = byName(name, date, period);
        if (matches.isEmpty())
            return null;
        Set<String> textHolders = textHolders(h);
        boolean oneWord = PersonNames.core(name).size() < 2;
        List<NameMatch> named = new ArrayList<>(), bySurname = new ArrayList<>();
        for (NameMatch m : matches) {
            if (!textHolders.isEmpty() && m.holdings().stream().noneMatch(x -> textHolders.contains(x.holder())))
                continue;   // the text says another country: a namesake
            // a one-word name is a surname even where it is some person's whole alias ("Abdullah")
            (m.fit() == NameMatch.Fit.SURNAME || oneWord ? bySurname : named).add(m);
        }
        // The strongest fit decides; a title narrows several candidates down, and alone licenses a surname.
        List<NameMatch> exact = named.stream().filter(m -> m.fit() == NameMatch.Fit.EXACT).toList();
        List<NameMatch> candidates = !exact.isEmpty() ? exact : named;
        if (candidates.size() > 1) {
            List<NameMatch> titled = candidates.stream().filter(m -> !agreeing(h, m.holdings()).isEmpty()).toList();
            if (!titled.isEmpty())
                candidates = titled;
        }
        if (candidates.isEmpty() && named.isEmpty()) {
            candidates = bySurname.stream().filter(m -> !agreeing(h, m.holdings()).isEmpty()).toList();
            // "President Bush" in a BBC article of 2004-2005: George W. Bush was President, McKeeva Bush the Cayman
            // Islands' head of government (a kind "President" names too, under another office): the very office wins
            List<NameMatch> same = candidates.stream().filter(m -> agreeing(h, m.holdings()).stream()
                    .anyMatch(x -> h.found.stream().anyMatch(f -> !f.blocked()
                            && x.office().equalsIgnoreCase(f.title().title())))).toList();
            if (candidates.size() > 1 && !same.isEmpty())
                candidates = same;
        }
        if (candidates.isEmpty() && named.isEmpty() && oneWord && date != null && bySurname.size() == 1
                && leads(bySurname.get(0)) && holders.byName(name, null).size() == 1) {
            // "Putin's war", "Lukashenka's regime": a leader in office, and no one else of that surname ever held one
            NameMatch m = bySurname.get(0);
            return new Link(m.person(), m.fit(), m.holdings(), name, true);
        }
        if (candidates.size() > 1 && date == null && outlet != null) {
            // Without a date every namesake who ever held an office fits ("Gordon Brown" of the UK and a US
            // ambassador): in a national outlet, its own country's one, if there is exactly one.
            List<NameMatch> own = candidates.stream().filter(m -> m.holdings().stream()
                    .anyMatch(x -> outlet.equals(x.country()))).toList();
            if (own.size() == 1)
                candidates = own;
        }
        if (candidates.size() != 1)
            return null;
        NameMatch m = candidates.get(0);
        return new Link(m.person(), m.fit(), m.holdings(), name);
    }

    /**
     * Whether the terms a surname fits are a head of state's or government's: leaders are the officials news names by
     * surname alone.
     */
    private static boolean leads(NameMatch m) {
        return m.holdings().stream().anyMatch(x -> x.kind() == OfficeKind.HEAD_OF_STATE || x.kind() == OfficeKind.HEAD_OF_GOVERNMENT);
    }

    /**
     * The one country (or organization) of every person the name fits whose office agrees with the title the text
     * gives, when no single person could be linked: "President Bush" in an undated article is one of two Bushes,
     * both of the US. Null when they differ or none agrees.
     */
    Holding agreedHolder(PersonFindings h, TitleMatch title, LocalDate date) {
        return agreedHolder(h, title, date, false);
    }

    /**
     * The same for a full name on any date: "President-elect Dr. Claudia Sheinbaum" months before her term, a
     * minister whose term the tables start or end a little off. Only names of two words or more that fit a person
     * by more than the surname, and an office of the title's kind.
     */
    Holding agreedHolderOnAnyDate(PersonFindings h, TitleMatch title) {
        return PersonNames.core(h.person.name()).size() < 2 ? null : agreedHolder(h, title, null, true);
    }

    private Holding agreedHolder(PersonFindings h, TitleMatch title, LocalDate date, boolean fullName) {
        String name = h.person.name().strip();
        List<List<Holding>> byPerson = new ArrayList<>();
        List<NameMatch> persons = new ArrayList<>();
        boolean named = false;   // some namesake held an office of the very title ("President", not "Premier")
        for (NameMatch m : holders.byName(name, date)) {
            if (fullName && m.fit() == NameMatch.Fit.SURNAME)
                continue;
            List<Holding> agreeing = agreeing(title, m.holdings());
            if (agreeing.isEmpty())
                continue;
            List<Holding> same = agreeing.stream().filter(x -> x.office().equalsIgnoreCase(title.title())).toList();
            named |= !same.isEmpty();
            byPerson.add(same.isEmpty() ? agreeing : same);
            persons.add(m);
        }
        Holding first = null;
        for (int i = 0; i < persons.size(); i++) {
            List<Holding> terms = byPerson.get(i);
            if (named && terms.stream().noneMatch(x -> x.office().equalsIgnoreCase(title.title())))
                continue;   // McKeeva Bush, Premier of the Cayman Islands, is not "President Bush"
            NameMatch m = persons.get(i);
            Holding sole = new Link(m.person(), m.fit(), m.holdings(), name).soleHolder(terms);
            if (sole == null || first != null && !first.holder().equals(sole.holder()))
                return null;
            first = first == null ? sole : first;
        }
        return first;
    }

    /** The countries and organizations the text says the person's offices are for. */
    private static Set<String> textHolders(PersonFindings h) {
        Set<String> out = new LinkedHashSet<>();
        for (PostFinder.Found f : h.offices()) {
            String iso2 = h.countryOf(f);
            if (iso2 != null)
                out.add(iso2);
            else if (f.organization() != null)
                out.add(f.organization().name());
        }
        return out;
    }

    /**
     * The terms that agree with a title the text gives the person: an office, or a title that is one only when
     * held for a state, which the term is ("Secretary Blinken" in a release that names no country).
     */
    static List<Holding> agreeing(PersonFindings h, List<Holding> terms) {
        List<Holding> out = new ArrayList<>();
        List<PostFinder.Found> titles = h.found.stream()
                .filter(f -> !f.blocked() && f.title().scope() != TitleLexicon.Scope.PRIVATE).toList();
        for (Holding x : terms)
            for (PostFinder.Found f : titles)
                if (kindsOf(f.title()).contains(x.kind()) && !out.contains(x))
                    out.add(x);
        return out;
    }

    /** The terms that agree with one title. */
    static List<Holding> agreeing(TitleMatch title, List<Holding> terms) {
        Set<OfficeKind> kinds = kindsOf(title);
        return terms.stream().filter(x -> kinds.contains(x.kind())).toList();
    }

    /**
     * The kinds of office of the tables a title of {@code data/titles.tsv} can name, by its role: "President" a head
     * of state (or a president who heads the government), "Vice President" a deputy head of state, "Secretary" a
     * minister or an official below one ("Secretary Blinken", "Under Secretary Fernandez").
     */
    static Set<OfficeKind> kindsOf(TitleMatch title) {
        String role = title.role();
        if (role.startsWith("shadow ") || role.contains(" shadow "))
            return Set.of();   // an opposition front-bencher: no office of the tables
        boolean deputy = role.startsWith("deputy ") || role.startsWith("vice ") || role.contains(" deputy ")
                || role.contains(" vice ");
        String base = role.substring(role.lastIndexOf(' ') + 1);
        String family = base.contains("/") ? base.substring(0, base.indexOf('/')) : base;
        Set<OfficeKind> kinds = EnumSet.noneOf(OfficeKind.class);
        switch (family) {
            case "head-of-state" -> kinds.addAll(deputy ? Set.of(OfficeKind.DEPUTY_HEAD_OF_STATE)
                    : Set.of(OfficeKind.HEAD_OF_STATE, OfficeKind.HEAD_OF_GOVERNMENT));
            case "head-of-government" -> kinds.add(deputy ? OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT
                    : OfficeKind.HEAD_OF_GOVERNMENT);
            case "foreign-minister" -> kinds.addAll(deputy ? Set.of(OfficeKind.DEPUTY_FOREIGN_MINISTER)
                    : Set.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.GOVERNMENT_MEMBER));
            case "ambassador", "consul", "diplomat" -> kinds.addAll(Set.of(OfficeKind.AMBASSADOR,
                    OfficeKind.CHARGE_D_AFFAIRES, OfficeKind.ENVOY));
            case "envoy" -> kinds.addAll(Set.of(OfficeKind.ENVOY, OfficeKind.AMBASSADOR));
            case "spokesperson" -> kinds.add(OfficeKind.SPOKESPERSON);
            case "legislator" -> kinds.add(OfficeKind.LEGISLATOR);
            case "secretary-general", "director", "chair" -> kinds.addAll(Set.of(
                    OfficeKind.HEAD_OF_ORGANIZATION, OfficeKind.DEPUTY_HEAD_OF_ORGANIZATION));
            // a European Commissioner is an officer of the Commission below its President and Vice-Presidents
            case "commissioner" -> kinds.addAll(Set.of(OfficeKind.HEAD_OF_ORGANIZATION,
                    OfficeKind.DEPUTY_HEAD_OF_ORGANIZATION, OfficeKind.OFFICIAL));
            case "secretary" -> kinds.addAll(Set.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.MINISTER,
                    OfficeKind.DEPUTY_FOREIGN_MINISTER, OfficeKind.DEPUTY_MINISTER, OfficeKind.OFFICIAL,
                    OfficeKind.GOVERNMENT_MEMBER));
            case "security-adviser", "economic-adviser", "adviser", "official", "counsellor" ->
                    kinds.add(OfficeKind.OFFICIAL);
            default -> {
                if (family.equals("minister") || family.endsWith("-minister")) {
                    kinds.addAll(deputy ? Set.of(OfficeKind.DEPUTY_MINISTER, OfficeKind.DEPUTY_FOREIGN_MINISTER)
                            : Set.of(OfficeKind.MINISTER, OfficeKind.GOVERNMENT_MEMBER));
                    if (family.equals("minister") || family.equals("minister-of-state"))
                        kinds.addAll(Set.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEPUTY_FOREIGN_MINISTER,
                                OfficeKind.DEPUTY_MINISTER));
                }
            }
        }
        return kinds;
    }
}
