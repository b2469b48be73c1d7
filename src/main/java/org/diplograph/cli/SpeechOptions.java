package org.diplograph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --parse-speech}: dependency-parse the sentences of reported speech whose word order does not settle speaker
 * and statement. More statements found (docs/EVALUATION.md gives the figures), at about twice the extraction time.
 */
final class SpeechOptions {
    @Option(names = "--parse-speech",
            description = "Also dependency-parse reported speech the word order does not settle: more statements "
                    + "found, extraction about twice as slow.")
    boolean parse;
}
