package org.diplograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at "\n", "\r\n" or a lone "\r", holding at most {@code maxBytes} of any one line:
 * a longer line is read to its end and dropped, so one runaway line cannot exhaust memory. Splitting bytes, not characters, lets a line
 * with a bad byte be reported alone (in UTF-8 a "\n" or "\r" byte is never part of another character, and JSON
 * strings cannot hold either unescaped).
 */
final class BoundedLines {
    /** One line without its ending; {@code bytes} is empty when the line was {@code tooLong}. Numbered from 1. */
    record RawLine(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int length;
    private long number;
    /** The last line ended in "\r": a "\n" next belongs to that ending. */
    private boolean afterCr;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of input. */
    RawLine next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (position < length || fill()) {
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int end = indexOfLineEnd();
            int stop = end < 0 ? length : end;
            if (!tooLong && line.size() + (stop - position) <= maxBytes) {
                line.write(buffer, position, stop - position);
            } else {
                tooLong = true;
                line.reset();
            }
            position = end < 0 ? length : end + 1;
            if (end >= 0) {
                afterCr = buffer[end] == '\r';
                break;
            }
        }
        if (!any)
            return null;
        return new RawLine(++number, line.toByteArray(), tooLong);
    }

    /** The next "\n" or "\r" from {@code position}; a "\n" right after a "\r" is skipped by {@link #next}. */
    private int indexOfLineEnd() {
        for (int i = position; i < length; i++)
            if (buffer[i] == '\n' || buffer[i] == '\r')
                return i;
        return -1;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        length = Math.max(read, 0);
        return read > 0;
    }
}
