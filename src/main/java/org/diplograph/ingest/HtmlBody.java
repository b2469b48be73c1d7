package org.diplograph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article body of a web page as plain paragraphs joined by blank lines. The container is, in order of trust,
 * the {@code itemprop=articleBody} element, the {@code <article>} with most paragraph text, or the element whose
 * paragraphs hold most text. Page chrome (navigation, header, footer, asides, forms, figures and their captions,
 * scripts) is removed first.
 */
final class HtmlBody {
    private static final String CHROME = "nav, header, footer, aside, form, figure, figcaption, script, style,"
            + " noscript, template, iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo]";
    private static final String PARAGRAPHS = "p, h2, h3, h4";

    private HtmlBody() {
    }

    /** The body text, or "" when the page has none. Removes the page's chrome: read metadata first. */
    static String extract(Document page) {
        page.select(CHROME).remove();
        Element container = richest(page.select("[itemprop=articleBody]"));
        if (container == null)
            container = richest(page.select("article"));
        if (container != null) {
            String text = paragraphs(container);
            return text.isEmpty() ? container.text() : text;
        }
        container = densestParagraphParent(page);
        return container == null ? "" : paragraphs(container);
    }

    private static String paragraphs(Element container) {
        return container.select(PARAGRAPHS).stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    /** Of several candidates, the one with most paragraph text (a page may hold teaser articles too). */
    private static Element richest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = candidate.select(PARAGRAPHS).text().length();
            if (best == null || length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best != null && !best.text().isBlank() ? best : null;
    }

    /**
     * The element whose paragraphs hold most text. Grandparents earn half, so a body that wraps every paragraph
     * in its own div is still found whole.
     */
    private static Element densestParagraphParent(Document page) {
        Map<Element, Integer> score = new HashMap<>();
        List<Element> paragraphs = page.body().select("p");
        for (Element p : paragraphs) {
            int length = p.text().length();
            Element parent = p.parent();
            if (length == 0 || parent == null)
                continue;
            score.merge(parent, length, Integer::sum);
            if (parent.parent() != null)
                score.merge(parent.parent(), length / 2, Integer::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
