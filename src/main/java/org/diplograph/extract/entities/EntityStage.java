package org.diplograph.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.NameMention;
import org.diplograph.extract.text.Genders;
import org.diplograph.facts.EntityType;
import org.diplograph.facts.Identities;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.Span;

/**
 * Persons, organizations and places from the document's {@link NamedEntities}. Within the article, a person named by a
 * surname alone ("Rubio") joins the person whose full name ends with it ("Marco Rubio"), when exactly one does.
 * Honorifics and ranks are not part of a name.
 */
public final class EntityStage implements ExtractionStage {
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen|Lt|Col|Maj|Capt|Adm|Sen|Rep|Gov|Rev|Sheikh|H\\.E)\\.?\\s+)+");

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.PLACES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.NAMES, Layer.PERSONS, Layer.PLACES);
    }

    @Override
    public void process(ExtractionContext context) {
        Map<String, List<Span>> persons = new LinkedHashMap<>();
        Map<String, List<Span>> places = new LinkedHashMap<>();
        Map<String, EntityType> placeTypes = new LinkedHashMap<>();
        List<NameMention> names = NamedEntities.of(context.document());
        context.addNames(names);
        NameMention lastPerson = null;
        for (NameMention mention : names) {
            Span span = context.span(mention.begin(), mention.end());
            switch (mention.kind()) {
                case PERSON:
                    List<Span> last = lastPerson == null ? null : persons.get(cleanName(lastPerson.text()));
                    if (last != null && peerageSeat(context.article().text(), mention.begin())
                            && context.article().text().substring(lastPerson.end(), mention.begin()).strip().equals("of")) {
                        // "Lord Nicholls of Birkenhead": the place of the peer's title is part of his mention
                        last.set(last.size() - 1, context.span(lastPerson.begin(), mention.end()));
                        break;
                    }
                    if (FAMILY.matcher(context.article().text()).region(mention.end(),
                            Math.min(context.article().text().length(), mention.end() + 12)).lookingAt())
                        break;   // "the Ambani family": a family, not one of its members (two brothers there)
                    persons.computeIfAbsent(cleanName(mention.text()), k -> new ArrayList<>()).add(span);
                    lastPerson = mention;
                    break;
                case ORGANIZATION:
                    break; // what kind of body, and whose: the organization stage's
                default:
                    if ("COUNTRY".equals(mention.nerType()) || coveredByCountry(context, span))
                        break;
                    places.computeIfAbsent(mention.text(), k -> new ArrayList<>()).add(span);
                    placeTypes.put(mention.text(), "CITY".equals(mention.nerType()) ? EntityType.CITY : EntityType.REGION);
                    break;
            }
        }
        mergeSurnames(persons, context.article().text(), context.article().offset()).forEach((name, spans) -> context.addPerson(new PersonFact(
                Identities.personKey(name, null), name, false, List.of(), spans,
                provenanceOf(context, "person", spans.get(0), 0.8))));
        places.forEach((name, spans) -> {
            String iso2 = countryAfter(context, spans);
            context.addPlace(new PlaceFact(Identities.placeKey(name, iso2), name, placeTypes.get(name), iso2, spans,
                    provenanceOf(context, iso2 == null ? "place" : "place-country", spans.get(0), 0.75)));
        });
    }

    private org.diplograph.facts.Provenance provenanceOf(ExtractionContext context, String rule, Span span, double c) {
        return new org.diplograph.facts.Provenance(name() + "/" + rule, span, c);
    }

    /** A family named by a surname: "the Ambani family", "the Kennedy clan". */
    private static final Pattern FAMILY = Pattern.compile("\\s+(?:family|families|clan|dynasty)\\b");

    /** Whether "Lord X of " stands right before {@code begin}: what follows is the place of a peer's title. */
    private static final Pattern PEERAGE_OF = Pattern.compile("\\b(?:Lord|Baroness|Lady)\\s+[A-Z][\\p{L}'-]+\\s+of\\s+$");

    private static boolean peerageSeat(String text, int begin) {
        return begin > 0 && begin <= text.length()
                && PEERAGE_OF.matcher(text.substring(Math.max(0, begin - 40), begin)).find();
    }

    static String cleanName(String name) {
        String cleaned = HONORIFIC.matcher(name.strip()).replaceFirst("");
        return cleaned.isEmpty() ? name.strip() : cleaned;
    }

    /** "Sochi, Russia", "BASSETERRE, St. Kitts and Nevis": the country named right after a place. */
    private static String countryAfter(ExtractionContext context, List<Span> spans) {
        String text = context.article().text();
        CountrySpans countries = new CountrySpans(context);
        for (Span s : spans) {
            int end = countries.local(s.end());
            if (end + 2 <= text.length() && text.startsWith(", ", end)) {
                org.diplograph.facts.CountryMention c = countries.startingAt(end + 2);
                if (c != null && !"demonym".equals(c.form()))
                    return c.iso2();
            }
        }
        return null;
    }

    private static boolean coveredByCountry(ExtractionContext context, Span span) {
        return context.countries().stream().anyMatch(c -> c.span().overlaps(span))
                || context.places().stream().anyMatch(p -> p.mentions().stream().anyMatch(s -> s.overlaps(span)));
    }

    /**
     * Folds single-word names into the one longer name ending with that word; ambiguous ones stay apart, and so
     * do mentions whose honorific says another gender ("Mrs Howard" is not "Michael Howard").
     */
    static Map<String, List<Span>> mergeSurnames(Map<String, List<Span>> persons, String text, int offset) {
        Map<String, List<Span>> merged = new LinkedHashMap<>();
        persons.forEach((name, spans) -> {
            // a name in capitals is a transcript label's ("BLINKEN", "LE DRIAN"): it joins the name written out
            boolean capitals = isCapitals(name);
            List<String> owners = name.contains(" ") && !capitals ? List.of() : persons.keySet().stream()
                    .filter(other -> other.contains(" ") && !other.equals(name) && !isCapitals(other)
                            && endsWithWord(capitals ? other.toUpperCase(Locale.ROOT) : other, name)).toList();
            Genders.Gender gender = owners.size() == 1
                    ? Genders.ofPerson(owners.get(0), persons.get(owners.get(0)), text, offset) : null;
            for (Span s : spans) {
                boolean joins = gender != null
                        && Genders.compatible(gender, Genders.ofMention(s.text(), text, s.begin() - offset));
                merged.computeIfAbsent(joins ? owners.get(0) : name, k -> new ArrayList<>()).add(s);
            }
        });
        merged.values().forEach(spans -> spans.sort((a, b) -> Integer.compare(a.begin(), b.begin())));
        return merged;
    }

    private static boolean isCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithWord(String fullName, String word) {
        return fullName.endsWith(" " + word) || fullName.endsWith("-" + word);
    }
}
