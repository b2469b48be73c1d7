package org.diplograph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The edges of the architecture (docs/ARCHITECTURE.md), checked on the compiled classes with ArchUnit: the product
 * ({@code target/classes}, from src/main/java) and the tools ({@code target/tools-classes}, from src/tools/java).
 * A rule names the classes that break it, and what they use.
 */
class TestArchitecture {
    private static final Path BUILD = Path.of(System.getProperty("diplograph.buildDir", "target"));
    private static final JavaClasses PRODUCT = new ClassFileImporter().importPath(BUILD.resolve("classes"));
    private static final JavaClasses TOOLS = new ClassFileImporter().importPath(BUILD.resolve("tools-classes"));

    @Test
    void theClassesAreThere() {
        assertFalse(PRODUCT.isEmpty(), "no product classes under " + BUILD.resolve("classes"));
        assertFalse(TOOLS.isEmpty(), "no tools classes under " + BUILD.resolve("tools-classes"));
    }

    /** Facts are plain records: the language between the stages, the RDF mapping and the JSON writer. */
    @Test
    void factsDependOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.diplograph.facts..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.diplograph.facts..", "java..")
                .check(PRODUCT);
    }

    /** Extraction knows CoreNLP and the facts, not RDF: the mapping is the rdf package's alone. */
    @Test
    void extractionImportsNoJena() {
        noClasses().that().resideInAnyPackage("org.diplograph.extract..", "org.diplograph.facts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..")
                .check(PRODUCT);
    }

    /** The mapping reads facts (and the country table for the reference graph), never how they were extracted. */
    @Test
    void rdfDependsOnFactsNotOnExtraction() {
        classes().that().resideInAPackage("org.diplograph.rdf..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.diplograph.rdf..", "org.diplograph.facts..",
                        "org.diplograph.gazetteer..", "org.apache.jena..", "java..")
                .check(PRODUCT);
    }

    /** Readers make facts.Article; facts know nothing of reading. */
    @Test
    void ingestDependsOnFactsNotTheReverse() {
        noClasses().that().resideInAPackage("org.diplograph.facts..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.ingest..")
                .check(PRODUCT);
    }

    /** No cycle between the top-level packages (ingest, facts, extract, rdf, store, query, export, serve, cli…). */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.diplograph.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    /**
     * The families inside extract (nlp, entities, people, time, events, meetings, statements, relations, text) lean
     * on earlier ones only: no two of them need each other.
     */
    @Test
    void noCyclesBetweenExtractionFamilies() {
        slices().matching("org.diplograph.extract.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    /** The shared text layer is the bottom of extraction: it knows no stage family (only CoreNLP and the facts). */
    @Test
    void theTextLayerKnowsNoStage() {
        noClasses().that().resideInAPackage("org.diplograph.extract.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.extract.entities..",
                        "org.diplograph.extract.people..", "org.diplograph.extract.time..",
                        "org.diplograph.extract.events..", "org.diplograph.extract.meetings..",
                        "org.diplograph.extract.statements..", "org.diplograph.extract.relations..")
                .check(PRODUCT);
    }

    /** extract.text is internal (its package-info says so, as jsoup's internal does): used inside extract only. */
    @Test
    void theTextLayerIsInternalToExtraction() {
        JavaClasses all = new ClassFileImporter().importPaths(BUILD.resolve("classes"), BUILD.resolve("tools-classes"));
        noClasses().that().resideOutsideOfPackage("org.diplograph.extract..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.extract.text..")
                .check(all);
    }

    /** The product runs without the tools jar: no product class uses a class of the tools source set. */
    @Test
    void theProductDoesNotDependOnTheTools() {
        Set<String> toolPackages = new TreeSet<>();
        for (JavaClass c : TOOLS)
            toolPackages.add(c.getPackageName());
        noClasses().should().dependOnClassesThat().resideInAnyPackage(toolPackages.toArray(String[]::new))
                .check(PRODUCT);
    }
}
