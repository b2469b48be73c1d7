package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.diplograph.export.GraphExport;
import org.diplograph.rdf.ShapeValidation;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph validate}: SHACL validation of the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the store against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            ValidationReport report = ShapeValidation.validate(GraphExport.union(store).getGraph());
            if (report.conforms()) {
                spec.commandLine().getOut().println("conforms: the store satisfies ontology/shapes.ttl");
                return 0;
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            ShLib.printReport(buffer, report);
            spec.commandLine().getOut().println(report.getEntries().size() + " violation(s):");
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            return 1;
        }
    }
}
