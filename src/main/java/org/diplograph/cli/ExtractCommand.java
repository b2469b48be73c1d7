package org.diplograph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.export.FactsJson;
import org.diplograph.extract.ExtractionException;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.diplograph.pipeline.Admission;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.ExtractionRun;
import org.diplograph.rdf.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph extract PATH...}: extraction only, printed, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the facts of each article and prints them (JSON Lines by default); stores nothing. "
                + "Articles in another language are skipped (with a line saying so); an English article made mostly "
                + "of tables or lists is extracted with a warning.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {ExitCodes.LIST_0, ExitCodes.LIST_1, ExitCodes.LIST_2, ExitCodes.LIST_3})
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, turtle, trig }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive), or - for stdin.")
    List<String> paths;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    SpeechOptions speech = new SpeechOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), turtle or trig.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.standard(knowledge.holders(err), speech.parse);   // user tables checked before any article
        FactsJson json = new FactsJson(CountryTable.standard());
        ArticleGraphBuilder graphs = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
        int maxChars = IngestOptions.defaults().maxArticleChars();
        ConsoleProgress progress = new ConsoleProgress(err, Terminal.interactive());
        progress.expected(ArticleSources.estimateArticles(paths));
        long[] done = {0}, failed = {0}, skipped = {0};
        new ArticleSources().read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                Admission admission = Admission.of(article, maxChars);
                if (admission.decision() != Admission.Decision.EXTRACT)
                    progress.clear();
                switch (admission.decision()) {
                    case FAIL -> error(article.describe() + ": " + admission.message());
                    case SKIP -> {
                        skipped[0]++;
                        err.println("skipped: " + article.describe() + ": " + admission.message());
                    }
                    case EXTRACT_WITH_WARNING -> err.println("warning: " + article.describe() + ": " + admission.message());
                    case EXTRACT -> { }
                }
                if (admission.extracted()) {
                    try {
                        ArticleFacts facts = extractor.extract(article);
                        progress.clear();
                        print(out, facts, json, graphs);
                    } catch (ExtractionException e) {
                        error(article.describe() + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        error(article.describe() + ": extraction failed: " + e);
                    }
                }
                progress.progress(++done[0], failed[0]);
            }

            @Override
            public void problem(ReadProblem problem) {
                error(problem.toString());
                progress.progress(++done[0], failed[0]);
            }

            private void error(String line) {
                failed[0]++;
                progress.clear();
                err.println("error: " + line);
            }
        });
        progress.finish();
        out.flush();
        err.flush();
        return ExitCodes.of(failed[0], skipped[0]);
    }

    private void print(PrintWriter out, ArticleFacts facts, FactsJson json, ArticleGraphBuilder graphs) {
        if (format == Format.jsonl) {
            out.println(json.line(facts));
            return;
        }
        Model model = graphs.build(facts);
        StringWriter text = new StringWriter();
        if (format == Format.turtle) {
            RDFDataMgr.write(text, model, RDFFormat.TURTLE_PRETTY);
        } else {
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(ArticleGraphBuilder.articleIri(facts), model);
            ds.getDefaultModel().setNsPrefixes(Prefixes.standard());
            RDFDataMgr.write(text, ds, RDFFormat.TRIG_PRETTY);
        }
        out.print(text);
        out.flush();
    }
}
