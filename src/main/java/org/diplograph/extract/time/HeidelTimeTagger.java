package org.diplograph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.UimaContext;
import org.apache.uima.UimaContextAdmin;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ConfigurationManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

import org.diplograph.extract.nlp.NlpEngine;
import org.diplograph.extract.nlp.SelectiveTimeTagger;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * HeidelTime's English news rules run over CoreNLP's sentences, tokens and tags, so neither TreeTagger nor a
 * second tokenizer is needed. HeidelTime is a UIMA annotator: each thread gets its own annotator and CAS (the
 * annotator keeps per-document counters; the rule tables behind it are loaded once per JVM from the jar, nothing
 * is fetched). HeidelTime's week arithmetic takes the calendar of the JVM's default locale, and it sets that default to
 * en_GB (weeks from Monday, ISO week numbers) when it starts: {@link UkLocale} confines that to the calls into
 * HeidelTime, so the user's JVM keeps its own default locale.
 * HeidelTime's rules test TreeTagger's English tags ("VVD" for a past lexical verb, "NP" for a proper noun),
 * so CoreNLP's Penn tags are translated, using the lemma to tell "be" and "have" from other verbs.
 */
final class HeidelTimeTagger {
    private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";
    /** Tokens either side of a time word HeidelTime sees (Integer.MAX_VALUE: the whole sentence holding one). */
    static final int CONTEXT = Integer.getInteger("diplograph.heideltime.context", Integer.MAX_VALUE);
    /**
     * Tokens of one article HeidelTime is given at most, about ten long news articles: it tries each of its several
     * hundred rules on each sentence, so a pathological article (thousands of sentences that each hold a time word)
     * would take minutes. Sentences past the budget get no time expressions.
     */
    static final int MAX_TOKENS = 10_000;
    private static final ThreadLocal<Instance> INSTANCE = ThreadLocal.withInitial(Instance::new);

    private HeidelTimeTagger() {
    }

    /** HeidelTime's TIMEX3s for an annotated document, relative ones resolved against {@code date} (news mode). */
    static List<TimeExpressions.Expression> of(CoreDocument document, LocalDate date) {
        return INSTANCE.get().tag(document, date);
    }

    private static final class Instance {
        /** News mode resolves against the article's date; an article without one gets the narrative rules. */
        private final HeidelTime news = new HeidelTime();
        private final HeidelTime narrative = new HeidelTime();
        private JCas cas;

        Instance() {
            // HeidelTime keeps its rule tables in static HashMaps filled on first use: one thread fills them.
            synchronized (HeidelTimeTagger.class) {
                init();
            }
        }

        private void init() {
            try {
                TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                        new XMLInputSource(HeidelTime.class.getClassLoader().getResource(TYPE_SYSTEM)));
                cas = CasCreationUtils.createCas(types, null, null).getJCas();
                UkLocale.enter();
                try {
                    news.initialize(context("news"));
                    narrative.initialize(context("narratives"));
                } finally {
                    UkLocale.exit();
                }
                OpenYearHolidays.install(news);
                OpenYearHolidays.install(narrative);
                if (!rulesAnchored && !"false".equals(System.getProperty("diplograph.heideltime.anchored"))) {
                    anchorRules(RuleManager.getInstance(Language.ENGLISH, false));
                    rulesAnchored = true;
                }
            } catch (Exception e) {
                throw new IllegalStateException("HeidelTime could not be initialized: " + e.getMessage(), e);
            }
        }

