package org.diplograph.extract.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.text.Tokens;
import org.diplograph.facts.Identities;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.Span;
import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.NameMatch;
import org.diplograph.knowledge.OfficeHolders;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.Person;
import org.diplograph.knowledge.PersonNames;

/**
 * Who is who: the titles persons hold and whom they act for ({@link PostFinder}, {@link Delegations}), which
 * makes them officials, or analysts and other private persons; then the further mentions of an official, by
 * title ("the Pakistani president", {@link TitleReferences}) and by pronoun where that is safe ({@link PronounMentions}).
 * An official's identity key carries the country of the post, so the same official is one IRI across articles.
 * Runs after {@link EntityStage} and {@link OrganizationStage}.
 */
public final class OfficialStage implements ExtractionStage {
    /** Offices of data/titles.tsv one person holds at a time for a country: no outlet default for them. */
    private static final List<String> SINGLE_HOLDER_FAMILIES = List.of("head-of-state", "head-of-government",
            "foreign-minister", "crown-prince");

    /** Modifiers of a title that make its holder one of several deputies of a single holder's office. */
    private static final Set<String> DEPUTIES = Set.of("deputy", "vice", "assistant", "associate", "principal");

    /** Head words of titles that name ministers in one country and not in another. */
    private static final List<String> HEAD_WORDS = List.of("minister", "secretary");

    private final TitleLexicon lexicon;
    private final Supplier<OfficeHolders> holders;
    private volatile HolderLinks links;

    /** With the bundled office-holder tables, loaded when the first article needs them. */
    public OfficialStage() {
        this(OfficeHolders::bundled);
    }

    /** With the office-holder tables {@code holders} gives (asked once, when the first article needs them). */
    public OfficialStage(Supplier<OfficeHolders> holders) {
        this(TitleLexicon.standard(), holders);
    }

    OfficialStage(TitleLexicon lexicon, Supplier<OfficeHolders> holders) {
        this.lexicon = lexicon;
        this.holders = holders;
    }

    private HolderLinks links() {
        HolderLinks l = links;
        if (l == null) {
            synchronized (this) {
                if (links == null)
                    links = new HolderLinks(holders.get());
                l = links;
            }
        }
        return l;
    }

