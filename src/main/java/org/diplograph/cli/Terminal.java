package org.diplograph.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Whether the output is a terminal, and how wide: what the table and the progress bar are fitted to. */
final class Terminal {
    /** The width of output that is not a terminal (a file, a pipe, a test). */
    static final int DEFAULT_WIDTH = 120;

    private Terminal() {
    }

    /** The JVM has a console: standard input and output are a terminal. */
    static boolean interactive() {
        return System.console() != null;
    }

    /**
     * Columns of the terminal ({@code stty size} on its device, else $COLUMNS); {@value #DEFAULT_WIDTH} when the
     * output is not a terminal, so that what goes to a file does not depend on the window it was made in.
     */
    static int width() {
        if (!interactive())
            return DEFAULT_WIDTH;
        File tty = new File("/dev/tty");
        if (tty.exists()) {
            try {
                Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
                    String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                            .strip().split("\\s+");
                    int columns = size.length == 2 ? Integer.parseInt(size[1]) : 0;
                    if (columns > 0)
                        return columns;
                } else {
                    stty.destroy();
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // no stty here: $COLUMNS, else the default
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            return columns > 0 ? columns : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
