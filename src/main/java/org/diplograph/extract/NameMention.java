package org.diplograph.extract;

/**
 * A proper name in the text, typed coarsely: the persons, organizations and locations that the entity stages
 * build facts from and that the CoNLL evaluation scores.
 *
 * @param nerType CoreNLP's fine-grained type ({@code PERSON}, {@code CITY}, {@code COUNTRY}, …)
 * @param begin   local offset in the article text
 */
public record NameMention(Kind kind, String nerType, int begin, int end, String text) {
    public enum Kind {
        PERSON, ORGANIZATION, LOCATION
    }
}
