package org.diplograph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where articles start in a news page copied as text, which may hold several. A header is a publication-date
 * line ("Updated 02 May 2018") preceded by the headline (perhaps with a photo caption in between) and followed
 * either by the headline repeated or by page boilerplate ("Follow"). Only layout is used, never a site's words, so
 * a date line inside a story body is not taken for a header.
 */
final class ArticleHeaders {
    /** Lines of one header: the headline and the date line. */
    record Header(int titleLine, int dateLine, LocalDate published) {
    }

    /** Headline, and caption lines (a caption and its credit) that may sit between it and the date. */
    private static final int LOOK_BACK = 3;
    /** Boilerplate, the repeated headline, a bullet: the repeat comes within the first few lines. */
    private static final int LOOK_AHEAD = 3;

    private ArticleHeaders() {
    }

    static List<Header> find(List<Line> lines) {
        List<Header> headers = new ArrayList<>();
        int floor = 0;
        for (Line line : lines) {
            Optional<LocalDate> date = PublicationDates.parseLine(line.content());
            if (date.isEmpty())
                continue;
            List<Line> before = nonBlank(lines, line.index() - 1, -1, floor, LOOK_BACK);
            List<Line> after = nonBlank(lines, line.index() + 1, +1, lines.size() - 1, LOOK_AHEAD);
            Optional<Line> title = titleOf(before, after);
            if (title.isPresent()) {
                headers.add(new Header(title.get().index(), line.index(), date.get()));
                floor = line.index() + 1;
            }
        }
        return headers;
    }

    private static Optional<Line> titleOf(List<Line> before, List<Line> after) {
        for (Line candidate : before)
            for (Line next : after)
                if (next.content().equals(candidate.content()))
                    return Optional.of(candidate);
        if (before.isEmpty() || after.isEmpty() || !PageCopy.isBoilerplate(after.get(0).content()))
            return Optional.empty();
        Line nearest = before.get(0);
        if (before.size() > 1) {
            Line earlier = before.get(1);
            boolean sameBlock = nearest.index() - earlier.index() <= 2;
            if (sameBlock && PageCopy.isHeadlineLike(earlier.content()))
                return Optional.of(earlier);
        }
        return PageCopy.isHeadlineLike(nearest.content()) ? Optional.of(nearest) : Optional.empty();
    }

    /** Up to {@code max} non-blank lines from {@code from}, stepping by {@code step}, not passing {@code limit}. */
    private static List<Line> nonBlank(List<Line> lines, int from, int step, int limit, int max) {
        List<Line> found = new ArrayList<>();
        for (int i = from; found.size() < max && (step < 0 ? i >= limit : i <= limit); i += step)
            if (!lines.get(i).isBlank())
                found.add(lines.get(i));
        return found;
    }
}
