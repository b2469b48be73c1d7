package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.cli.ToolCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph eval NAME}: measure extraction quality on public evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs an evaluation on public data and prints its figures. 'list' shows the evaluations.")
public final class EvalCommand implements Callable<Integer>, ToolCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "An evaluation, or 'list'.")
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval",
            description = "Folder holding the evaluation corpora (default: ../shared/eval).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read at most N documents (0: all).")
    int limit;

    @Option(names = "--parse-speech", description = "Evaluate the extractor that also dependency-parses speech.")
    boolean parseSpeech;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Evaluations.parseSpeech(parseSpeech);
        if (name.equals("list")) {
            Evaluations.all().forEach(e -> out.printf("%-18s %s%n", e.name(), e.description()));
            out.flush();
            return 0;
        }
        Evaluation evaluation = Evaluations.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "no evaluation named '" + name + "'; try: diplograph eval list"));
        if (!Files.isDirectory(data))
            throw new IllegalArgumentException("evaluation data folder not found: " + data.toAbsolutePath());
        EvaluationReport report = evaluation.run(data, limit, out);
        report.figures().forEach((k, v) -> out.printf("%s %s = %.4f%n", report.evaluation(), k, v));
        out.flush();
        return 0;
    }
}
