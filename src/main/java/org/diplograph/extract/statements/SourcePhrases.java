package org.diplograph.extract.statements;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.diplograph.extract.text.Tokens;

/**
 * Finds who a cue verb's statement belongs to, on the dependency parse: its subject, or the subject of the verb
 * a participle hangs from ("…, adding that", "telling leaders that"), as a phrase {@code [begin, end)} of token
 * indexes with its head. The phrase leaves out appositions and relative clauses: "Terrance Drew, prime minister
 * of …," is "Terrance Drew".
 */
final class SourcePhrases {
    /** Relations that join a clause to the verb whose subject it shares. */
    private static final Set<String> SHARES_SUBJECT = Set.of("advcl", "xcomp", "conj");
    /** Dependents that are not part of the name of the speaker. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("acl:relcl", "appos", "punct", "parataxis", "advcl",
            "dep", "ccomp", "discourse", "list", "vocative");

    /** Longer subjects are parse errors more often than speakers. */
    private static final int MAX_WORDS = 25;

    private final QuotedTokens view;
    private final Parses parses;
    private final SurfacePhrases surface;

    SourcePhrases(QuotedTokens view, Parses parses) {
        this.view = view;
        this.parses = parses;
        this.surface = new SurfacePhrases(view);
    }

    /** {begin, end, head} of the subject of cue verb {@code cue}, or null. */
    int[] subjectOf(int cue) {
        int sentence = view.sentenceOf(cue);
        SemanticGraph graph = parses.of(sentence);
        IndexedWord verb = parses.node(cue);
        for (int hop = 0; verb != null && hop < 3; hop++) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb))
                if (edge.getRelation().toString().equals("nsubj"))
                    return phrase(graph, sentence, edge.getDependent());
            SemanticGraphEdge in = incoming(graph, verb);
            if (in == null)
                return null;
            String rel = in.getRelation().toString();
            if (rel.equals("acl") && !ReportingWords.isStatementNoun(view.token(parses.token(in.getGovernor()))))
                return phrase(graph, sentence, in.getGovernor());   // "officials saying …"
            if (rel.equals("acl")) {   // "X issued a statement saying …": X, unless the statement is the subject
                SemanticGraphEdge up = incoming(graph, in.getGovernor());
                if (up == null || !up.getRelation().toString().equals("obj"))
                    return phrase(graph, sentence, in.getGovernor());
                verb = up.getGovernor();
                continue;
            }
            if (!SHARES_SUBJECT.contains(rel))
                return null;
            verb = in.getGovernor();
        }
        return null;
    }

    /** {begin, end, head} of the passive subject of {@code verb} ("she was asked"), or null. */
    int[] passiveSubjectOf(int verb) {
        IndexedWord node = parses.node(verb);
        SemanticGraph graph = parses.of(view.sentenceOf(verb));
        if (node != null)
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node))
                if (edge.getRelation().toString().equals("nsubj:pass"))
                    return phrase(graph, view.sentenceOf(verb), edge.getDependent());
        return null;
    }

    /** For a relative pronoun ("Trump, who said …"): {begin, end, head} of the noun it stands for, or null. */
    int[] antecedentOf(int pronoun) {
        int sentence = view.sentenceOf(pronoun);
        SemanticGraph graph = parses.of(sentence);
        IndexedWord node = parses.node(pronoun);
        SemanticGraphEdge toClause = node == null ? null : incoming(graph, node);
        SemanticGraphEdge toNoun = toClause == null ? null : incoming(graph, toClause.getGovernor());
        if (toNoun == null || !toNoun.getRelation().toString().equals("acl:relcl"))
            return null;
        return phrase(graph, sentence, toNoun.getGovernor());
    }

    /**
     * {begin, end, head} of the subject of the main verb of {@code sentence}, or null: the noun phrase opening the
     * sentence right before its verb when the words make that plain, else from the parse.
     */
    int[] mainSubject(int sentence) {
        int[] first = plainSubject(sentence);
        return first != null ? first : parsedSubject(sentence);
    }

    /**
     * {@link #mainSubject} without parsing for it: the plain subject, or the parse's where the sentence was parsed
     * already. "He" and "she" ask about the sentences before theirs, and parsing those for them alone did not pay
     * (no statement gained on the development set's tuning half or PolNeAR): a named person subject is nearly always
     * plain. "They" still parses: a group's subject seldom is ("a delegation, led by X and Y, visited …").
     */
    int[] knownSubject(int sentence) {
        int[] first = plainSubject(sentence);
        return first != null || !parses.has(sentence) ? first : parsedSubject(sentence);
    }

    private int[] parsedSubject(int sentence) {
        SemanticGraph graph = parses.of(sentence);
        for (IndexedWord root : graph.getRoots())
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(root))
                if (edge.getRelation().toString().startsWith("nsubj"))
                    return phrase(graph, sentence, edge.getDependent());
        return null;
    }

    /** {begin, end, head} of the noun phrase opening {@code sentence} right before its verb, or null: no parse. */
    int[] plainSubject(int sentence) {
        int start = view.sentenceStart(sentence), end = view.sentenceEnd(sentence);
        while (start < end && (view.isPunct(start) && !view.word(start).equals("(") || view.tag(start).equals("CC")))
            start++;   // "But he rejected …", a stray quotation mark
        int[] first = surface.after(start, end);
        boolean scene = start < end && (view.tag(start).equals("IN") || view.tag(start).equals("VBG"));
        int leadIn = scene ? 15 : 6;   // "Despite the challenges of …, both sides …", "Speaking in Paris, she …"
        for (int t = start; first == null && t < Math.min(end, start + leadIn) && (t == start || !view.isVerb(t) || scene); t++)
            if (view.word(t).equals(","))   // "In April, a delegation visited …"
                first = surface.after(t + 1, end);
        if (first != null && first[1] + 1 < end && view.word(first[1]).equalsIgnoreCase("and")) {
            int[] second = surface.after(first[1] + 1, end);   // "Secretary Blinken and Foreign Minister Wilmès"
            if (second != null)
                first = new int[] {first[0], second[1], second[2]};
        } else if (first != null)
            first = list(first, end);
        int verb = first == null ? -1 : afterAside(first[1], end);
        if (first != null && verb > first[1] + 1 && MEMBERS.contains(view.word(first[1] + 1).toLowerCase(java.util.Locale.ROOT)))
            first = new int[] {first[0], verb - 1, first[2]};   // "a delegation, led by X and Y,": its members too
        while (verb >= 0 && verb < end && (view.tag(verb).startsWith("RB") || view.tag(verb).equals("MD")))
            verb++;
        return verb >= 0 && verb < end && view.isVerb(verb) && !view.tag(verb).equals("VBG") ? first : null;
    }

    /** The most phrases a listed subject holds. */
    private static final int MAX_LIST = 6;

    /**
     * "Secretary Blinken, Secretary of Defense Austin, and National Security Advisor Sullivan reiterated": a subject
     * that is a list of three or more phrases, the last after "and", with a verb right after it; else {@code first}.
     */
    private int[] list(int[] first, int end) {
        int[] last = first;
        for (int n = 0; n < MAX_LIST && last[1] + 1 < end && view.word(last[1]).equals(","); n++) {
            int next = last[1] + 1;
            boolean and = view.word(next).equalsIgnoreCase("and");
            int[] more = surface.after(and ? next + 1 : next, end);
            if (more == null)
                return first;
            last = more;
            if (and || more[1] < end && view.word(more[1]).equalsIgnoreCase("and")) {
                if (!and) {   // "A, B and C"
                    more = more[1] + 1 < end ? surface.after(more[1] + 1, end) : null;
                    if (more == null)
                        return first;
                    last = more;
                }
                int verb = last[1];
                while (verb < end && view.tag(verb).startsWith("RB"))
                    verb++;   // "… and Foreign Minister Wilmès also reaffirmed"
                return verb < end && Tokens.isFiniteVerbTag(view.tag(verb)) ? new int[] {first[0], last[1], last[2]} : first;
            }
        }
        return first;
    }

    /**
     * Where the verb of a subject ending at {@code t} stands: after an aside set off by commas ("a delegation, led by
     * X, and Y, visited …", "the minister, who …, said") the first finite verb right after a comma; else {@code t}.
     */
    private int afterAside(int t, int end) {
        if (t + 1 >= end || !view.word(t).equals(","))
            return t;
        String opening = view.tag(t + 1);
        if (!(opening.equals("VBN") || opening.equals("VBG") || opening.startsWith("W") || opening.equals("DT")
                || opening.equals("CD")))
            return t;
        for (int u = t + 2; u < end && u - t <= MAX_ASIDE; u++) {
            String tag = view.tag(u);
            if (view.quoteOf(u) >= 0 || tag.equals(":"))
                return t;
            if (Tokens.isFiniteVerbTag(tag))
                return view.word(u - 1).equals(",") ? u : u > t + 1 && opening.startsWith("W") ? skipRelative(u, end) : t;
        }
        return t;
    }

    /** After the verb of a relative clause ("who led the talks"), the comma closing it and the main verb, or -1. */
    private int skipRelative(int u, int end) {
        for (int v = u + 1; v < end && v - u <= MAX_ASIDE; v++)
            if (view.word(v).equals(",") && v + 1 < end && view.isVerb(v + 1))
                return v + 1;
        return -1;
    }

    /** Words opening an aside that names a group's members. */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of("led", "headed", "including", "comprising",
            "accompanied");

    /** Longest aside between a subject and its verb, in tokens. */
    private static final int MAX_ASIDE = 30;

    private int[] phrase(SemanticGraph graph, int sentence, IndexedWord head) {
        if (!view.canSpeak(parses.token(head)))
            return null;
        int min = head.index(), max = head.index();
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            IndexedWord node = todo.pop();
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                if (NOT_IN_PHRASE.contains(edge.getRelation().toString()))
                    continue;
                IndexedWord child = edge.getDependent();
                min = Math.min(min, child.index());
                max = Math.max(max, child.index());
                todo.push(child);
            }
        }
        int begin = parses.token(graph.getNodeByIndex(min));
        int end = parses.token(graph.getNodeByIndex(max)) + 1;
        while (begin < end - 1 && view.isPunct(begin) && !view.word(begin).equals("("))
            begin++;
        while (end - 1 > begin && view.isPunct(end - 1) && !view.word(end - 1).equals(")"))
            end--;
        String first = view.tag(begin);
        if (end - begin > MAX_WORDS || first.equals("IN") || first.equals("TO") || first.startsWith("VB"))
            return null;   // "in effect daring him to say": a misparse, not a speaker
        return new int[] {begin, end, parses.token(head)};
    }

    private static SemanticGraphEdge incoming(SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node))
            return edge;
        return null;
    }
}
