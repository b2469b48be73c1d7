package org.diplograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks folders depth first in name order, handing over the files that may be articles. Hidden entries (".name")
 * are skipped silently; archives, images and other files that cannot be articles are reported. Symbolic links are
 * followed, but no folder is read twice, which also ends link loops.
 */
final class FolderWalker {
    private static final Set<String> NOT_ARTICLES = Set.of("gz", "tgz", "zip", "bz2", "xz", "7z", "tar", "rar",
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "heic", "pdf", "mp3", "mp4", "mov",
            "avi", "wav", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "exe", "jar", "class", "so", "dll");

    private final Set<Path> visited = new HashSet<>();
    private final Consumer<Path> files;
    private final Consumer<ReadProblem> problems;

    FolderWalker(Consumer<Path> files, Consumer<ReadProblem> problems) {
        this.files = files;
        this.problems = problems;
    }

    void walk(Path folder) {
        Path real;
        List<Path> entries;
        try {
            real = folder.toRealPath();
            if (!visited.add(real)) {
                problem(folder, "folder already read (a symbolic link leads to " + real + "); not read again");
                return;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                entries = listing.sorted().toList();
            }
        } catch (IOException | UncheckedIOException e) {
            problem(folder, "cannot list folder: " + ArticleSources.reason(e));
            return;
        }
        for (Path entry : entries)
            visit(entry);
    }

    private void visit(Path entry) {
        String name = entry.getFileName().toString();
        if (name.startsWith("."))
            return;
        if (Files.isDirectory(entry))
            walk(entry);
        else if (Files.isSymbolicLink(entry) && !Files.exists(entry))
            problem(entry, brokenLink(entry));
        else if (!Files.isRegularFile(entry))
            problem(entry, "not a regular file");
        else if (NOT_ARTICLES.contains(InputFormat.extension(name)))
            problem(entry, "skipped: a ." + InputFormat.extension(name) + " file is not an article");
        else
            files.accept(entry);
    }

    /** Why a symbolic link leads nowhere: a missing target, or a loop of links. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "broken symbolic link";
        } catch (NoSuchFileException e) {
            return "broken symbolic link: its target does not exist";
        } catch (FileSystemException e) {
            return "broken symbolic link: " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        } catch (IOException e) {
            return "broken symbolic link: " + ArticleSources.reason(e);
        }
    }

    private void problem(Path path, String message) {
        problems.accept(new ReadProblem(path.toString(), "", message));
    }
}
