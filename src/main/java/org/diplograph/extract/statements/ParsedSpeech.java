package org.diplograph.extract.statements;

import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The statement of a cue verb on the dependency parse: its clausal complement ("said (that) C"), what follows a
 * verb whose statement may be a noun phrase ("denied the allegations", "called for an inquiry"), an infinitive
 * ("vowed to fight"), or the clause the cue hangs from ("C, X said").
 */
final class ParsedSpeech {
    /** Content found for a cue: token range, rule, confidence. */
    record Found(int begin, int end, String rule, double confidence) {
    }

    /** Verbs whose statement may be an infinitive: "vowed to fight", "urged Congress to act". */
    private static final Set<String> WITH_INFINITIVE = Set.of("promise", "pledge", "vow", "urge", "threaten",
            "agree", "demand", "propose", "ask");

    private final QuotedTokens view;
    private final Parses parses;

    ParsedSpeech(QuotedTokens view, Parses parses) {
        this.view = view;
        this.parses = parses;
    }

    Found contentOf(int cue) {
        int sentence = view.sentenceOf(cue);
        SemanticGraph graph = parses.of(sentence);
        IndexedWord verb = parses.node(cue);
        if (verb == null)
            return null;
        boolean reporting = ReportingWords.isReporting(view.token(cue));
        Found found = null;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String rel = edge.getRelation().toString();
            boolean after = edge.getDependent().index() > verb.index();
            if (reporting && (rel.equals("ccomp") || rel.equals("parataxis") && after))
                return found(span(graph, edge.getDependent(), null), "reported/complement", 0.8);
            if (found == null && after && ReportingWords.takesObject(view.token(cue))
                    && (rel.equals("obj") || rel.equals("obl") || rel.equals("xcomp") || rel.equals("advcl")))
                found = found(rightOf(graph, verb), "reported/object", 0.65);
            else if (found == null && rel.equals("xcomp") && WITH_INFINITIVE.contains(ReportingWords.lemma(view.token(cue))))
                found = found(span(graph, edge.getDependent(), null), "reported/infinitive", 0.65);
        }
        return found == null && reporting ? found(fronted(graph, sentence, verb), "reported/fronted", 0.75) : found;
    }

    private static Found found(int[] range, String rule, double confidence) {
        return range == null ? null : new Found(range[0], range[1], rule, confidence);
    }

    /** "C, X said.": the cue clause ends the sentence, hangs from C's verb, and C starts the sentence. */
    private int[] fronted(SemanticGraph graph, int sentence, IndexedWord verb) {
        SemanticGraphEdge in = null;
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb))
            in = edge;
        String rel = in == null ? "" : in.getRelation().toString();
        if (!(rel.equals("parataxis") || rel.equals("ccomp")) || in.getGovernor().index() > verb.index())
            return null;   // the statement comes first
        if (ReportingWords.isCue(view.token(parses.token(in.getGovernor()))))
            return null;   // "X said she thinks …": the cue is the statement, not its attribution
        int start = view.sentenceStart(sentence);
        int clauseBegin = parses.token(verb), clauseEnd = clauseBegin;
        for (IndexedWord d : graph.descendants(verb)) {
            clauseBegin = Math.min(clauseBegin, parses.token(d));
            clauseEnd = Math.max(clauseEnd, parses.token(d));
        }
        if (clauseBegin <= start || !view.commaAt(clauseBegin - 1))
            return null;   // "C, X said": a comma sets the attribution off
        for (int t = clauseEnd + 1; t < view.sentenceEnd(sentence); t++)
            if (!view.isPunct(t))
                return null;
        int[] content = span(graph, in.getGovernor(), verb);
        return content != null && content[0] <= start + 1 && content[1] - content[0] >= 3 ? content : null;
    }

    /** What follows the verb in its clause: object, complement, "for …" ("called for an inquiry"). */
    private int[] rightOf(SemanticGraph graph, IndexedWord verb) {
        int min = Integer.MAX_VALUE, max = -1;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String rel = edge.getRelation().toString();
            IndexedWord d = edge.getDependent();
            if (d.index() < verb.index() || !(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl")
                    && !rel.equals("obl:tmod") || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl")))
                continue;
            int[] s = view.isTime(parses.token(d)) ? null : span(graph, d, null);
            if (s != null) {
                min = Math.min(min, s[0]);
                max = Math.max(max, s[1]);
            }
        }
        return max < 0 ? null : new int[] {min, max};
    }

    /** Tokens of the subtree of {@code head} before {@code stop}'s subtree, without edge punctuation and "that". */
    private int[] span(SemanticGraph graph, IndexedWord head, IndexedWord stop) {
        int min = head.index(), max = head.index();
        int stopAt = Integer.MAX_VALUE;
        if (stop != null)
            for (IndexedWord d : graph.descendants(stop))
                stopAt = Math.min(stopAt, d.index());
        for (IndexedWord d : graph.descendants(head))
            if (d.index() < stopAt) {
                min = Math.min(min, d.index());
                max = Math.max(max, d.index());
            }
        int begin = parses.token(graph.getNodeByIndex(min));
        int end = parses.token(graph.getNodeByIndex(max)) + 1;
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
}
