package org.diplograph.knowledge.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.diplograph.cli.ToolCommand;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.KnowledgeCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diplograph build-knowledge}: builds the bundled office-holder tables of {@code data/knowledge/} from the
 * public sources in {@code ../shared} and the curated supplement, the same bytes for the same inputs. A tool command
 * (diplograph-tools.jar), run from the project's folder.
 */
@Command(name = "build-knowledge", mixinStandardHelpOptions = true,
        description = "Builds data/knowledge/office-holders*.csv.gz from the sources in ../shared/knowledge, "
                + "../shared/eval/dictionaries and data/knowledge/curated.csv.")
public final class BuildKnowledgeCommand implements Callable<Integer>, ToolCommand {
    public static final String MAIN = "office-holders.csv.gz";
    public static final String COUNTRY_INFO = "office-holders-countryinfo.csv.gz";

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared data folder (default ../shared).")
    Path shared;

    @Option(names = "--curated", paramLabel = "FILE", defaultValue = "data/knowledge/curated.csv",
            description = "The curated supplement (default data/knowledge/curated.csv).")
    Path curated;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "data/knowledge",
            description = "Where to write the tables (default data/knowledge).")
    Path output;

    @Option(names = "--coverage", description = "Also print the coverage of the built tables (Markdown).")
    boolean coverage;

    @Option(names = "--load-cost", description = "Build nothing: measure what loading the bundled tables costs.")
    boolean loadCost;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (loadCost) {
            out.println(LoadCost.measure(5));
            out.flush();
            return 0;
        }
        CountryTable countries = CountryTable.standard();
        Territories territories = new Territories(countries);
        Path knowledge = shared.resolve("knowledge");
        Path dictionaries = shared.resolve("eval/dictionaries");
        List<SourceRow> rows = new ArrayList<>();
        add(out, rows, "curated", curated(curated, countries));
        add(out, rows, IfgMinisters.SOURCE, IfgMinisters.read(knowledge.resolve("ifg-ministers")));
        add(out, rows, Pocom.SOURCE, Pocom.read(knowledge.resolve("pocom"), territories));
        add(out, rows, Factbook.SOURCE, Factbook.read(knowledge.resolve("factbook/executive-branch.tsv")));
        add(out, rows, Visits.SOURCE, Visits.read(knowledge.resolve("visits/data"), territories));
        add(out, rows, Phoenix.SOURCE, Phoenix.read(dictionaries.resolve("petrarch2/Phoenix.Countries.actors.txt"),
                dictionaries.resolve("petrarch2/Phoenix.International.actors.txt"), countries));
        add(out, rows, CountryInfo.SOURCE,
                CountryInfo.read(dictionaries.resolve("countryinfo/CountryInfo.120116.txt"), countries));
        Merger.Tables tables = Merger.merge(rows);
        Files.createDirectories(output);
        write(output.resolve(MAIN), List.of(
                "Office holders, built by build-knowledge from the CIA World Factbook archive, the US Office of the",
                "Historian (POCOM, visits), the IfG Ministers Database (CC BY 4.0, modified), PETRARCH2 Phoenix",
                "dictionaries (MIT) and curated rows. Licences and attribution: data/knowledge/README.md."),
                tables.main());
        write(output.resolve(COUNTRY_INFO), List.of(
                "Office holders from CountryInfo.120116.txt, Copyright (c) 2012 Philip A. Schrodt, CC BY-SA 3.0",
                "(http://creativecommons.org/licenses/by-sa/3.0/); modified: converted to this table by build-knowledge.",
                "This file is licensed under CC BY-SA 3.0. See data/knowledge/README.md."),
                tables.countryInfo());
        out.printf("wrote %s (%d rows) and %s (%d rows)%n", output.resolve(MAIN), tables.main().size(),
                output.resolve(COUNTRY_INFO), tables.countryInfo().size());
        if (coverage)
            out.print(Coverage.markdown(tables));
        out.flush();
        return 0;
    }

    private static void add(PrintWriter out, List<SourceRow> rows, String source, List<SourceRow> read) {
        out.printf("%-12s %6d rows read%n", source, read.size());
        rows.addAll(read);
    }

    /** The curated supplement: a table in the documented format, each row its own source. */
    static List<SourceRow> curated(Path file, CountryTable countries) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Holding h : KnowledgeCsv.read(in, file.toString(), c -> countries.byIso2(c).isPresent())) {
                if (!h.source().equals("curated"))
                    throw new IOException(file + ": a curated row has source \"" + h.source() + "\", not \"curated\"");
                if (h.ref() == null)
                    throw new IOException(file + ": the curated row of " + h.name() + " gives no reference");
                rows.add(new SourceRow("curated", h.ref(), h.personId(), h.name(), h.surname(), h.aliases(), h.office(),
                        h.kind(), h.country(), h.organization(), h.accreditedTo(), h.start(), h.end(), false,
                        h.wikidata()));
            }
        }
        return rows;
    }

    private static void write(Path file, List<String> comments, List<Holding> rows) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
             Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            KnowledgeCsv.write(w, comments, rows);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
