package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a document into the String that every offset indexes. Strict on purpose: UTF-8 unless a byte
 * order mark says UTF-16, and never a guessed Latin-1, because offsets over guessed characters would be silently
 * wrong. Nothing else is normalised (CRLF stays). Problems are thrown as {@link IngestException}.
 */
final class TextDecoder {
    /** The encodings we accept; the byte order mark, if any, is not part of the decoded text. */
    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, 0), UTF_8_BOM(StandardCharsets.UTF_8, 3),
        UTF_16LE(StandardCharsets.UTF_16LE, 2), UTF_16BE(StandardCharsets.UTF_16BE, 2);

        final Charset charset;
        final int bomLength;

        Encoding(Charset charset, int bomLength) {
            this.charset = charset;
            this.bomLength = bomLength;
        }

        static Encoding of(byte[] head) {
            if (startsWith(head, 0xEF, 0xBB, 0xBF))
                return UTF_8_BOM;
            if (startsWith(head, 0xFF, 0xFE))
                return UTF_16LE;
            if (startsWith(head, 0xFE, 0xFF))
                return UTF_16BE;
            return UTF_8;
        }

        boolean isUtf16() {
            return this == UTF_16LE || this == UTF_16BE;
        }

        /** For messages: "UTF-8", "UTF-16LE". */
        String label() {
            return charset.name();
        }
    }

    private TextDecoder() {
    }

    /** Decodes a whole document, or throws saying why it is not usable text. */
    static String decode(byte[] bytes) {
        checkHead(bytes);
        Encoding encoding = Encoding.of(bytes);
        String text = strict(bytes, encoding, "");
        if (isBlank(text))
            throw new IngestException("whitespace only");
        return text;
    }

    /** Decodes one line of a UTF-8 stream; byte offsets in problems count from the line's start. */
    static String decodeLine(byte[] line) {
        return strict(line, Encoding.UTF_8, " of the line");
    }

    /** Rejects empty and binary documents from their first bytes, before anything is read in full. */
    static void checkHead(byte[] head) {
        if (head.length == 0)
            throw new IngestException("empty file");
        BinarySniffer.whyBinary(head, Encoding.of(head).isUtf16()).ifPresent(why -> {
            throw new IngestException(why);
        });
    }

    /** Whitespace including the no-break spaces that copied web pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++)
            if (!isSpace(text.charAt(i)))
                return false;
        return true;
    }

    private static String strict(byte[] bytes, Encoding encoding, String where) {
        CharsetDecoder decoder = encoding.charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, encoding.bomLength, bytes.length - encoding.bomLength);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError())
            result = decoder.flush(out);
        if (result.isError()) {
            String message = "not valid " + encoding.label() + " at byte " + in.position() + where;
            throw new IngestException(encoding.isUtf16() ? message : message + "; re-encode the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if ((bytes[i] & 0xFF) != prefix[i])
                return false;
        return true;
    }
}
