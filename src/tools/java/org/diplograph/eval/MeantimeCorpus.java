package org.diplograph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * MEANTIME CAT XML (intra_cross-doc_annotation): text rebuilt from the tokens (spaces between tokens, a blank
 * line between sentences), the creation time, and the TIMEX3 markables. Only sentences 0-5 are fully annotated
 * (meantime/SOURCE.md), so only they are scored; TIMEX3s without tokens are skipped.
 */
public final class MeantimeCorpus {
    private static final int LAST_ANNOTATED_SENTENCE = 5;
    private static final Pattern US_DATE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");

    private MeantimeCorpus() {
    }

    public static List<TimexDocument> read(Path folder, int limit) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<TimexDocument> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                if (limit > 0 && docs.size() >= limit)
                    break;
                TimexDocument doc = parse(p);
                if (doc != null)
                    docs.add(doc);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimexDocument parse(Path file) {
        Document xml;
        try {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("bad MEANTIME XML " + file + ": " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        Map<String, int[]> tokens = new HashMap<>();
        Map<String, Integer> sentenceOf = new HashMap<>();
        int scoredEnd = 0, sentence = -1;
        NodeList tokenNodes = xml.getElementsByTagName("token");
        for (int i = 0; i < tokenNodes.getLength(); i++) {
            Element t = (Element) tokenNodes.item(i);
            int s = Integer.parseInt(t.getAttribute("sentence"));
            if (text.length() > 0)
                text.append(s == sentence ? " " : "\n\n");
            sentence = s;
            int begin = text.length();
            text.append(t.getTextContent());
            tokens.put(t.getAttribute("t_id"), new int[] {begin, text.length()});
            sentenceOf.put(t.getAttribute("t_id"), s);
            if (s <= LAST_ANNOTATED_SENTENCE)
                scoredEnd = text.length();
        }
        List<TimexDocument.Gold> gold = new ArrayList<>();
        String dctValue = null;
        int dctBegin = -1, dctEnd = -1;
        NodeList timexes = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element x = (Element) timexes.item(i);
            NodeList anchors = x.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0)
                continue;
            String firstId = ((Element) anchors.item(0)).getAttribute("t_id");
            int[] first = tokens.get(firstId);
            int[] last = tokens.get(((Element) anchors.item(anchors.getLength() - 1)).getAttribute("t_id"));
            // The dateline (sentence 1) holds the creation time; two documents mark it NONE (SOURCE.md).
            boolean creation = "CREATION_TIME".equals(x.getAttribute("functionInDocument"));
            if (creation || sentenceOf.get(firstId) == 1) {
                if (creation || dctValue == null)
                    dctValue = x.getAttribute("value");
                dctBegin = first[0];
                dctEnd = last[1];
            } else if (sentenceOf.get(firstId) <= LAST_ANNOTATED_SENTENCE) {
                gold.add(new TimexDocument.Gold(first[0], last[1], x.getAttribute("type"), x.getAttribute("value")));
            }
        }
        LocalDate dct = parseDate(dctValue);
        if (dct == null)
            return null;
        gold.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        return new TimexDocument(name, text.toString(), dct, gold, 0, scoredEnd, dctBegin, dctEnd);
    }

    /** ISO dates, and the one malformed {@code MM-DD-YYYY} creation time of the corpus. */
    static LocalDate parseDate(String value) {
        if (value == null)
            return null;
        Matcher us = US_DATE.matcher(value);
        if (us.matches())
            return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
        return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
    }
}
