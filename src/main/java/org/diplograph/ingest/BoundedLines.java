package org.diplograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at "\n", holding at most {@code maxBytes} of any one line: a longer line is read
 * to its end and dropped, so one runaway line cannot exhaust memory. Splitting bytes, not characters, lets a line
 * with a bad byte be reported alone (in UTF-8 a "\n" byte is never part of another character).
 */
final class BoundedLines {
    /** One line without "\n" or "\r\n"; {@code bytes} is empty when the line was {@code tooLong}. Numbered from 1. */
    record RawLine(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int length;
    private long number;

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
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? length : newline;
            if (!tooLong && line.size() + (stop - position) <= maxBytes) {
                line.write(buffer, position, stop - position);
            } else {
                tooLong = true;
                line.reset();
            }
            position = newline < 0 ? length : newline + 1;
            if (newline >= 0)
                break;
        }
        if (!any)
            return null;
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r')
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        return new RawLine(++number, bytes, tooLong);
    }

    private int indexOfNewline() {
        for (int i = position; i < length; i++)
            if (buffer[i] == '\n')
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
