package org.diplograph.extract.nlp;

import java.time.LocalDate;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;

/**
 * The one Stanford CoreNLP pipeline of the JVM. Loading takes ~15 s and ~1 GB, so it is built lazily once and
 * shared by every caller (CLI commands, the server, tests). {@link StanfordCoreNLP#annotate} is thread-safe.
 */
public final class NlpEngine {
    private static final Logger LOG = LoggerFactory.getLogger(NlpEngine.class);
    private static volatile NlpEngine shared;
    /**
     * Sentences longer than this (in tokens) get no NER and no time expressions: SUTime's number merging is
     * quadratic in sentence length (a 20,000-token "sentence" takes minutes), and real news sentences stay far
     * below it. A run-on "sentence" this long is a table, a list or a text without punctuation.
     */
    public static final int MAX_SENTENCE_TOKENS = 400;

    private final StanfordCoreNLP pipeline;
    private final Profile profile;
    /** SUTime on its own, for profiles whose NER does not run it; made when first asked for ({@link #addSutime}). */
    private volatile SelectiveTimeTagger sutime;

    private NlpEngine(Profile profile) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(profile.properties());
        this.profile = profile;
        LOG.info("CoreNLP pipeline ({}) loaded in {} s", profile.name().toLowerCase(java.util.Locale.ROOT),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /**
     * FAST: one 3-class CRF, no fine-grained NER, SUTime run separately (countries, titles and cities come from
     * our own gazetteers). FULL: CoreNLP's default ner (three CRFs, fine-grained KBP regexner, SUTime inside).
     * Chosen with {@code -Ddiplograph.nlp=fast|full}.
     */
    public enum Profile {
        FAST(true), FULL(false);

        final boolean separateSutime;

        Profile(boolean separateSutime) {
            this.separateSutime = separateSutime;
        }

        Properties properties() {
            Properties props = baseProperties();
            if (this == FAST) {
                props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
                props.setProperty("ner.applyFineGrained", "false");
                props.setProperty("ner.useSUTime", "false");
                props.setProperty("ner.applyNumericClassifiers", "false");
            }
            return props;
        }

        static Profile configured() {
            return valueOf(System.getProperty("diplograph.nlp", "fast").toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The shared engine, loading it on first use. */
    public static NlpEngine shared() {
        NlpEngine engine = shared;
        if (engine == null) {
            synchronized (NlpEngine.class) {
                engine = shared;
                if (engine == null)
                    shared = engine = new NlpEngine(Profile.configured());
            }
        }
        return engine;
    }

    /**
     * tokenize, ssplit, pos, lemma, ner: fine-grained NER gives COUNTRY / NATIONALITY / CITY / TITLE, and SUTime
     * resolves dates against the document date set per article.
     */
    static Properties baseProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.docdate.usePresent", "false");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        // NER (and SUTime inside it) is quadratic in sentence length: skip sentences no news sentence reaches.
        props.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        return props;
    }

    /**
     * Annotates {@code text}; relative dates resolve against {@code published} when given. Whitespace-free runs
     * too long to be words are blanked first ({@link OverlongTokens}), so offsets stay those of {@code text}.
     */
    public CoreDocument annotate(String text, LocalDate published) {
        CoreDocument doc = new CoreDocument(OverlongTokens.blank(text));
        if (published != null)
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        pipeline.annotate(doc);
        return doc;
    }

    /**
     * Adds SUTime's expressions to a document {@link #annotate}d by a profile whose NER does not run SUTime (fast),
     * once; the time stage asks for them only when its source needs them.
     */
    public void addSutime(CoreDocument doc) {
        if (!profile.separateSutime || doc.annotation().containsKey(TimeAnnotations.TimexAnnotations.class))
            return;
        SelectiveTimeTagger tagger = sutime;
        if (tagger == null) {
            synchronized (this) {
                if (sutime == null)
                    sutime = new SelectiveTimeTagger();
                tagger = sutime;
            }
        }
        tagger.annotate(doc.annotation(), doc.annotation().get(CoreAnnotations.DocDateAnnotation.class));
    }
}
