package org.diplograph.extract;

/**
 * What a stage can add to an article's {@link ExtractionContext}, and a later stage can require: the stage
 * contract, as CoreNLP annotators declare {@code requires()} and {@code requirementsSatisfied()}. {@link Extractor}
 * checks when it is built that every layer a stage requires is produced by a stage before it.
 */
public enum Layer {
    /** CoreNLP's annotation: tokens, sentences, parts of speech, lemmas, named-entity tags, time expressions. */
    TOKENS("tokens, sentences, tags, lemmas, named-entity tags"),
    /** Countries named by name, short form, demonym or capital ({@link ExtractionContext#countries()}). */
    COUNTRIES("country mentions"),
    /** "The two countries", "both states": the pair named just before, as country mentions of form anaphor. */
    COUNTRY_ANAPHORS("country anaphors"),
    /** The proper names of the article, typed coarsely ({@link ExtractionContext#names()}). */
    NAMES("proper names"),
    /** Persons, one per person named, surnames joined to the full name ({@link ExtractionContext#people()}). */
    PERSONS("persons"),
    /** Places: cities, regions, capitals standing as places ({@link ExtractionContext#places()}). */
    PLACES("places"),
    /** Organizations with their kind and country, one per body however named ({@link ExtractionContext#organizations()}). */
    ORGANIZATIONS("organizations with kind and country"),
    /**
     * Who is who: each person's posts, whether an official, the country they act for (also as a delegation member),
     * their identity key, and their further mentions by title and pronoun.
     */
    POSTS("posts, officials and identity keys of persons"),
    /** Time expressions resolved against the article's date ({@link ExtractionContext#times()}). */
    TIMES("time expressions"),
    STATEMENTS("statements"),
    MEETINGS("meetings"),
    RELATIONS("country relations");

    private final String description;

    Layer(String description) {
        this.description = description;
    }

    /** What the layer holds, for messages. */
    public String description() {
        return description;
    }
}
