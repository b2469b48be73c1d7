package org.diplograph.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;


/**
 * One news article as read from its source, before extraction.
 *
 * <p>{@code text} is the region of the source document the article occupies (for a plain-text file holding
 * several articles, one of them; for HTML the extracted body; for JSON Lines the {@code text} field), and
 * {@code offset} is where that region starts in the source document's decoded text. Every span produced
 * from this article is shifted by {@code offset}, so offsets always index the document as read.
 *
 * @param source    where it came from: the URL if known, else the file path (or {@code "-"} for stdin)
 * @param path      the file path it was read from, or {@code "-"}
 * @param location  where in the file: {@code "article 2"}, {@code "line 17"}; empty for a whole file
 * @param url       canonical URL, if the source gives one
 * @param title     headline (never null; may be empty)
 * @param published publication date, if known; relative dates are resolved against it
 * @param publisher the publisher's name, if known
 * @param dateline  the place dateline ("ISLAMABAD"), if the body starts with one
 */
public record Article(String source, String path, String location, String url, String title, Span titleSpan,
                      LocalDate published, String publisher, String dateline, Span datelineSpan,
                      String text, int offset) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        location = location == null ? "" : location;
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** "file.txt, article 2" style description for messages. */
    public String describe() {
        return location.isEmpty() ? path : path + ", " + location;
    }
}
