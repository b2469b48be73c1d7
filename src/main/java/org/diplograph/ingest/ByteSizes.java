package org.diplograph.ingest;

/** Byte counts as people read them in messages: "20 MB", "200 bytes". */
final class ByteSizes {
    private static final long MB = 1024 * 1024;

    private ByteSizes() {
    }

    static String describe(long bytes) {
        if (bytes % MB == 0)
            return bytes / MB + " MB";
        return bytes < MB ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
