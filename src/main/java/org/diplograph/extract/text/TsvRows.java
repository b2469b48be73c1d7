package org.diplograph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated classpath resource, without blank and {@code #} comment lines. */
public final class TsvRows {
    private TsvRows() {
    }

    public static List<String[]> of(String resource) {
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null;)
                if (!line.isBlank() && !line.startsWith("#"))
                    rows.add(line.split("\t", -1));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
