package org.diplograph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.Identities;
import org.diplograph.knowledge.OfficeHolders;

/**
 * Runs the extraction stages over an article, in order. Built once and shared: stages hold no per-article
 * state, so {@link #extract} may be called from several threads.
 */
public final class Extractor {
    /** Bumped when extraction output changes, so stored articles from an older extractor get re-extracted. */
    public static final String VERSION = "0.2.15";

    private final List<ExtractionStage> stages;
    private final StageTimes times = new StageTimes();

    /**
     * @throws IllegalArgumentException when a stage requires a layer that no stage before it produces; the message
     *                                  names the stage, the missing layers and what the stages before it produce
     */
    public Extractor(List<ExtractionStage> stages) {
        this.stages = List.copyOf(stages);
        checkOrder(this.stages);
    }

    /** Fails, as CoreNLP's pipeline does when it is built, on a stage whose input no earlier stage produces. */
    static void checkOrder(List<ExtractionStage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        StringJoiner before = new StringJoiner("; ");
        for (ExtractionStage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty())
                throw new IllegalArgumentException(String.format("stage \"%s\" requires %s, which no stage before it "
                        + "produces (before it: %s)", stage.name(), describe(missing),
                        before.length() == 0 ? "no stage" : before));
            available.addAll(stage.produces());
            before.add(stage.name() + " " + stage.produces());
        }
    }

    private static String describe(Set<Layer> layers) {
        StringJoiner out = new StringJoiner(", ");
        layers.forEach(l -> out.add(l + " (" + l.description() + ")"));
        return out.toString();
    }

    /** The standard pipeline over the shared CoreNLP engine. */
    public static Extractor standard() {
        return new Extractor(Stages.standard());
    }

    /** The standard pipeline, persons linked to the office-holder tables {@code holders} gives (loaded when first needed). */
    public static Extractor standard(Supplier<OfficeHolders> holders) {
        return new Extractor(Stages.standard(holders));
    }

    /** {@link #standard(Supplier)}, dependency-parsing speech the word order does not settle when {@code parseSpeech}. */
    public static Extractor standard(Supplier<OfficeHolders> holders, boolean parseSpeech) {
        return new Extractor(Stages.standard(holders, parseSpeech));
    }

    public List<ExtractionStage> stages() {
        return stages;
    }

    /** Time spent in each stage since this extractor was built (or last reset). */
    public StageTimes times() {
        return times;
    }

    /**
     * The facts of one article.
     *
     * @throws ExtractionException when the article is not English ({@link Languages}) or extraction is interrupted
     */
    public ArticleFacts extract(Article article) {
        Languages.whyNotEnglish(article.text()).ifPresent(reason -> {
            throw new ExtractionException(reason);
        });
        ExtractionContext context = new ExtractionContext(article, Identities.contentHash(article.text()));
        for (ExtractionStage stage : stages) {
            if (Thread.currentThread().isInterrupted())
                throw new ExtractionException("interrupted while extracting " + article.describe());
            long start = System.nanoTime();
            stage.process(context);
            times.add(stage.name(), System.nanoTime() - start);
        }
        return context.toFacts();
    }
}
