package org.diplograph.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.facts.CountryMention;

import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * "The two countries", "both states": the pair of countries named just before, as two mentions of form
 * {@code anaphor}. The pair is the two countries named in the sentence so far, else in it and up to two sentences
 * before; with more than two there, only a coordinated pair right before ("Pakistan and Russia; both the
 * countries") counts. Anything less clear is left alone.
 */
public final class CountryAnaphorStage implements ExtractionStage {
    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:[Tt]he two|[Bb]oth(?: the)?) (?:countries|nations|states|neighbou?rs)\\b");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:and|&|-|–|,)\\s*");

    @Override
    public String name() {
        return "country-anaphor";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.COUNTRY_ANAPHORS);
    }

    @Override
    public void process(ExtractionContext context) {
        String text = context.article().text();
        int offset = context.article().offset();
        List<int[]> named = new ArrayList<>(); // local begin, end, index into codes
        List<String> codes = new ArrayList<>();
        for (CountryMention c : context.countries()) {
            named.add(new int[] {c.span().begin() - offset, c.span().end() - offset, codes.size()});
            codes.add(c.iso2());
        }
        List<CountryMention> found = new ArrayList<>();
        Matcher m = ANAPHOR.matcher(text);
        while (m.find()) {
            List<String> pair = pairBefore(context, text, named, codes, m.start());
            if (pair == null)
                continue;
            for (String iso2 : pair) {
                found.add(new CountryMention(iso2, "anaphor", context.provenance(name() + "/pair", m.start(), m.end(), 0.7)));
                named.add(new int[] {m.start(), m.end(), codes.size()});
                codes.add(iso2);
            }
        }
        found.forEach(context::addCountry);
    }

    private static List<String> pairBefore(ExtractionContext context, String text, List<int[]> named,
                                           List<String> codes, int at) {
        List<CoreSentence> sentences = context.document().sentences();
        int s = 0;
        while (s + 1 < sentences.size() && sentences.get(s + 1).charOffsets().first() <= at)
            s++;
        for (int back = 0; back <= 2 && s - back >= 0; back++) {
            int from = sentences.get(s - back).charOffsets().first();
            List<int[]> window = named.stream().filter(n -> n[0] >= from && n[1] <= at)
                    .sorted((a, b) -> Integer.compare(a[0], b[0])).toList();
            Set<String> distinct = new LinkedHashSet<>();
            window.forEach(n -> distinct.add(codes.get(n[2])));
            if (distinct.size() == 2)
                return List.copyOf(distinct);
            if (distinct.size() > 2)
                return coordinatedPair(text, window, codes);
        }
        return null;
    }

    /** The last two countries of the window when only "and", "-" or "," separate them. */
    private static List<String> coordinatedPair(String text, List<int[]> window, List<String> codes) {
        int[] a = window.get(window.size() - 2), b = window.get(window.size() - 1);
        String first = codes.get(a[2]), second = codes.get(b[2]);
        boolean joined = a[1] <= b[0] && COORDINATION.matcher(text.substring(a[1], b[0])).matches();
        return joined && !first.equals(second) ? List.of(first, second) : null;
    }
}
