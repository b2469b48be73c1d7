package org.diplograph.extract.statements;

import java.util.HashMap;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Dependency parses (UD, CoreNLP's neural parser) made only for the sentences attribution asks about: the main
 * pipeline does not parse, since most sentences hold no statement. The parser loads once per JVM, on first use;
 * each sentence (as {@link TokenView} cuts them) is parsed at most once per article. Parse nodes are the
 * document's own tokens, so a node maps back to its token by its sentence and index.
 */
final class Parses {
    private static volatile DependencyParser parser;

    private final TokenView view;
    private final Map<Integer, SemanticGraph> graphs = new HashMap<>();

    Parses(TokenView view) {
        this.view = view;
    }

    SemanticGraph of(int sentence) {
        return graphs.computeIfAbsent(sentence, s -> {
            CoreMap part = new ArrayCoreMap();
            part.set(CoreAnnotations.TokensAnnotation.class,
                    view.tokens.subList(view.sentenceStart(s), view.sentenceEnd(s)));
            return SemanticGraphFactory.generateUncollapsedDependencies(parser().predict(part));
        });
    }

    /** The node of token {@code t} in its sentence's parse, or null. */
    IndexedWord node(int t) {
        return of(view.sentenceOf(t)).getNodeByIndexSafe(view.token(t).index());
    }

    /** Document token index of a parse node. */
    int token(IndexedWord node) {
        return view.tokenOf(node.sentIndex(), node.index());
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
