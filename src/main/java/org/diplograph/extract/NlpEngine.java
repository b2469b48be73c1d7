package org.diplograph.extract;

import java.time.LocalDate;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one Stanford CoreNLP pipeline of the JVM. Loading takes ~15 s and ~1 GB, so it is built lazily once and
 * shared by every caller (CLI commands, the server, tests). {@link StanfordCoreNLP#annotate} is thread-safe.
 */
public final class NlpEngine {
    private static final Logger LOG = LoggerFactory.getLogger(NlpEngine.class);
    private static volatile NlpEngine shared;

    private final StanfordCoreNLP pipeline;

    private NlpEngine(Properties props) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP pipeline loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /** The shared engine, loading it on first use. */
    public static NlpEngine shared() {
        NlpEngine engine = shared;
        if (engine == null) {
            synchronized (NlpEngine.class) {
                engine = shared;
                if (engine == null)
                    shared = engine = new NlpEngine(defaultProperties());
            }
        }
        return engine;
    }

    /**
     * tokenize, ssplit, pos, lemma, ner: fine-grained NER gives COUNTRY / NATIONALITY / CITY / TITLE, and SUTime
     * resolves dates against the document date set per article.
     */
    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.docdate.usePresent", "false");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        return props;
    }

    /** Annotates {@code text}; relative dates resolve against {@code published} when given. */
    public CoreDocument annotate(String text, LocalDate published) {
        CoreDocument doc = new CoreDocument(text);
        if (published != null)
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        pipeline.annotate(doc);
        return doc;
    }
}
