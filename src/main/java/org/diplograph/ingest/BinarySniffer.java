package org.diplograph.ingest;

import java.util.List;
import java.util.Optional;

/** Recognises documents that are not text at all from their first bytes, so they get a clear problem, not garbage. */
final class BinarySniffer {
    private record Magic(String kind, int offset, byte[] bytes) {
        boolean matches(byte[] head) {
            if (head.length < offset + bytes.length)
                return false;
            for (int i = 0; i < bytes.length; i++)
                if (head[offset + i] != bytes[i])
                    return false;
            return true;
        }
    }

    private static final List<Magic> MAGICS = List.of(
            magic("PNG", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            magic("JPEG", 0, 0xFF, 0xD8, 0xFF),
            magic("GIF", 0, 'G', 'I', 'F', '8'),
            magic("PDF", 0, '%', 'P', 'D', 'F', '-'),
            magic("ZIP", 0, 'P', 'K', 0x03, 0x04),
            magic("GZIP", 0, 0x1F, 0x8B),
            magic("XZ", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            magic("7-Zip", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            magic("an old MS Office document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            magic("an executable (ELF)", 0, 0x7F, 'E', 'L', 'F'),
            magic("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            magic("MP4/MOV video", 4, 'f', 't', 'y', 'p'));

    private BinarySniffer() {
    }

    /**
     * Why {@code head} (the first bytes of a document) is not text, if it is not. NUL bytes are allowed only in
     * UTF-16, which must then announce itself with a byte order mark.
     */
    static Optional<String> whyBinary(byte[] head, boolean utf16) {
        for (Magic magic : MAGICS)
            if (magic.matches(head))
                return Optional.of("binary file (looks like " + magic.kind() + ")");
        if (!utf16)
            for (byte b : head)
                if (b == 0)
                    return Optional.of("binary file (contains NUL bytes; UTF-16 text needs a byte order mark)");
        return Optional.empty();
    }

    private static Magic magic(String kind, int offset, int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++)
            bytes[i] = (byte) values[i];
        return new Magic(kind, offset, bytes);
    }
}
