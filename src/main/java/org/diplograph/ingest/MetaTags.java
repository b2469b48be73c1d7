package org.diplograph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <meta>} tags of a page by key ({@code property}, {@code name} or {@code itemprop}), first one winning. */
final class MetaTags {
    private static final List<String> DATE_NAMES = List.of("datepublished", "article:published_time", "date",
            "pubdate", "publishdate", "publish-date", "article.published", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued");

    private final Map<String, String> content;

    private MetaTags(Map<String, String> content) {
        this.content = content;
    }

    static MetaTags of(Document page) {
        Map<String, String> content = new HashMap<>();
        for (Element meta : page.select("meta[content]"))
            for (String attribute : List.of("property", "name", "itemprop"))
                if (meta.hasAttr(attribute))
                    content.putIfAbsent(meta.attr(attribute).toLowerCase(Locale.ROOT), meta.attr("content"));
        return new MetaTags(content);
    }

    /** OpenGraph ({@code og:title}, {@code article:published_time}, {@code og:site_name}, {@code og:url}). */
    HtmlMetadata openGraph() {
        return new HtmlMetadata(get("og:title"), PublicationDates.parseAny(get("article:published_time")),
                get("og:site_name"), get("og:url"));
    }

    /** Plain meta names, then the first {@code <h1>}, {@code <title>} and {@code <link rel=canonical>}. */
    HtmlMetadata plain(Document page) {
        String title = first(get("title"), get("twitter:title"), text(page.selectFirst("h1")), page.title());
        String published = null;
        for (String name : DATE_NAMES)
            published = first(published, get(name));
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : first(canonical.absUrl("href"), canonical.attr("href"));
        return new HtmlMetadata(title, PublicationDates.parseAny(published), get("publisher"), url);
    }

    private String get(String key) {
        return HtmlMetadata.blankToNull(content.get(key));
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String first(String... values) {
        for (String value : values)
            if (value != null && !value.isBlank())
                return value;
        return null;
    }
}
