package org.diplograph.pipeline;

import org.diplograph.extract.Languages;
import org.diplograph.facts.Article;

/**
 * Whether an article goes on to extraction, decided before any CoreNLP work, and the line to tell the user: an
 * article over the length limit fails; one in another language is skipped (not an error: nothing is wrong with
 * it, diplograph just does not read it); an English one made mostly of tables or lists is extracted with a warning.
 */
public record Admission(Decision decision, String message) {
    public enum Decision { EXTRACT, EXTRACT_WITH_WARNING, SKIP, FAIL }

    private static final Admission EXTRACT = new Admission(Decision.EXTRACT, "");

    public static Admission of(Article article, int maxArticleChars) {
        int length = article.text().length();
        if (length > maxArticleChars)
            return new Admission(Decision.FAIL, "article too long: " + length + " characters (limit "
                    + maxArticleChars + ")");
        Languages.Judgement language = Languages.judge(article.text());
        return switch (language.verdict()) {
            case ENGLISH -> EXTRACT;
            case TABLES -> new Admission(Decision.EXTRACT_WITH_WARNING, language.reason());
            case NOT_ENGLISH -> new Admission(Decision.SKIP, language.reason());
        };
    }

    public boolean extracted() {
        return decision == Decision.EXTRACT || decision == Decision.EXTRACT_WITH_WARNING;
    }
}
