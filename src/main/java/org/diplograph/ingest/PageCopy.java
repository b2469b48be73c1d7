package org.diplograph.ingest;

import java.util.regex.Pattern;

/**
 * What the lines of a news page copied as text look like around an article's header: the headline, short page
 * boilerplate ("Follow", "Share", "3 min read") and bullet summaries. Layout cues only, never a site's words.
 */
final class PageCopy {
    private static final int MAX_BOILERPLATE_CHARS = 30;
    private static final int MAX_BOILERPLATE_WORDS = 4;
    private static final int MAX_HEADLINE_CHARS = 250;
    private static final Pattern BULLET = Pattern.compile("^[•▪◦‣·*\\-–]\\s");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?:;,\"“”]");

    private PageCopy() {
    }

    /** A short line of page furniture: a few words, no sentence punctuation. */
    static boolean isBoilerplate(String content) {
        return !content.isEmpty() && content.length() <= MAX_BOILERPLATE_CHARS
                && content.split("\\s+").length <= MAX_BOILERPLATE_WORDS
                && !SENTENCE_PUNCTUATION.matcher(content).find() && !isBullet(content);
    }

    static boolean isBullet(String content) {
        return BULLET.matcher(content).find();
    }

    /** Could be a headline: not too long, and not ending like a sentence or a caption of one ("... office."). */
    static boolean isHeadlineLike(String content) {
        if (content.isEmpty() || content.length() > MAX_HEADLINE_CHARS || isBullet(content))
            return false;
        char last = content.charAt(content.length() - 1);
        return ".:;,".indexOf(last) < 0;
    }

    /** Lines to pass over when looking for the first line of the body after a header. */
    static boolean isHeaderFurniture(Line line, String title) {
        String content = line.content();
        return line.isBlank() || content.equals(title) || isBullet(content) || isBoilerplate(content)
                || PublicationDates.parseLine(content).isPresent();
    }
}
