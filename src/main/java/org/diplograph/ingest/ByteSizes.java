package org.diplograph.ingest;

/** Byte counts as people read them in messages: "20 MB", "200 bytes". */
final class ByteSizes {
    private static final long MB = 1024 * 1024;

    private ByteSizes() {
    }

    static String describe(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
