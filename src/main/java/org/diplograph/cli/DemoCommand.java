package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.export.GraphExport;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ReadableTable;
import org.diplograph.query.StoreCountries;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph demo}: the main job on the bundled articles, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled articles (data/articles/) into the embedded store, prints who met whom, "
                + "writes the whole graph as Turtle, and suggests what else to ask of the store.")
final class DemoCommand implements Callable<Integer> {
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\w.,:/+-]+");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Articles to ingest (default: the bundled data/articles).")
    String articles;

    @Option(names = {"-o", "--output"}, defaultValue = "out/diplograph.ttl", paramLabel = "FILE",
            description = "Where to write the Turtle (default: out/diplograph.ttl).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = storeOptions.open()) {
            IngestCommand.run(store, List.of(articles != null ? articles : bundledArticles()), IngestOptions.defaults(), spec);
            out.println();
            out.println("Who met whom:");
            NamedQuery whoMetWhom = NamedQueries.builtIn("who-met-whom");
            out.print(ReadableTable.render(QueryRunner.select(store, whoMetWhom, Map.of()), whoMetWhom.shown(),
                    Terminal.width(), false));
            if (output.getParent() != null)
                Files.createDirectories(output.getParent());
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output))) {
                GraphExport.write(store, GraphExport.Format.TURTLE, file);
            }
            out.println();
            out.print(nextQuestions(store));
            out.println();
            out.println("The whole graph, as Turtle: " + shown(output));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * A few more questions to ask of this store, each with the command that asks it, filled in from what the
     * store holds: the speaker with most statements, the pair of countries with most relation events, the country
     * named most.
     */
    private String nextQuestions(GraphStore store) {
        String cli = command() + storeOption();
        StringBuilder s = new StringBuilder("What else to ask:\n");
        Map<String, Integer> bySpeaker = new LinkedHashMap<>();
        forEachRow(store, "statements", row -> {
            if (row.contains("speakerName"))
                bySpeaker.merge(row.getLiteral("speakerName").getLexicalForm(), 1, Integer::sum);
        });
        bySpeaker.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(top -> question(s,
                "What " + top.getKey() + " said (" + top.getValue() + " statements; any part of a name will do):",
                cli + " query statements --param speaker=" + quoted(top.getKey())));
        ResultSetRewindable network = QueryRunner.select(store, NamedQueries.builtIn("network"), Map.of());
        while (network.hasNext()) {
            QuerySolution pair = network.next();
            long events = pair.getLiteral("cooperation").getLong() + pair.getLiteral("conflict").getLong();
            if (events > 0) {
                question(s, "How " + country(pair, "a") + " and " + country(pair, "b") + " related: " + events
                        + " events, in date order:",
                        cli + " query country-relations --param a=" + pair.getLiteral("aCode").getLexicalForm()
                                + " --param b=" + pair.getLiteral("bCode").getLexicalForm());
                break;
            }
        }
        List<StoreCountries.Country> most = StoreCountries.known(store).counted(store).mostNamed(1);
        if (!most.isEmpty()) {
            StoreCountries.Country c = most.get(0);
            question(s, "Who holds which post for " + c + ", the country named most:",
                    cli + " query officials --param country=" + c.code());
            question(s, "The graphs of the " + c.articles() + " articles naming " + c
                    + ", one per article, to load elsewhere:",
                    cli + " export --format trig --country " + c.code() + " --output " + c.code().toLowerCase() + ".trig");
        }
        question(s, "The network of countries and each pair's timeline, in a browser at http://127.0.0.1:3030/:",
                cli + " serve");
        return s.toString();
    }

    /** "PK (Pakistan)": the code reads well in any sentence, the name says which country it is. */
    private static String country(QuerySolution pair, String side) {
        return pair.getLiteral(side + "Code").getLexicalForm() + " (" + pair.getLiteral(side + "Name").getLexicalForm() + ")";
    }

    private static void question(StringBuilder s, String what, String command) {
        s.append("  ").append(what).append('\n').append("    ").append(command).append('\n');
    }

    private static void forEachRow(GraphStore store, String query, java.util.function.Consumer<QuerySolution> action) {
        QueryRunner.select(store, NamedQueries.builtIn(query), Map.of()).forEachRemaining(action);
    }

    /** How to run diplograph from here: {@code bin/diplograph} of the installation when known, relative if inside. */
    private static String command() {
        String home = System.getProperty("diplograph.home");
        if (home == null)
            return "diplograph";
        return shown(Path.of(home, "bin", "diplograph"));
    }

    /** {@code --store DIR} when the store is not the default one. */
    private String storeOption() {
        if (storeOptions.endpoint != null)
            return " --endpoint " + quoted(storeOptions.endpoint);
        Path dir = storeOptions.directory();
        return dir.equals(Path.of(StoreOptions.DEFAULT_DIR)) ? "" : " --store " + quoted(shown(dir));
    }

    /** A path as a person would type it from here: relative when inside the working folder. */
    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    /** A word for a POSIX shell: as is when plain, else in single quotes. */
    private static String quoted(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** data/articles of the installation ({@code bin/diplograph} sets diplograph.home), else of the working folder. */
    private static String bundledArticles() {
        String home = System.getProperty("diplograph.home");
        return home != null ? Path.of(home, "data", "articles").toString() : "data/articles";
    }
}
