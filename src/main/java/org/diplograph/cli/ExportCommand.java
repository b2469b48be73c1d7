package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.irix.IRIs;
import org.diplograph.export.GraphExport;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph export}: the graph, one article or the articles naming a country, as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF: turtle (union of all graphs, default), trig, nquads or jsonld; "
                + "all of it, one article (--article) or the articles naming a country (--country); "
                + "with --describe, a VoID/DCAT description of the dump in the graph <https://w3id.org/diplograph/id/graph/description>.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--format", defaultValue = "turtle", description = "turtle (default), trig, nquads or jsonld.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--article", paramLabel = "IRI", description = "Only this article's graph.")
    String article;

    @Option(names = "--country", paramLabel = "CODE",
            description = "Only the graphs of the articles that name this country (ISO 3166-1 alpha-2), and its own description.")
    String country;

    @Option(names = "--describe", description = "Add a VoID/DCAT description: counts, vocabularies, licence, creation time.")
    boolean describe;

    @Option(names = "--license", paramLabel = "IRI",
            description = "The licence the description states (default: GPL-3.0-or-later, the project's).")
    String license;

    @Override
    public Integer call() throws IOException {
        GraphExport.Format fmt = GraphExport.Format.parse(format);
        GraphExport.Selection selection = selection();
        if (license != null)
            checkIri("--license", license);
        var about = describe ? GraphExport.describe(fmt, selection, license) : null;
        int graphs;
        try (GraphStore store = storeOptions.open()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                graphs = GraphExport.write(store, fmt, out, selection, about);
                out.flush();
            } else {
                if (output.getParent() != null)
                    Files.createDirectories(output.getParent());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    graphs = GraphExport.write(store, fmt, out, selection, about);
                }
            }
        }
        if (graphs == 0 && article != null)
            throw new IllegalStateException("no article <" + article + "> in the store");
        if (graphs == 0 && country != null)
            spec.commandLine().getErr().println("diplograph: no stored article names " + selection.countryIso2());
        return 0;
    }

    private GraphExport.Selection selection() {
        if (article != null && country != null)
            throw new ParameterException(spec.commandLine(), "give --article or --country, not both");
        if (article != null) {
            checkIri("--article", article);
            return GraphExport.Selection.article(article);
        }
        if (country != null) {
            if (CountryTable.standard().byIso2(country.strip()).isEmpty())
                throw new ParameterException(spec.commandLine(), "--country: unknown ISO 3166-1 alpha-2 code '" + country + "'");
            return GraphExport.Selection.country(country.strip());
        }
        return GraphExport.Selection.ALL;
    }

    private void checkIri(String option, String iri) {
        try {
            IRIs.checkEx(iri);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": not an absolute IRI: " + iri);
        }
    }
}
