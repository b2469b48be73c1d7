package org.diplograph.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.text.NeighbourWords;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.EntityType;
import org.diplograph.facts.Identities;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.Span;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.gazetteer.PhraseTrie;
import org.diplograph.gazetteer.SurfaceForm;

import edu.stanford.nlp.pipeline.CoreEntityMention;

/**
 * Finds countries by name, short form, demonym and capital with one dictionary pass over the text, then uses
 * CoreNLP's entities and the local context to drop readings that are not the country: a name inside a person's
 * name, "South American", a capital that is a place ("in Moscow", the dateline) rather than the government.
 */
public final class CountryStage implements ExtractionStage {
    /** Words that turn a following demonym or name into a region ("South American", "Latin American"). */
    private static final Set<String> REGION_MODIFIERS = Set.of("south", "north", "east", "west", "latin",
            "central", "southern", "northern", "eastern", "western", "southeast", "northeast", "new", "african", "arab",
            "asian", "native", "anglo");
    /** Prepositions after which a capital is a place, not its government. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "near", "outside", "into",
            "via", "across", "around", "visited", "visiting", "visit", "of");

    private final PhraseTrie<SurfaceForm> trie = new PhraseTrie<>();

    public CountryStage(CountryTable table) {
        for (SurfaceForm form : table.surfaceForms())
            trie.add(form.text(), form);
    }

    @Override
    public String name() {
        return "country-gazetteer";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.COUNTRIES, Layer.PLACES);
    }

    @Override
    public void process(ExtractionContext context) {
        String text = context.article().text();
        List<CoreEntityMention> entities = context.document().entityMentions();
        for (PhraseTrie.Match<SurfaceForm> match : trie.findAll(text)) {
            SurfaceForm form = match.entry().value();
            if (inside(entities, "PERSON", match.begin(), match.end()) || afterRegionModifier(text, match.begin()))
                continue;
            // "Washington Post", "Georgetown University": a capital inside an organization's name is neither.
            if (form.form() == SurfaceForm.Form.CAPITAL && inside(entities, "ORGANIZATION", match.begin(), match.end()))
                continue;
            String kind = form.form().name().toLowerCase(Locale.ROOT);
            if (form.form() == SurfaceForm.Form.CAPITAL && isPlace(context, text, match.begin())) {
                addPlace(context, form.country(), match);
                continue;
            }
            context.addCountry(new CountryMention(form.country().iso2(), kind,
                    context.provenance(name() + "/" + kind, match.begin(), match.end(), confidence(form, match))));
        }
    }

    private static double confidence(SurfaceForm form, PhraseTrie.Match<SurfaceForm> match) {
        switch (form.form()) {
            case NAME: return 0.95;
            case ALIAS: return match.end() - match.begin() <= 3 ? 0.85 : 0.9;
            case DEMONYM: return 0.85;
            default: return 0.7;
        }
    }

    private static boolean inside(List<CoreEntityMention> entities, String type, int begin, int end) {
        for (CoreEntityMention e : entities) {
            int eb = e.charOffsets().first(), ee = e.charOffsets().second();
            if (eb <= begin && end <= ee && type.equals(e.entityType()))
                return true;
        }
        return false;
    }

    private static boolean afterRegionModifier(String text, int begin) {
        String previous = NeighbourWords.previousWord(text, begin);
        return previous != null && REGION_MODIFIERS.contains(previous.toLowerCase(Locale.ROOT))
                && Character.isUpperCase(previous.charAt(0));
    }

    private static boolean isPlace(ExtractionContext context, String text, int begin) {
        Span dateline = context.article().datelineSpan();
        int absolute = begin + context.article().offset();
        if (dateline != null && absolute >= dateline.begin() && absolute < dateline.end())
            return true;
        String previous = NeighbourWords.previousWord(text, begin);
        return previous != null && LOCATIVES.contains(previous.toLowerCase(Locale.ROOT));
    }

    private void addPlace(ExtractionContext context, Country country, PhraseTrie.Match<SurfaceForm> match) {
        String name = match.entry().phrase();
        Span span = context.span(match.begin(), match.end());
        context.addPlace(new PlaceFact(Identities.placeKey(name, country.iso2()), name, EntityType.CITY,
                country.iso2(), List.of(span), context.provenance(name() + "/capital-as-place", match.begin(),
                match.end(), 0.8)));
    }
}
