package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes a store folder takes on disk: what copy-on-write growth and compaction are measured by. */
public final class FolderSize {
    private FolderSize() {
    }

    /** The total size of the regular files under {@code dir}; 0 when it cannot be read (e.g. files removed while walking). */
    public static long of(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