    @Override
    public String name() {
        return "officials";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.PERSONS, Layer.ORGANIZATIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.POSTS);
    }

    @Override
    public void process(ExtractionContext context) {
        PersonIdentity.joinForms(context, name -> links().holders().byName(name, null).size() > 1);
        Tokens t = context.tokens();
        Anchors anchors = new Anchors(context, t);
        List<TitleMatch> titles = new ArrayList<>();
        Map<Integer, TitleMatch> byFirst = new HashMap<>(), byEnd = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            TitleMatch m = lexicon.match(t, i);
            while (m != null && anchors.straddled(m.first(), m.end()))
                m = lexicon.match(t, i, m.end() - 1);   // "Deputy Secretary" of the Security Council
            if (m != null) {
                titles.add(m);
                byFirst.put(m.first(), m);
                byEnd.put(m.end(), m);
                i = m.end() - 1;
            }
        }
        int offset = context.article().offset();
        boolean[] inName = new boolean[t.size()];
        for (PersonFact p : context.people())
            for (Span s : p.mentions())
                for (int i = t.covering(s.begin() - offset), e = t.after(s.end() - offset); i >= 0 && i < e; i++)
                    inName[i] = true;
        PostFinder finder = new PostFinder(t, lexicon, anchors, byFirst, byEnd, inName);
        List<PersonFindings> holders = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (PersonFact p : context.people()) {
            PersonFindings h = new PersonFindings(p);
            for (Span s : p.mentions()) {
                int nb = t.covering(s.begin() - offset), ne = t.after(s.end() - offset);
                h.names.add(new int[] {nb, ne});
                if (nb > 0 && t.isWord(nb - 1, "lord", "baroness", "lady") && t.isCapitalized(nb - 1))
                    h.peerage = t.word(nb - 1);
                for (PostFinder.Found f : finder.around(nb, ne)) {
                    h.found.add(f);
                    h.outsideGovernment |= f.blocked() && finder.blockedForGood(f);
                    used.add(f.title().first());
                }
            }
            holders.add(h);
        }
        Delegations.apply(t, anchors, holders);
        TitleReferences.resolve(context, t, anchors, titles, used, holders);
        PronounMentions.resolve(context, t, holders);
        LocalDate date = context.article().published();
        String outlet = Outlets.standard().countryOf(context.article());
        Outlets.Period period = Outlets.standard().periodOf(context.article());
        boolean news = outlet != null && !Outlets.standard().isGovernment(context.article());
        Set<String> mentioned = new HashSet<>();
        context.countries().forEach(c -> mentioned.add(c.iso2()));
        boolean bodies = context.organizations().stream().anyMatch(o -> o.kind() == OrganizationKind.INTERGOVERNMENTAL);
        Map<PersonFindings, HolderLinks.Link> linked = new HashMap<>();
        Set<PersonFindings> inPeriod = new HashSet<>();
        for (PersonFindings h : holders) {
            HolderLinks.Link link = period == null ? null : links().link(h, date, period, outlet);
            if (link != null && !plausibleInPeriod(link, h, mentioned, outlet, bodies))
                link = null;
            if (link != null)
                inPeriod.add(h);
            else   // else as any undated article: "Michael Howard", a minister of the 1990s, in the BBC
                link = links().link(h, date, outlet);
            if (link != null)
                linked.put(h, link);
        }
        Function<PersonFindings, String> known = h -> {
            String iso2 = h.country();
            HolderLinks.Link link = linked.get(h);
            Holding sole = iso2 != null || link == null ? null : link.soleHolder(link.holdings());
            return iso2 != null ? iso2 : sole == null ? null : sole.country();
        };
        Set<PersonFindings> besideForeign = OfficialLists.besideForeign(t, holders, known, outlet);
        OfficialLists.apply(t, holders, known);
        List<PersonFact> found = new ArrayList<>();
        Set<String> linkedKeys = new HashSet<>();
        linked.values().forEach(l -> linkedKeys.add(l.person().id()));
        for (PersonFindings h : holders) {
            PersonFact p = person(context, t, h, linked.get(h), date, period, inPeriod.contains(h), outlet,
                    news, news ? soleCountry(context, outlet) : null, besideForeign.contains(h));
            context.replacePerson(h.person, p);
            found.add(p);
        }
        found = PersonIdentity.joinFirstNames(context, found, p -> p.wikidata() == null && !linkedKeys.contains(p.key())
                ? List.of() : links().holders().person(p.key()).map(Person::names).orElse(List.of()));
        PersonIdentity.mergeSameKeys(context, found);
        assignCountriesToBodies(context, holders);
    }

    /**
     * The person with the posts the text gives, completed by the link to the office-holder tables where the text is
     * silent: the country (or body) of a title the text names without one, or, when the text names no title at all,
     * the office the person held on the article's date. What the text says wins.
     */
    private PersonFact person(ExtractionContext context, Tokens t, PersonFindings h, HolderLinks.Link link,
                              LocalDate date, Outlets.Period corpus, boolean period, String outlet,
                              boolean news, String articleCountry, boolean besideForeign) {
        Set<String> mentioned = new HashSet<>();
        context.countries().forEach(c -> mentioned.add(c.iso2()));
        Map<String, PostFact> posts = new LinkedHashMap<>();
        Map<String, PostFact> byOutlet = new LinkedHashMap<>();
        for (PostFinder.Found f : h.offices()) {
            String iso2 = h.countryOf(f);
            String org = f.organization() == null ? null : f.organization().name();
            String step = name() + "/title";
            Holding agreed;
            Holding term = null;
            if (link != null) {
                List<Holding> agreeing = HolderLinks.agreeing(f.title(), link.holdings());
                if (iso2 == null && org == null) {
                    Holding sole = link.soleHolder(agreeing.isEmpty() ? link.holdings() : agreeing);
                    if (sole != null) {
                        iso2 = sole.country();
                        org = sole.organization();
                        step = name() + "/title+knowledge:" + sourceOf(agreeing.isEmpty() ? link.holdings() : agreeing);
                    }
                }
                String holder = iso2 != null ? iso2 : org;
                List<Holding> same = agreeing.stream().filter(x -> x.holder().equals(holder)).toList();
                term = same.size() == 1 ? same.get(0) : null;
            }
            if (iso2 == null && org == null && f.title().country() != null
                    && (f.title().country().equals(outlet) || mentioned.contains(f.title().country()))) {
                // "Taoiseach", "Chancellor of the Exchequer": where the outlet or the article names that country
                // (not India's "Foreign Secretary Vinay Kwatra" in a readout that never names the UK)
                iso2 = f.title().country();
                step = name() + "/title-country";
            } else if (iso2 == null && org == null && link == null
                    && (agreed = links().agreedHolder(h, f.title(), date)) != null) {
                // "President Bush" without a date: two Bushes fit, both of the US
                iso2 = agreed.country();
                org = agreed.organization();
                step = name() + "/title+knowledge:" + agreed.source();
            } else if (iso2 == null && org == null && link == null && date != null && !f.blocked()
                    && f.title().scope() == TitleLexicon.Scope.STATE
                    && (agreed = links().agreedHolderOnAnyDate(h, f.title())) != null) {
                // "President-elect Dr. Claudia Sheinbaum": the office is hers on another date
                iso2 = agreed.country();
                org = agreed.organization();
                step = name() + "/title+knowledge-other-date:" + agreed.source();
            } else if (iso2 == null && org == null && link == null && outletDefault(f.title(), outlet, date, news)
                    && !t.isPossessive(f.first() - 1) && !(news && aboutAnother(context, t, f, outlet))) {
                // not "the UAE Ministry of Foreign Affairs and International Cooperation's Assistant Minister": the
                // text says whose, in words that named no country we know
                iso2 = outlet;   // "Ambassador X" in a State Department release
                step = name() + "/title+outlet";
            } else if (iso2 == null && org == null && link == null && !f.blocked()
                    && f.title().scope() == TitleLexicon.Scope.STATE && !t.isPossessive(f.first() - 1)
                    && (articleCountry != null || news && (iso2 = sentenceCountry(context, t, f, outlet)) != null
                        || outlet != null && !news && date != null && !ownTitle(f.title(), outlet, date)
                            && (iso2 = foreignSentenceCountry(context, t, f, outlet)) != null)) {
                // "Crown Prince Abdullah", "Labour Minister Ghazi al-Gosaibi" in a BBC article that names Saudi
                // Arabia and no other country; "Thailand may lose ... according to tourism minister Sontaya
                // Kunplome" in one that never names the UK; in a government's release, a title that is not its
                // own government's, in a sentence naming one other country ("In Hanoi, the Deputy Secretary will
                // meet with Vietnamese officials, including Deputy Prime Minister Le Van Thanh")
                iso2 = iso2 != null ? iso2 : articleCountry;
                step = name() + (news || articleCountry != null ? "/title+article-country" : "/title+sentence-country");
            }
            boolean weak = step.endsWith("/title+outlet");
            if (weak && besideForeign) {
                // not the Turkish "Chief Presidential Advisor" listed after Foreign Minister Cavusoglu in a US release:
                // an official of no country said
                iso2 = null;
                step = name() + "/title";
            }
            (weak ? byOutlet : posts).putIfAbsent(f.title().title() + "|" + iso2 + "|" + org, new PostFact(f.title().title(), iso2, org,
                    context.provenance(step, t.begin(f.first()), t.end(f.end() - 1),
                            iso2 != null || org != null ? 0.85 : 0.7),
                    term == null || term.start() == null ? null : term.start().text(),
                    term == null || term.end() == null ? null : term.end().text()));
        }
        if (posts.values().stream().noneMatch(x -> x.countryIso2() != null || x.organization() != null))
            posts.putAll(byOutlet);   // not Vikram Misri, India's Deputy National Security Adviser, as a US "Ambassador"
        if (posts.isEmpty() && h.delegationIso2 != null) {
            int[] name = h.names.get(0);
            posts.put("delegation", new PostFact("Delegation Member", h.delegationIso2, null, context.provenance(
                    name() + "/delegation", t.begin(name[0]), t.end(name[1] - 1), 0.7)));
        }
        // An article without a date would take any term the person ever held: only for the outlet's own country
        // ("Tony Blair" in the BBC), never a namesake of another ("John Palmer" of a Brussels think-tank), unless
        // the years its corpus covers are known (the link then holds only terms of those years).
        boolean dated = date != null || period || outlet != null && link != null && link.home(link.holdings()).stream()
                .allMatch(x -> outlet.equals(x.country()));
        // Linked outside the years of an undated corpus: only a term begun before them (not Ed Balls's seat of May
        // 2005 nor his ministries of 2006-2010 in a 2004-2005 article)
        Holding then = link == null ? null : link.home(link.holdings()).stream()
                .filter(x -> corpus == null || period || corpus.begunBefore(x))
                .min(Comparator.comparing(Holding::kind)).orElse(null);
        boolean onDate = date != null || period;
        if (posts.isEmpty() && then != null && dated && (!link.bySurnameAlone()
                || !HolderLinks.agreeing(h, link.holdings()).isEmpty())   // "Secretary Blinken": the title licensed it
                && h.found.stream().noneMatch(f -> f.title().scope() == TitleLexicon.Scope.PRIVATE
                        || f.organization() != null && f.organization().kind() == OrganizationKind.OTHER
                        // "ex-Conservative chancellor Ken Clarke" is still an MP; a "former MP" is not
                        || f.blocked() && (!onDate || h.outsideGovernment
                                || HolderLinks.kindsOf(f.title()).contains(then.kind())))) {
            // The text gives no title: the office the tables say the person held then.
            Holding term = then;
            int[] name = h.names.get(0);
            posts.put("knowledge", new PostFact(term.office(), term.country(), term.organization(),
                    context.provenance(name() + "/knowledge:" + term.source(), t.begin(name[0]), t.end(name[1] - 1), 0.75),
                    term.start() == null ? null : term.start().text(), term.end() == null ? null : term.end().text()));
        }
        PersonFact p = h.person;
        List<Span> mentions = new ArrayList<>(p.mentions());
        mentions.addAll(h.moreMentions);
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        boolean official = !posts.isEmpty();
        String iso2 = posts.values().stream().map(PostFact::countryIso2).filter(c -> c != null).findFirst().orElse(null);
        Provenance provenance = official ? new Provenance(name() + "/official", p.provenance().evidence(), 0.85)
                : p.provenance();
        String key = link != null ? link.person().id() : tableKey(p.name(), iso2);
        String name = link != null ? link.name() : p.name();
        return new PersonFact(key, name, official, List.copyOf(posts.values()), mentions, provenance,
                link == null ? null : link.person().wikidata());
    }

    /**
     * The key of a person the tables could not link on the article's date (no office then, or a term under another
     * spelling: "Benjamin Netanyahu" of 2023 where the Factbook writes "Benyamin"): the identifier of the one person of
     * the tables bearing that very name or alias for the country the text gives, so the same person has one IRI in
     * every article, as name and country alone would give it; else the name and the country.
     */
    private String tableKey(String name, String iso2) {
        if (iso2 != null) {
            String own = iso2.toLowerCase(Locale.ROOT) + "/";
            List<String> ids = links().holders().byName(name, null).stream()
                    .filter(m -> m.fit() == NameMatch.Fit.EXACT && m.person().id().startsWith(own))
                    .map(m -> m.person().id()).distinct().toList();
            if (ids.size() == 1)
                return ids.get(0);
        }
        return PersonIdentity.keyOf(name, iso2);
    }

    /**
     * Whether a link made by the years of an undated article's corpus is one a reader would make: the name as the
     * tables write it, or first name and surname in that order (not "Ray Charles" for Ambassador Charles A. Ray), and
     * the country of the office named in the article or the outlet's (not a Mauritian minister "James Burty David"
     * for the "David James" of a Tory review), or an office of an intergovernmental body in an article that names one
     * ("Joaquin Almunia" in a BBC article on the European Union: a European Commissioner then).
     */
    private static boolean plausibleInPeriod(HolderLinks.Link link, PersonFindings h, Set<String> mentioned,
                                             String outlet, boolean bodies) {
        List<String> words = PersonNames.core(link.name());
        List<String> surname = PersonNames.core(link.person().surname());
        boolean inOrder = link.fit() == NameMatch.Fit.EXACT || !words.isEmpty() && !surname.isEmpty()
                && words.get(words.size() - 1).equals(surname.get(surname.size() - 1));
        return inOrder && link.home(link.holdings()).stream()
                .anyMatch(x -> x.country() != null && (mentioned.contains(x.country()) || x.country().equals(outlet))
                        || x.organization() != null && bodies && words.size() >= 2);
    }

    /**
     * Whether an office title the text leaves without a country is the outlet's country's: a national office
     * (scope state) of several holders (a minister, an ambassador, an under secretary), which the tables know the
     * outlet's country to have had then. Not for the offices one person holds at a time (president, prime minister,
     * foreign minister): their holder is linked by name, and anyone else holding one is another country's.
     */
    private boolean outletDefault(TitleMatch title, String outlet, LocalDate date, boolean news) {
        if (outlet == null || title.scope() != TitleLexicon.Scope.STATE)
            return false;
        // Bearing the title's head word too: the US has Secretaries, no Ministers, so a "Defense Minister" in a
        // State Department release is another country's
        String words = title.title().toLowerCase(Locale.ROOT);
        String head = HEAD_WORDS.stream().filter(words::contains).findFirst().orElse(null);
        String family = title.role().substring(title.role().lastIndexOf(' ') + 1);
        // A deputy of a single holder's office is one of several ("Deputy Secretary of State for Management and
        // Resources Brian P. McKeon" in a State Department release): the government's own when it has such
        // deputies by that head word then (not a "Vice President" or a "Deputy Foreign Minister" of a guest)
        boolean deputy = !news && head != null && date != null && DEPUTIES.contains(title.role().split(" ")[0]);
        if (SINGLE_HOLDER_FAMILIES.stream().anyMatch(family::startsWith) && !deputy)
            return false;
        Set<OfficeKind> kinds = HolderLinks.kindsOf(title);
        if (kinds.isEmpty() || kinds.contains(OfficeKind.LEGISLATOR))
            return true;   // the tables hold the seats of UK ministers only, not every country's legislators
        if (date == null)
            return true;
        HolderLinks l = links();
        return kinds.stream().anyMatch(k -> l.holders().holdings(k, outlet, date).stream()
                .anyMatch(x -> head == null || x.office().toLowerCase(Locale.ROOT).contains(head)));
    }

    /**
     * Whether the outlet's government had offices of the title's kind by its head word on the date ("Secretary of
     * State" in a State Department release): its own title, never another country's by the sentence around it.
     */
    private boolean ownTitle(TitleMatch title, String outlet, LocalDate date) {
        String words = title.title().toLowerCase(Locale.ROOT);
        String head = HEAD_WORDS.stream().filter(words::contains).findFirst().orElse(null);
        HolderLinks l = links();
        return head != null && HolderLinks.kindsOf(title).stream().anyMatch(k -> l.holders().holdings(k, outlet, date)
                .stream().anyMatch(x -> x.office().toLowerCase(Locale.ROOT).contains(head)));
    }

    /**
     * Whether a news article is about another country than its outlet's where a title stands: it never names the
     * outlet's country, and names another one at least twice ("Saudi Arabia's foreign ministry ... Labour Minister
     * Ghazi al-Gosaibi" in the BBC) or in the title's sentence ("Thailand may lose ... according to tourism minister
     * Sontaya Kunplome"). A national title there is not the outlet's country's. (A government's release names its
     * own officials without their country: not asked for those.)
     */
    private static boolean aboutAnother(ExtractionContext context, Tokens t, PostFinder.Found f, String outlet) {
        Map<String, Integer> counts = new HashMap<>();
        int offset = context.article().offset();
        boolean inSentence = false;
        for (var c : context.countries()) {
            counts.merge(c.iso2(), 1, Integer::sum);
            int k = t.covering(c.span().begin() - offset);
            inSentence |= k >= 0 && t.sameSentence(k, f.first());
        }
        return !counts.containsKey(outlet) && (inSentence || counts.values().stream().anyMatch(n -> n >= 2));
    }

    /**
     * The one country the sentence of a title names, in an article that never names the outlet's country, or null.
     */
    private static String sentenceCountry(ExtractionContext context, Tokens t, PostFinder.Found f, String outlet) {
        int offset = context.article().offset();
        Set<String> inSentence = new HashSet<>();
        for (var c : context.countries()) {
            if (c.iso2().equals(outlet))
                return null;
            int k = t.covering(c.span().begin() - offset);
            if (k >= 0 && t.sameSentence(k, f.first()))
                inSentence.add(c.iso2());
        }
        return inSentence.size() == 1 ? inSentence.iterator().next() : null;
    }

    /**
     * The one country other than the outlet's named in the sentence of a title, in a government's release, or null:
     * a title the release does not give its own government ("In Vientiane, Deputy Secretary Sherman will meet with
     * Deputy Prime Minister Kikeo Khaykhamphithoune ... to discuss how to best support Laos").
     */
    private static String foreignSentenceCountry(ExtractionContext context, Tokens t, PostFinder.Found f, String outlet) {
        int offset = context.article().offset();
        Set<String> inSentence = new HashSet<>();
        for (var c : context.countries()) {
            int k = t.covering(c.span().begin() - offset);
            if (k >= 0 && t.sameSentence(k, f.first()) && !c.iso2().equals(outlet))
                inSentence.add(c.iso2());
        }
        return inSentence.size() == 1 ? inSentence.iterator().next() : null;
    }

    /**
     * The one country the article names, when it is not the outlet's (a weak default like the outlet's), or null.
     * Only for a news outlet's article: in a text of unknown source the one country named is as often where an
     * official went ("Assistant Secretary Robinson traveled to Poland").
     */
    private static String soleCountry(ExtractionContext context, String outlet) {
        Set<String> named = new HashSet<>();
        context.countries().forEach(c -> named.add(c.iso2()));
        return named.size() == 1 && !named.contains(outlet) ? named.iterator().next() : null;
    }

    private static String sourceOf(List<Holding> terms) {
        return terms.stream().map(Holding::source).distinct().sorted().collect(Collectors.joining("+"));
    }

    /** "Chief Counsellor of Presidential Administration" in a Russian delegation: the body is Russian too. */
    private static void assignCountriesToBodies(ExtractionContext context, List<PersonFindings> holders) {
        Map<OrganizationFact, String> countries = new HashMap<>();
        for (PersonFindings h : holders)
            for (PostFinder.Found f : h.offices())
                if (f.organization() != null && f.organization().countryIso2() == null
                        && f.organization().kind() == OrganizationKind.STATE_BODY && h.countryOf(f) != null)
                    countries.merge(f.organization(), h.countryOf(f), (a, b) -> a.equals(b) ? a : "");
        for (OrganizationFact o : List.copyOf(context.organizations())) {
            String iso2 = countries.get(o);
            if (iso2 != null && !iso2.isEmpty())
                context.replaceOrganization(o, new OrganizationFact(Identities.organizationKey(o.name(), iso2), o.name(),
                        iso2, o.kind(), o.mentions(), o.provenance()));
        }
    }
}
