package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Dependency parses (UD, CoreNLP's neural parser) made only for the sentences attribution asks about, and only when
 * the user asks for them ({@code --parse-speech}): a parse costs about as much as all other extraction of its
 * sentence, and the word-order rules settle most statements without one (docs/EVALUATION.md gives both figures).
 * The parser loads once per JVM, on first use; each sentence (as {@link QuotedTokens} cuts them) is parsed at most
 * once per article. Parse nodes are the
 * document's own tokens, so a node maps back to its token by its sentence and index.
 */
final class Parses {
    private static volatile DependencyParser parser;
    private static final SemanticGraph NONE = new SemanticGraph();

    private final QuotedTokens view;
    private final boolean enabled;
    private final Map<Integer, SemanticGraph> graphs = new HashMap<>();

    /** Parses of {@code view}'s sentences; when not {@code enabled}, every parse is empty and nothing loads. */
    Parses(QuotedTokens view, boolean enabled) {
        this.view = view;
        this.enabled = enabled;
    }

    /** Whether sentences are parsed at all. */
    boolean enabled() {
        return enabled;
    }

    /**
     * The parse of {@code sentence}. The parser gets copies of its tokens numbered 1.. within it: a sentence may
     * start inside a CoreNLP sentence (at a line break) or join two (after "Lt."), so CoreNLP's own numbers would
     * not do.
     */
    SemanticGraph of(int sentence) {
        if (!enabled)
            return NONE;
        return graphs.computeIfAbsent(sentence, s -> {
            int from = view.sentenceStart(s), to = view.sentenceEnd(s);
            List<CoreLabel> copies = new ArrayList<>(to - from);
            for (int t = from; t < to; t++) {
                CoreLabel copy = new CoreLabel(view.token(t));
                copy.setIndex(t - from + 1);
                copy.setSentIndex(s);
                copies.add(copy);
            }
            CoreMap part = new ArrayCoreMap();
            part.set(CoreAnnotations.TokensAnnotation.class, copies);
            return SemanticGraphFactory.generateUncollapsedDependencies(parser().predict(part));
        });
    }

    /** Whether {@code sentence} has been parsed already. */
    boolean has(int sentence) {
        return graphs.containsKey(sentence);
    }

    /** The node of token {@code t} in its sentence's parse, or null. */
    IndexedWord node(int t) {
        int s = view.sentenceOf(t);
        return of(s).getNodeByIndexSafe(t - view.sentenceStart(s) + 1);
    }

    /** Document token index of a parse node. */
    int token(IndexedWord node) {
        return view.sentenceStart(node.sentIndex()) + node.index() - 1;
    }

    private static DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (Parses.class) {
                p = parser;
                if (p == null)
                    parser = p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
            }
        }
        return p;
    }
}
