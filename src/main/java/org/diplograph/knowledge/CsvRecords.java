package org.diplograph.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time, with the line each starts on; whole-line {@code #} comments and blank lines
 * between records are skipped (so only for files whose first field never starts with {@code #}). A malformed
 * record throws {@link KnowledgeException} naming the file and line.
 */
public final class CsvRecords {
    private final BufferedReader in;
    private final String file;
    private int line;
    private int recordLine;

    public CsvRecords(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The line the last record started on. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null)
                return null;
            line++;
            if (line == 1 && text.startsWith("\uFEFF"))
                text = text.substring(1);
        } while (text.isBlank() || text.startsWith("#"));
        recordLine = line;
        if (text.indexOf('"') < 0) {   // most records: no quoting, cut at the commas
            List<String> fields = new ArrayList<>(16);
            int from = 0;
            for (int comma; (comma = text.indexOf(',', from)) >= 0; from = comma + 1)
                fields.add(text.substring(from, comma));
            fields.add(text.substring(from));
            return fields;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted)
                    break;
                String more = in.readLine();
                if (more == null)
                    throw error(file, recordLine, "a quoted field is not closed");
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '"') {
                throw error(file, recordLine, "a quote inside an unquoted field (quote the whole field, double the quote)");
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static KnowledgeException error(String file, int line, String message) {
        return new KnowledgeException(file + ", line " + line + ": " + message);
    }
}