        List<TimeExpressions.Expression> tag(CoreDocument document, LocalDate date) {
            cas.reset();
            cas.setDocumentText(document.text());
            if (date != null) {
                Dct dct = new Dct(cas, 0, 0);
                dct.setValue(date.toString());
                dct.addToIndexes();
            }
            int sentenceId = 0, tokenId = 0;
            for (CoreSentence s : document.sentences()) {
                List<CoreLabel> tokens = s.tokens();
                if (tokens.isEmpty() || tokens.size() > NlpEngine.MAX_SENTENCE_TOKENS)
                    continue;
                if (tokenId > MAX_TOKENS)
                    break;
                // HeidelTime tries each of its rules on each sentence it is given: only the stretches around words
                // that can name or anchor a time are given, as sentences of their own.
                for (int[] w : SelectiveTimeTagger.windows(tokens, CONTEXT)) {
                    Sentence sentence = new Sentence(cas, tokens.get(w[0]).beginPosition(),
                            tokens.get(w[1] - 1).endPosition());
                    sentence.setSentenceId(sentenceId);
                    sentence.addToIndexes();
                    for (int i = w[0]; i < w[1]; i++) {
                        CoreLabel t = tokens.get(i);
                        Token token = new Token(cas, t.beginPosition(), t.endPosition());
                        token.setTokenId(tokenId++);
                        token.setSentId(sentenceId);
                        token.setPos(treeTaggerTag(t, i == tokens.size() - 1));
                        token.addToIndexes();
                    }
                    sentenceId++;
                }
            }
            if (sentenceId == 0)
                return List.of();
            UkLocale.enter();
            try {
                (date == null ? narrative : news).process(cas);
            } finally {
                UkLocale.exit();
            }
            List<TimeExpressions.Expression> out = new ArrayList<>();
            FSIterator<?> it = cas.getAnnotationIndex(Timex3.type).iterator();
            while (it.hasNext()) {
                Timex3 t = (Timex3) it.next();
                String value = t.getTimexValue();
                if (value != null && !value.isEmpty())
                    out.add(new TimeExpressions.Expression(t.getBegin(), t.getEnd(), t.getTimexType(), value));
            }
            return out;
        }
    }

    /** Whether {@link #anchorRules} has run (under the class's lock). */
    private static boolean rulesAnchored;

    /**
     * HeidelTime tries every rule's regex at every character of a sentence, and most rules open with a long
     * alternation ("(%reApproximate )?(%reMonthLong|%reMonthShort)..."), so nearly all its time goes to trying
     * those alternations inside words, where it then throws the match away ({@code checkTokenBoundaries} keeps a
     * match only where a token starts). Each rule is compiled again behind a look-behind that refuses a start
     * right after a letter or digit: the same matches, found without trying the middle of every word.
     */
    private static void anchorRules(RuleManager rules) {
        for (HashMap<Pattern, String> patterns : List.of(rules.getHmDatePattern(), rules.getHmTimePattern(),
                rules.getHmDurationPattern(), rules.getHmSetPattern())) {
            Map<Pattern, String> anchored = new HashMap<>();
            patterns.forEach((p, name) -> anchored.put(
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + p.pattern() + ")", p.flags()), name));
            patterns.clear();
            patterns.putAll(anchored);
        }
    }

    /** The TreeTagger English tag for a CoreNLP token. */
    static String treeTaggerTag(CoreLabel token, boolean last) {
        String tag = token.tag();
        if (tag == null)
            return "";
        switch (tag) {
            case "NNP": return "NP";
            case "NNPS": return "NPS";
            case "PRP": return "PP";
            case "PRP$": return "PP$";
            case ".": return last ? "SENT" : tag;
            default:
                break;
        }
        if (tag.startsWith("VB")) {
            String lemma = token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma();
            if (lemma.equals("be"))
                return tag;
            return (lemma.equals("have") ? "VH" : "VV") + tag.substring(2);
        }
        return tag;
    }

    /** The configuration HeidelTime's own standalone launcher gives: news, English, all four types. */
    private static UimaContext context(String type) {
        ConfigurationManager config = UIMAFramework.newConfigurationManager();
        UimaContextAdmin context = UIMAFramework.newUimaContext(UIMAFramework.getLogger(),
                UIMAFramework.newDefaultResourceManager(), config);
        config.setSession(context.getSession());
        String prefix = context.getQualifiedContextName();
        config.setConfigParameterValue(prefix + "Language", "english");
        config.setConfigParameterValue(prefix + "Type", type);
        for (String kind : new String[] {"Date", "Time", "Duration", "Set"})
            config.setConfigParameterValue(prefix + kind, Boolean.TRUE);
        config.setConfigParameterValue(prefix + "Temponym", Boolean.FALSE);
        config.setConfigParameterValue(prefix + "Debugging", Boolean.FALSE);
        config.setConfigParameterValue(prefix + "ConvertDurations", Boolean.FALSE);
        return context;
    }
}
