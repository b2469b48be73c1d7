package org.diplograph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;

/** Synthetic news articles as JSON Lines, streamed to disk, for ingests larger than any corpus at hand. */
public final class SyntheticArticles {
    private SyntheticArticles() {
    }

    public static void writeJsonLines(int count, Path output) throws IOException {
        SyntheticFacts generator = new SyntheticFacts(CountryTable.standard(), 1);
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(output)) {
            for (int i = 0; i < count; i++) {
                ArticleFacts facts = generator.next(i);
                ObjectNode line = mapper.createObjectNode();
                line.put("title", facts.article().title());
                line.put("url", facts.article().url());
                line.put("published", facts.article().published().toString());
                line.put("text", facts.article().text());
                out.write(mapper.writeValueAsString(line));
                out.newLine();
            }
        }
    }
}
