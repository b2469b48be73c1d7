package org.diplograph.ingest;

import java.util.Optional;

import org.diplograph.facts.Article;
import org.diplograph.facts.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a web page as one article. Metadata comes from {@link HtmlMetadata}, the text from {@link HtmlBody}.
 *
 * <p>The article's document is the extracted body text, not the HTML: {@code text} is that body, {@code offset}
 * is 0, and every span indexes the body. The title usually lies outside the body, so {@code titleSpan} is null
 * unless the body opens with it.
 */
final class HtmlReader {
    private HtmlReader() {
    }

    static void read(String html, String path, ArticleSink sink) {
        Document page = Jsoup.parse(html);
        HtmlMetadata meta = HtmlMetadata.of(page);
        String text = HtmlBody.extract(page);
        if (text.isBlank()) {
            sink.problem(new ReadProblem(path, "", "no article text found"));
            return;
        }
        Span titleSpan = Titles.atStart(text, meta.title());
        Optional<Span> dateline = Datelines.find(text, titleSpan == null ? 0 : titleSpan.end());
        sink.article(new Article(meta.url() != null ? meta.url() : path, path, "", meta.url(), meta.title(),
                titleSpan, meta.published(), meta.publisher(), Datelines.text(dateline), dateline.orElse(null),
                text, 0));
    }
}
