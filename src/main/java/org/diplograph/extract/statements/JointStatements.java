package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;

/**
 * A joint statement ("Joint Statement by the President of the United States Joe Biden and the President of
 * Mexico …", "U.S.-Canada Joint Statement on …", a body opening "We, the Leaders of Japan, the Republic of Korea,
 * and the United States, …"): its body is one statement of each signatory. The signatories are, in this order of
 * preference, the persons named in the body's "we — President Macron of France, Chancellor Scholz of Germany, … —",
 * the persons named in the title, the countries of the lines that introduce the text ("released by the Governments
 * of the United States and Japan", "Representatives of … met"), those of the "We, the Leaders of …" opening, and
 * those of the title; at least two of one kind.
 */
final class JointStatements {
    /** A joint statement: its body (character range of the article text) and its signatories. */
    record Joint(int begin, int end, List<SpeakerResolver.Resolved> signatories) {
        boolean contains(int offset) {
            return begin <= offset && offset < end;
        }

        /** Whether the signatories are persons ("President Biden and President López Obrador"), not countries. */
        boolean namesPersons() {
            return signatories.stream().anyMatch(r -> r.speaker().personKey() != null);
        }

        /** The signatories as countries: a person's country (by their posts), else nothing. */
        List<SpeakerResolver.Resolved> countries() {
            List<SpeakerResolver.Resolved> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (SpeakerResolver.Resolved r : signatories) {
                String iso2 = r.speaker().countryIso2();
                if (iso2 == null)
                    return List.of();
                if (seen.add(iso2))
                    out.add(r.speaker().personKey() == null ? r : new SpeakerResolver.Resolved(new Speaker(null, null,
                            iso2, iso2, r.speaker().mention()), r.confidence()));
            }
            return out.size() >= 2 ? out : List.of();
        }
    }

    /** "Begin Text:", "Begin text." */
    private static final Pattern BEGIN = Pattern.compile("(?i)begin text\\s*[.:]?");
    private static final Pattern END = Pattern.compile("(?i)end text\\s*[.:]?");
    /** "Today, we — …", "We, the Leaders of …": the apposition after "we" up to the closing dash or the verb. */
    private static final Pattern WE = Pattern.compile("^(?:Today,\\s*)?[Ww]e\\s*(?:,|—|–|-)");
    private static final int INTRO_PARAGRAPHS = 8;

    private JointStatements() {
    }

    /** The joint statement the article is, or null. */
    static Joint find(QuotedTokens view, ExtractionContext context, EntityIndex entities, StatementWords words) {
        String text = view.text;
        List<int[]> paragraphs = paragraphs(text);
        if (paragraphs.size() < 2)
            return null;
        int body = bodyStart(text, paragraphs);
        if (body < 0)
            return null;
        int[] first = paragraphs.get(body);
        Matcher we = WE.matcher(text.substring(first[0], first[1]));
        boolean titled = words.isJointTitle(context.article().title());
        if (!titled && !we.find())
            return null;
        int end = text.length();
        for (int p = body + 1; p < paragraphs.size(); p++)
            if (END.matcher(text.substring(paragraphs.get(p)[0], paragraphs.get(p)[1]).strip()).matches()) {
                end = paragraphs.get(p)[0];
                break;
            }
        while (end > first[0] && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        Span apposition = we.find(0) ? context.span(first[0], appositionEnd(view, first[0] + we.end(), first[1])) : null;
        Span title = context.article().titleSpan();
        List<Span> intro = new ArrayList<>();   // the lines between title and body, not the address
        for (int p = 1; p < body; p++)
            if (!text.startsWith("http", paragraphs.get(p)[0]))
                intro.add(context.span(paragraphs.get(p)[0], topicStart(text, paragraphs.get(p))));
        List<SpeakerResolver.Resolved> signatories = persons(entities, apposition);
        if (signatories.size() < 2)
            signatories = persons(entities, title);
        if (signatories.size() < 2)
            signatories = countries(context, intro);
        if (signatories.size() < 2)
            signatories = countries(context, apposition == null ? List.of() : List.of(apposition));
        if (signatories.size() < 2)
            signatories = countries(context, title == null ? List.of() : List.of(title));
        return signatories.size() < 2 ? null : new Joint(first[0], end, signatories);
    }

    /**
     * The first paragraph of the body: after "Begin Text:" or a line ending with a colon that introduces the text
     * ("… released the following joint statement following their call:"), else the first paragraph after the
     * title of eight words or more (not the date, the address, "Office of the Spokesperson").
     */
    private static int bodyStart(String text, List<int[]> paragraphs) {
        int limit = Math.min(paragraphs.size(), INTRO_PARAGRAPHS);
        for (int p = 1; p < limit; p++) {
            String line = text.substring(paragraphs.get(p)[0], paragraphs.get(p)[1]).strip();
            boolean introduces = BEGIN.matcher(line).matches()
                    || line.endsWith(":") && line.toLowerCase(Locale.ROOT).contains("statement");
            if (introduces)
                return p + 1 < paragraphs.size() ? p + 1 : -1;
        }
        for (int p = 1; p < limit; p++)
            if (text.substring(paragraphs.get(p)[0], paragraphs.get(p)[1]).strip().split("\\s+").length >= 8)
                return p;
        return -1;
    }

    /** Where the apposition after "we" ends: at a dash closing it, else before the first finite verb. */
    private static int appositionEnd(QuotedTokens view, int from, int limit) {
        for (int t = view.tokenAt(from); t < view.tokens.size() && view.begin(t) < limit; t++) {
            String w = view.word(t);
            if (w.equals("—") || w.equals("–") || w.equals("--") || view.shared.isFiniteVerb(t))
                return view.begin(t);
        }
        return limit;
    }

    private static List<SpeakerResolver.Resolved> persons(EntityIndex entities, Span within) {
        List<SpeakerResolver.Resolved> found = new ArrayList<>();
        if (within == null)
            return found;
        for (PersonFact p : entities.personsIn(within))
            found.add(new SpeakerResolver.Resolved(new Speaker(p.key(), null, p.name(), entities.countryOf(p),
                    within), 0.85));
        return found;
    }

    private static List<SpeakerResolver.Resolved> countries(ExtractionContext context, List<Span> within) {
        List<SpeakerResolver.Resolved> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<CountryMention> inOrder = new ArrayList<>(context.countries());
        inOrder.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        for (CountryMention c : inOrder)
            if (within.stream().anyMatch(w -> w.contains(c.span())) && !"anaphor".equals(c.form()) && seen.add(c.iso2()))
                found.add(new SpeakerResolver.Resolved(new Speaker(null, null, c.span().text(), c.iso2(), c.span()),
                        0.8));
        return found;
    }

    /** "… met in Brussels on May 10, 2022, to discuss the crisis in Syria.": the topic names no signatory. */
    private static final Pattern TOPIC = Pattern.compile("\\b(to discuss|to address|regarding|concerning|about|on the situation)\\b");

    private static int topicStart(String text, int[] line) {
        Matcher m = TOPIC.matcher(text.substring(line[0], line[1]));
        return m.find() ? line[0] + m.start() : line[1];
    }

    /** Character ranges {@code [begin, end)} of the non-blank lines of the text. */
    private static List<int[]> paragraphs(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++)
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank())
                    lines.add(new int[] {start, i});
                start = i + 1;
            }
        return lines;
    }
}
