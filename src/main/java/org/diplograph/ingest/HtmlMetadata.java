package org.diplograph.ingest;

import java.time.LocalDate;

import org.jsoup.nodes.Document;

/**
 * What a web page says about its article, each field possibly null. Sources are tried field by field, best first:
 * schema.org JSON-LD, then OpenGraph, then plain meta tags and the page title.
 */
record HtmlMetadata(String title, LocalDate published, String publisher, String url) {
    static final HtmlMetadata NONE = new HtmlMetadata(null, null, null, null);

    HtmlMetadata {
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        url = blankToNull(url);
    }

    /** Read from a parsed page; call before anything strips its scripts. */
    static HtmlMetadata of(Document page) {
        MetaTags tags = MetaTags.of(page);
        return JsonLdMetadata.of(page).or(tags.openGraph()).or(tags.plain(page));
    }

    /** This, with each missing field taken from {@code fallback}. */
    HtmlMetadata or(HtmlMetadata fallback) {
        return new HtmlMetadata(title != null ? title : fallback.title,
                published != null ? published : fallback.published,
                publisher != null ? publisher : fallback.publisher,
                url != null ? url : fallback.url);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
