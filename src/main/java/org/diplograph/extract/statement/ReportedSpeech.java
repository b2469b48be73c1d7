package org.diplograph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Reported speech on the dependency parse of the sentences that hold a cue outside quotes: "X said (that) C"
 * (C the verb's clausal complement), "C, X said" (the cue hangs from C), "X denied C" for verbs whose statement
 * may be a noun phrase, "X vowed to C", and "according to X, C". Only sentences with a cue are parsed.
 */
final class ReportedSpeech {
    /** Verbs whose statement may be an infinitive: "vowed to fight", "urged Congress to act". */
    private static final Set<String> WITH_INFINITIVE = Set.of("promise", "pledge", "vow", "urge", "threaten", "agree", "demand", "propose", "ask");

    private final TokenView view;
    private final Parses parses;
    private final SourcePhrases sources;
    private final According according;
    private final SurfaceSpeech surface;

    ReportedSpeech(TokenView view, Parses parses, SourcePhrases sources) {
        this.view = view;
        this.parses = parses;
        this.sources = sources;
        this.according = new According(view);
        this.surface = new SurfaceSpeech(view);
    }

    /** Statements of the cues not in {@code taken}, whose content does not overlap {@code taken} content. */
    List<Attribution> find(List<Attribution> taken) {
        List<Attribution> found = new ArrayList<>();
        for (int t = 0; t < view.tokens.size(); t++) {
            if (view.quoteOf(t) >= 0 || usedAsCue(taken, t))
                continue;
            Attribution a = view.word(t).equalsIgnoreCase("according") ? according.at(t)
                    : Cues.isCue(view.token(t)) ? reported(t) : null;
            if (a != null && taken.stream().noneMatch(o -> o.overlaps(a.begin(), a.end()) && o.direct))
                found.add(a);
        }
        return found;
    }

    private Attribution reported(int cue) {
        int sentence = view.sentenceOf(cue);
        SemanticGraph graph = parses.of(sentence);
        IndexedWord verb = parses.node(cue);
        if (verb == null)
            return null;
        boolean reporting = Cues.isReporting(view.token(cue));
        String lemma = Cues.lemma(view.token(cue));
        int[] content = null;
        String rule = null;
        double confidence = 0;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String rel = edge.getRelation().toString();
            boolean after = edge.getDependent().index() > verb.index();
            if (reporting && (rel.equals("ccomp") || rel.equals("parataxis") && after)) {
                content = span(graph, sentence, edge.getDependent(), null);
                rule = "reported/complement";
                confidence = 0.8;
                break;
            }
            if (content == null && after && Cues.takesObject(view.token(cue))
                    && (rel.equals("obj") || rel.equals("obl") || rel.equals("xcomp"))) {
                content = rightOf(graph, sentence, verb);
                rule = "reported/object";
                confidence = 0.65;
            } else if (content == null && rel.equals("xcomp") && WITH_INFINITIVE.contains(lemma)) {
                content = span(graph, sentence, edge.getDependent(), null);
                rule = "reported/infinitive";
                confidence = 0.65;
            }
        }
        if (content == null && reporting)
            content = fronted(graph, sentence, verb);
        if (content != null && rule == null) {
            rule = "reported/fronted";
            confidence = 0.75;
        }
        int[] source = sources.subjectOf(cue);
        if (source == null && content == null && Cues.isSpeech(view.token(cue)))
            source = surface.subject(cue);
        if (content == null && source != null && Cues.isSpeech(view.token(cue)) && surface.finite(cue)) {
            content = source[0] < cue ? surface.complement(cue) : null;
            if (content == null)
                content = surface.fronted(cue, source);
            rule = "reported/word-order";
            confidence = 0.7;
            int[] pieces = content == null ? surface.parenthetical(cue, source) : null;
            if (pieces != null) {
                Attribution a = new Attribution(view.begin(pieces[0]), view.end(pieces[1] - 1), false,
                        "reported/parenthetical", 0.75).cue(cue, cue + 1).source(source[0], source[1], source[2]);
                a.pieces.add(new int[] {view.begin(pieces[2]), view.end(pieces[3] - 1)});
                return a;
            }
        }
        if (content == null)
            return null;
        if (source == null || source[0] < content[1] && content[0] < source[1])
            return null;
        return new Attribution(view.begin(content[0]), view.end(content[1] - 1), false, rule, confidence)
                .cue(cue, cue + 1).source(source[0], source[1], source[2]);
    }

    /** "C, X said.": the cue clause ends the sentence, hangs from C's verb, and C starts the sentence. */
    private int[] fronted(SemanticGraph graph, int sentence, IndexedWord verb) {
        SemanticGraphEdge in = null;
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb))
            in = edge;
        String rel = in == null ? "" : in.getRelation().toString();
        if (!(rel.equals("parataxis") || rel.equals("ccomp")) || in.getGovernor().index() > verb.index())
            return null;   // the statement comes first
        int start = view.sentenceStart(sentence);
        if (Cues.isCue(view.token(parses.token(in.getGovernor()))))
            return null;    // "X said she thinks …": the cue is the statement, not its attribution
        int clauseBegin = parses.token(verb), clauseEnd = clauseBegin;
        for (IndexedWord d : graph.descendants(verb)) {
            clauseBegin = Math.min(clauseBegin, parses.token(d));
            clauseEnd = Math.max(clauseEnd, parses.token(d));
        }
        if (clauseBegin <= start || !view.word(clauseBegin - 1).equals(",")
                && !(view.quoteOf(clauseBegin - 1) >= 0 && view.word(clauseBegin - 2).equals(",")))
            return null;    // "C, X said": a comma sets the attribution off
        for (int t = clauseEnd + 1; t < view.sentenceEnd(sentence); t++)
            if (!view.isPunct(t))
                return null;
        int[] content = span(graph, sentence, in.getGovernor(), verb);
        return content != null && content[0] <= start + 1 && content[1] - content[0] >= 3 ? content : null;
    }

    /** What follows the verb in its clause: object, complement, "for …" ("called for an inquiry"). */
    private int[] rightOf(SemanticGraph graph, int sentence, IndexedWord verb) {
        int min = Integer.MAX_VALUE, max = -1;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String rel = edge.getRelation().toString();
            IndexedWord d = edge.getDependent();
            if (d.index() < verb.index() || !(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl")
                    && !rel.equals("obl:tmod") || rel.equals("xcomp") || rel.equals("ccomp")))
                continue;
            String ner = view.token(parses.token(sentence, d)).ner();
            int[] s = "DATE".equals(ner) || "TIME".equals(ner) ? null : span(graph, sentence, d, null);
            if (s == null)
                continue;
            min = Math.min(min, s[0]);
            max = Math.max(max, s[1]);
        }
        return max < 0 ? null : new int[] {min, max};
    }

    /** Token range of the subtree of {@code head}, stopping before {@code stop}'s subtree; trimmed of edge punctuation and "that". */
    private int[] span(SemanticGraph graph, int sentence, IndexedWord head, IndexedWord stop) {
        int min = head.index(), max = head.index();
        int stopAt = Integer.MAX_VALUE;
        if (stop != null)
            for (IndexedWord d : graph.descendants(stop))
                stopAt = Math.min(stopAt, d.index());
        for (IndexedWord d : graph.descendants(head)) {
            if (d.index() >= stopAt)
                continue;
            min = Math.min(min, d.index());
            max = Math.max(max, d.index());
        }
        int begin = parses.token(sentence, graph.getNodeByIndex(min));
        int end = parses.token(sentence, graph.getNodeByIndex(max)) + 1;
        while (begin < end && (view.isPunct(begin) && view.quoteOf(begin) < 0
                || view.word(begin).equalsIgnoreCase("that") && view.tag(begin).equals("IN")))
            begin++;
        while (end > begin && view.isPunct(end - 1) && view.quoteOf(end - 1) < 0)
            end--;
        int quote = end > begin ? view.quoteOf(end - 1) : -1;
        if (quote >= 0)   // a statement ending inside a quote ends with it: "focused on “Haiti; we talked …”"
            end = Math.min(view.sentenceEnd(view.sentenceOf(end - 1)), view.tokenAt(view.quotes.get(quote).end()));
        return end > begin ? new int[] {begin, end} : null;
    }

    private static boolean usedAsCue(List<Attribution> taken, int t) {
        for (Attribution a : taken)
            if (a.cueBegin <= t && t < a.cueEnd)
                return true;
        return false;
    }
}
