package org.diplograph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.diplograph.facts.Article;
import org.diplograph.facts.Span;

/**
 * Reads a plain-text document: either one article (title = first non-empty line, perhaps a date line near the top)
 * or a news page copied as text holding several articles, split where {@link ArticleHeaders} finds headers. Each
 * article's text is its region of the document, from its title line to just before the next title line, without
 * trailing blank lines; anything before the first title (page navigation) belongs to no article. A single article
 * headed "title / date / URL" (one URL alone on the line after them, as scraped releases are saved) gets that URL.
 */
final class PlainTextReader {
    /** How far down a single article a leading date line ("Published: 2024-03-01") may sit. */
    private static final int LEADING_LINES = 3;
    /** How many lines after the date a header's furniture (boilerplate, repeat, bullets) may take. */
    private static final int MAX_FURNITURE_LINES = 15;
    /** A line that is one absolute web address and nothing else. */
    private static final Pattern URL_LINE = Pattern.compile("https?://[^\\s/]+\\S*");

    private PlainTextReader() {
    }

    /**
     * An article's lines: {@code [first, end)}, with its title line, the line its body search starts at and the URL
     * its header gives (or null).
     */
    private record Region(int first, int title, int bodyFrom, int end, String url) {
    }

    static void read(String document, String path, ArticleSink sink) {
        List<Line> lines = Line.split(document);
        List<ArticleHeaders.Header> headers = ArticleHeaders.find(lines);
        if (headers.isEmpty()) {
            readSingle(document, lines, path, sink);
            return;
        }
        for (int k = 0; k < headers.size(); k++) {
            ArticleHeaders.Header header = headers.get(k);
            int end = k + 1 < headers.size() ? headers.get(k + 1).titleLine() : lines.size();
            Region region = new Region(header.titleLine(), header.titleLine(), header.dateLine() + 1, end, null);
            String location = headers.size() > 1 ? "article " + (k + 1) : "";
            sink.article(article(document, lines, region, header.published(), path, location));
        }
    }

    /**
     * Title = first non-empty line that is not a date; a date line just above or below it is the publication date;
     * a URL line right after them is the article's URL.
     */
    private static void readSingle(String document, List<Line> lines, String path, ArticleSink sink) {
        List<Line> leading = lines.stream().filter(line -> !line.isBlank()).limit(LEADING_LINES).toList();
        if (leading.isEmpty()) {
            sink.problem(new ReadProblem(path, "", "whitespace only"));
            return;
        }
        int titleAt = 0;
        while (titleAt < leading.size() - 1 && isDateLine(leading.get(titleAt)))
            titleAt++;
        Line title = leading.get(titleAt);
        Line date = titleAt > 0 ? leading.get(titleAt - 1)
                : leading.size() > 1 && isDateLine(leading.get(1)) ? leading.get(1) : null;
        LocalDate published = date == null ? null : PublicationDates.parseLine(date.content()).orElseThrow();
        int bodyFrom = Math.max(title.index(), date == null ? 0 : date.index()) + 1;
        String url = null;
        if (bodyFrom < lines.size() && URL_LINE.matcher(lines.get(bodyFrom).content()).matches()) {
            url = lines.get(bodyFrom).content();
            bodyFrom++;
        }
        Region region = new Region(leading.get(0).index(), title.index(), bodyFrom, lines.size(), url);
        sink.article(article(document, lines, region, published, path, ""));
    }

    private static boolean isDateLine(Line line) {
        return PublicationDates.parseLine(line.content()).isPresent();
    }

    private static Article article(String document, List<Line> lines, Region region, LocalDate published,
                                   String path, String location) {
        Line title = lines.get(region.title());
        int last = region.end() - 1;
        while (last > region.title() && lines.get(last).isBlank())
            last--;
        Optional<Span> dateline = datelineAt(document, lines, region, title.content());
        int start = lines.get(region.first()).start();
        String text = document.substring(start, lines.get(last).end());
        String source = region.url() != null ? region.url() : path;
        return new Article(source, path, location, region.url(), title.content(), title.contentSpan(document), published,
                null, Datelines.text(dateline), dateline.orElse(null), text, start);
    }

    /** The dateline of the first body line, passing over header furniture. */
    private static Optional<Span> datelineAt(String document, List<Line> lines, Region region, String title) {
        int limit = Math.min(region.end(), region.bodyFrom() + MAX_FURNITURE_LINES);
        for (int i = region.bodyFrom(); i < limit; i++)
            if (!PageCopy.isHeaderFurniture(lines.get(i), title))
                return Datelines.find(document, lines.get(i).start());
        return Optional.empty();
    }
}
