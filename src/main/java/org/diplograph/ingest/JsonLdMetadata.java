package org.diplograph.ingest;

import org.diplograph.facts.Article;

import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from schema.org JSON-LD ({@code <script type="application/ld+json">}): the first node whose
 * {@code @type} is an Article kind (NewsArticle, ReportageNewsArticle, BlogPosting...), found at the top level, in
 * an array or in an {@code @graph}. Broken JSON-LD is common and simply ignored.
 */
final class JsonLdMetadata {
    /** Pages put raw newlines in JSON-LD strings; accept them rather than lose the metadata. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final int MAX_GRAPH_DEPTH = 4;

    private JsonLdMetadata() {
    }

    static HtmlMetadata of(Document page) {
        for (Element script : page.select("script[type=\"application/ld+json\"]")) {
            Optional<JsonNode> article = parse(script.data()).flatMap(root -> findArticle(root, 0));
            if (article.isPresent())
                return metadata(article.get());
        }
        return HtmlMetadata.NONE;
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
        if (depth > MAX_GRAPH_DEPTH)
            return Optional.empty();
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<JsonNode> found = findArticle(element, depth + 1);
                if (found.isPresent())
                    return found;
            }
        } else if (node.isObject()) {
            if (isArticle(node.get("@type")))
                return Optional.of(node);
            if (node.has("@graph"))
                return findArticle(node.get("@graph"), depth + 1);
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null)
            return false;
        if (type.isArray()) {
            for (JsonNode t : type)
                if (isArticle(t))
                    return true;
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.endsWith("BlogPosting");
    }

    private static HtmlMetadata metadata(JsonNode article) {
        String title = text(article.get("headline"));
        return new HtmlMetadata(title != null ? title : text(article.get("name")),
                PublicationDates.parseAny(text(article.get("datePublished"))),
                nameOf(article.get("publisher")),
                firstNonNull(text(article.get("url")), idOf(article.get("mainEntityOfPage"))));
    }

    /** A publisher given as a string, an Organization object or an array of them. */
    private static String nameOf(JsonNode publisher) {
        if (publisher == null)
            return null;
        if (publisher.isArray())
            return publisher.isEmpty() ? null : nameOf(publisher.get(0));
        return publisher.isObject() ? text(publisher.get("name")) : text(publisher);
    }

    /** {@code mainEntityOfPage} as a URL string or as {"@id": URL}. */
    private static String idOf(JsonNode page) {
        if (page == null)
            return null;
        return page.isObject() ? firstNonNull(text(page.get("@id")), text(page.get("url"))) : text(page);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? HtmlMetadata.blankToNull(node.asText()) : null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
