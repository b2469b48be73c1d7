package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TestTextDecoder {
    private static String problemOf(byte[] bytes) {
        return assertThrows(IngestException.class, () -> TextDecoder.decode(bytes)).getMessage();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++)
            bytes[i] = (byte) values[i];
        return bytes;
    }

    @Test
    void emptyAndWhitespaceOnly() {
        assertEquals("empty file", problemOf(new byte[0]));
        assertEquals("whitespace only", problemOf(" \r\n\t\u00A0\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("whitespace only", problemOf(bytes(0xEF, 0xBB, 0xBF)));
    }

    @Test
    void binaryByMagicOrNulBytes() {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "IHDR".getBytes(StandardCharsets.US_ASCII));
        assertEquals("binary file (looks like PNG)", problemOf(png));
        assertEquals("binary file (looks like GZIP)", problemOf(bytes(0x1F, 0x8B, 8, 0)));
        assertEquals("binary file (looks like PDF)", problemOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(problemOf(bytes('a', 'b', 0, 'c')).startsWith("binary file (contains NUL bytes"));
    }

    @Test
    void invalidUtf8NamesTheByteAndIsNotGuessedAsLatin1() {
        byte[] latin1 = "Le caf\u00e9 est ferm\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8 at byte 6; re-encode the file as UTF-8", problemOf(latin1));
        byte[] truncated = concat("ok ".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x80));
        assertEquals("not valid UTF-8 at byte 3; re-encode the file as UTF-8", problemOf(truncated));
    }

    @Test
    void byteOrderMarks() {
        byte[] utf8 = concat(bytes(0xEF, 0xBB, 0xBF), "Caf\u00e9 talks".getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9 talks", TextDecoder.decode(utf8));
        byte[] le = concat(bytes(0xFF, 0xFE), "Envoys meet \u2014 again".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Envoys meet \u2014 again", TextDecoder.decode(le));
        byte[] be = concat(bytes(0xFE, 0xFF), "Envoys meet".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Envoys meet", TextDecoder.decode(be));
        byte[] odd = concat(bytes(0xFF, 0xFE), bytes('A', 0, 'B'));
        assertEquals("not valid UTF-16LE at byte 4", problemOf(odd));
    }

    @Test
    void nothingElseIsNormalised() {
        String text = "Title\r\n\r\nBody line\r\n";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }
}
