package org.diplograph.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.facts.Span;

/**
 * The place dateline that opens many news stories: "ISLAMABAD: ...", "BASSETERRE, St. Kitts and Nevis: ...",
 * "NEW YORK (Reuters) - ...". The place must be in capitals (the region after a comma need not be), which keeps
 * ordinary sentences that contain a colon out.
 */
final class Datelines {
    private static final int MAX_LENGTH = 120;
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]*\\p{Lu}\\.?(?:, \\p{Lu}[\\p{L}\\p{M}'’.\\- ]{1,40}?)?)"
                    + "(?: \\([^()\\n]{1,40}\\))?" + " ?(?::|—|–| -| --)\\s");

    private Datelines() {
    }

    /** The dateline's place, if the text starting at {@code from} (after any spaces) opens with one. */
    static Optional<Span> find(String document, int from) {
        int start = from;
        while (start < document.length() && TextDecoder.isSpace(document.charAt(start)))
            start++;
        Matcher m = DATELINE.matcher(document).region(start, Math.min(document.length(), start + MAX_LENGTH));
        return m.lookingAt() ? Optional.of(Span.of(document, m.start(1), m.end(1))) : Optional.empty();
    }

    static String text(Optional<Span> dateline) {
        return dateline.map(Span::text).orElse(null);
    }
}
