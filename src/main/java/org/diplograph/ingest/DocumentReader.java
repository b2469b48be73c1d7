package org.diplograph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one document (a file or stdin) into a sink: refuses what is empty, binary or too large, picks the reader
 * for its format and reports every failure as a {@link ReadProblem}.
 *
 * <p>The size limit bounds what is held in memory: a whole text or HTML document, or one line of JSON Lines
 * (which are streamed, so the file itself may be of any size).
 */
final class DocumentReader {
    private static final int HEAD_BYTES = 8192;

    private final long maxBytes;

    DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param path     the path to report ("-" for stdin)
     * @param fileName the file's name, for its extension ("" for stdin)
     * @param size     the file's size in bytes if known (a regular file), else -1: a text or HTML file over the
     *                 limit is then refused without reading it
     * @throws IOException when the stream fails; the caller reports it
     */
    void read(String path, String fileName, InputStream raw, long size, ArticleSink sink) throws IOException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES * 8);
            byte[] head = peek(in);
            TextDecoder.checkHead(head);
            InputFormat format = InputFormat.of(fileName, head);
            if (format != InputFormat.JSON_LINES && size > maxBytes)
                throw tooLarge(" (" + ByteSizes.describe(size) + ")");
            switch (format) {
                case JSON_LINES -> readJsonLines(in, head, path, sink);
                case HTML -> HtmlReader.read(TextDecoder.decode(readAtMost(in)), path, sink);
                case TEXT -> PlainTextReader.read(TextDecoder.decode(readAtMost(in)), path, sink);
            }
        } catch (IngestException e) {
            sink.problem(new ReadProblem(path, "", e.getMessage()));
        }
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes)
            throw tooLarge("");
        return bytes;
    }

    private IngestException tooLarge(String size) {
        return new IngestException("larger than the " + ByteSizes.describe(maxBytes) + " limit for one document"
                + size + "; split it or raise the limit");
    }

    private void readJsonLines(InputStream in, byte[] head, String path, ArticleSink sink) throws IOException {
        TextDecoder.Encoding encoding = TextDecoder.Encoding.of(head);
        if (encoding.isUtf16())
            throw new IngestException("JSON Lines must be UTF-8, not " + encoding.label() + "; re-encode the file");
        in.skipNBytes(encoding.bomLength);
        new JsonLinesReader((int) Math.min(maxBytes, Integer.MAX_VALUE - 8)).read(in, path, sink);
    }
}
