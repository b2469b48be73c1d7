package org.diplograph.extract.statements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;

/**
 * Builds the {@link StatementFact} of an attribution: its text (quote marks dropped, pieces joined), the
 * countries named in the content, and its date: a date said in the attribution's own sentence ("said on
 * Tuesday") if there is one, else the article's.
 */
final class StatementFacts {
    private final QuotedTokens view;
    private final ExtractionContext context;
    private final String stage;

    StatementFacts(QuotedTokens view, ExtractionContext context, String stage) {
        this.view = view;
        this.context = context;
        this.stage = stage;
    }

    StatementFact fact(Attribution a, SpeakerResolver.Resolved resolved) {
        Speaker speaker = resolved == null ? null : resolved.speaker();
        double confidence = a.confidence * (resolved == null ? 1 : resolved.confidence());
        Span evidence = context.span(a.begin(), a.end());
        String cue = a.cueBegin < 0 ? null : view.text(a.cueBegin, a.cueEnd);
        Span cueSpan = a.cueBegin < 0 ? null : context.span(view.begin(a.cueBegin), view.end(a.cueEnd - 1));
        String who = speaker == null ? "unknown" : speaker.personKey() != null ? speaker.personKey()
                : speaker.organizationKey() != null ? speaker.organizationKey() : "unnamed";
        return new StatementFact(who + "@" + evidence.begin(), speaker, text(a), a.direct, cue, cueSpan, date(a),
                about(a), new Provenance(stage + "/" + a.rule, evidence, Math.round(confidence * 100) / 100.0));
    }

    private String text(Attribution a) {
        StringBuilder text = new StringBuilder();
        for (int[] piece : a.pieces) {
            String s = view.text.substring(piece[0], piece[1]);
            if (a.direct)
                s = s.replaceAll("^\\s*[“”\"‘’'«»]+|[“”\"‘’'«»]+\\s*$", "").replaceAll("\\n\\s*[“\"‘'«]", "\n");
            text.append(text.length() == 0 ? "" : " ").append(s.strip());
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private List<String> about(Attribution a) {
        Set<String> codes = new LinkedHashSet<>();
        for (int[] piece : a.pieces) {
            Span span = context.span(piece[0], piece[1]);
            for (CountryMention c : context.countries())
                if (span.contains(c.span()))
                    codes.add(c.iso2());
        }
        return List.copyOf(codes);
    }

    /** The calendar date nearest the cue in its sentence, outside the content; else the article's date. */
    private String date(Attribution a) {
        String published = context.article().published() == null ? null : context.article().published().toString();
        if (a.cueBegin < 0)
            return published;
        int sentence = view.sentenceOf(a.cueBegin);
        Span within = context.span(view.begin(view.sentenceStart(sentence)), view.end(view.sentenceEnd(sentence) - 1));
        Span cue = context.span(view.begin(a.cueBegin), view.end(a.cueEnd - 1));
        TimeFact best = null;
        for (TimeFact t : context.times()) {
            if (t.begin() == null || !within.contains(t.span()) || insideContent(a, t.span()))
                continue;
            if (best == null || distance(t.span(), cue) < distance(best.span(), cue))
                best = t;
        }
        if (best == null)
            return published;
        // "Tuesday night" is 2026-02-24TNI: the statement's date is the day
        return best.begin().equals(best.end()) ? best.begin().toString() : best.value();
    }

    private boolean insideContent(Attribution a, Span span) {
        for (int[] piece : a.pieces)
            if (context.span(piece[0], piece[1]).overlaps(span))
                return true;
        return false;
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
    }
}
