package org.diplograph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.NameMention;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.Identities;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.Span;
import org.diplograph.gazetteer.PhraseTrie;

/**
 * Says what each organization is and whose it is: intergovernmental bodies and self-identifying state bodies
 * from {@code data/organizations.tsv} (also where CoreNLP missed or mistyped them: "Caribbean Community bloc" as
 * a place), other state bodies by name ("Foreign Office", "Security Council of the Russian Federation"). A state
 * body's country is the one qualifying it ("Pakistan Foreign Office", "Russia's RosoboronExport", "... of the
 * Russian Federation"), else the one qualifying the same name elsewhere in the article. Mentions of one body
 * under several names ("SCO", "US State Department" / "State Department") become one organization.
 */
public final class OrganizationStage implements ExtractionStage {
    private static final Pattern STATE_BODY = Pattern.compile("(?i)\\b(ministry|foreign office|home office|cabinet"
            + "|parliament|senate|national assembly|presidency|presidential administration|department of|department"
            + "|treasury|armed forces|army|navy|air force|embassy|high commission|consulate|central bank|state bank"
            + "|reserve bank|government|council of ministers|security council of|national security council"
            + "|secretariat|coast guard|police|intelligence|election commission|supreme court|prime minister's office"
            + "|president's office|foreign service|mfa|mofa)\\b");

    private final KnownOrganizations known;

    public OrganizationStage() {
        this(KnownOrganizations.standard());
    }

    OrganizationStage(KnownOrganizations known) {
        this.known = known;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.COUNTRIES, Layer.NAMES, Layer.PLACES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ORGANIZATIONS);
    }

    /** One mention, resolved. */
    private record Resolved(String name, OrganizationKind kind, String countryIso2, Span span, String rule) {
    }

    @Override
    public void process(ExtractionContext context) {
        String text = context.article().text();
        CountrySpans countries = new CountrySpans(context);
        List<Resolved> resolved = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        for (List<NameMention> sameName : organizationNames(context).values()) {
            for (NameMention name : sameName) {
                resolved.add(resolve(context, countries, name.begin(), name.end()));
                covered.add(context.span(name.begin(), name.end()));
            }
        }
        for (PhraseTrie.Match<KnownOrganizations.Known> m : known.trie().findAll(text)) {
            Span s = context.span(m.begin(), m.end());
            if (covered.stream().noneMatch(c -> c.overlaps(s))) {
                KnownOrganizations.Known k = m.entry().value();
                resolved.add(new Resolved(k.name(), k.kind(), k.countryIso2(), s, "known"));
                dropPlacesOverlapping(context, s);
            }
        }
        fillCountriesFromSameName(resolved);
        Map<String, List<Resolved>> groups = new LinkedHashMap<>();
        for (Resolved r : resolved)
            groups.computeIfAbsent(Identities.organizationKey(r.name(), r.countryIso2()), k -> new ArrayList<>()).add(r);
        groups.forEach((key, rs) -> {
            Resolved first = rs.get(0);
            List<Span> spans = rs.stream().map(Resolved::span).sorted((a, b) -> Integer.compare(a.begin(), b.begin())).toList();
            double confidence = first.rule().equals("known") ? 0.9 : first.kind() == OrganizationKind.OTHER ? 0.75 : 0.8;
            context.addOrganization(new OrganizationFact(key, first.name(), first.countryIso2(), first.kind(), spans,
                    new Provenance(name() + "/" + first.rule(), spans.get(0), confidence)));
        });
    }

    /** The organizations NER named, by name in order of first mention. */
    private static Map<String, List<NameMention>> organizationNames(ExtractionContext context) {
        Map<String, List<NameMention>> byName = new LinkedHashMap<>();
        for (NameMention name : context.names())
            if (name.kind() == NameMention.Kind.ORGANIZATION)
                byName.computeIfAbsent(name.text(), k -> new ArrayList<>()).add(name);
        return byName;
    }

    private Resolved resolve(ExtractionContext context, CountrySpans countries, int begin, int end) {
        String text = context.article().text();
        String name = text.substring(begin, end);
        Span span = context.span(begin, end);
        CountryMention qualifier = countries.qualifying(text, begin);
        CountryMention leading = countries.startingAt(begin);
        if (leading != null && countries.local(leading.span().end()) < end) {
            qualifier = leading;
            name = text.substring(countries.local(leading.span().end()), end).strip();
        }
        KnownOrganizations.Known k = known.byName(name);
        if (k == null)
            k = known.byName(text.substring(begin, end));
        if (k != null)
            return new Resolved(k.name(), k.kind(), k.countryIso2(), span, "known");
        CountryMention trailing = countries.endingAt(end);
        if (trailing != null && trailing != leading)
            qualifier = trailing;
        boolean stateBody = STATE_BODY.matcher(name).find();
        String iso2 = qualifier == null ? null : qualifier.iso2();
        return new Resolved(name, stateBody ? OrganizationKind.STATE_BODY : OrganizationKind.OTHER, iso2, span, stateBody ? "state-body" : "entity");
    }

    /** "Foreign Office" takes the country of "Pakistan Foreign Office" when the article qualifies it once. */
    private static void fillCountriesFromSameName(List<Resolved> resolved) {
        Map<String, String> countryByName = new HashMap<>();
        for (Resolved r : resolved)
            if (r.countryIso2() != null)
                countryByName.merge(r.name(), r.countryIso2(), (a, b) -> a.equals(b) ? a : "");
        for (int i = 0; i < resolved.size(); i++) {
            Resolved r = resolved.get(i);
            String iso2 = countryByName.get(r.name());
            if (r.countryIso2() == null && iso2 != null && !iso2.isEmpty() && r.kind() != OrganizationKind.INTERGOVERNMENTAL)
                resolved.set(i, new Resolved(r.name(), r.kind(), iso2, r.span(), r.rule() + "-same-name"));
        }
    }

    /** "Caribbean Community bloc" typed a place by NER: the body's name is no place. */
    private static void dropPlacesOverlapping(ExtractionContext context, Span s) {
        for (PlaceFact p : List.copyOf(context.places())) {
            List<Span> rest = p.mentions().stream().filter(m -> !m.overlaps(s)).toList();
            if (rest.size() < p.mentions().size())
                context.replacePlace(p, rest.isEmpty() ? null : new PlaceFact(p.key(), p.name(), p.type(),
                        p.countryIso2(), rest, new Provenance(p.provenance().step(), rest.get(0),
                        p.provenance().confidence())));
        }
    }
}
