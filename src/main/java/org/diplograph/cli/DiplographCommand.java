package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.ServiceLoader;

import org.diplograph.extract.Extractor;
import org.diplograph.query.QueryParameterException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code diplograph}: news articles in, a knowledge graph of diplomatic relations out. The product's commands are
 * declared here; commands of other jars on the class path ({@link ToolCommand}s: {@code eval}, {@code bench}) are
 * added by {@link #commandLine()}.
 */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = DiplographCommand.Version.class,
        description = "Turns news articles into an RDF knowledge graph of diplomatic relations.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, StatsCommand.class, ServeCommand.class})
public final class DiplographCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line: exit 0 ok, 1 failure, 2 usage error (also a query, parameter or value the
     * store does not know), 3 articles skipped ({@link ExitCodes}); errors in one line (the first line of the
     * message), no stack trace unless {@code -Ddiplograph.debug=true}. The {@link ToolCommand}s on the class path
     * come after the product's commands, {@code help} last.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DiplographCommand());
        for (ToolCommand tool : ServiceLoader.load(ToolCommand.class))
            cl.addSubcommand(tool);
        cl.addSubcommand(new CommandLine.HelpCommand());
        // After the subcommands are added: picocli passes the setting down to the subcommands present.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            line.getErr().println("diplograph: " + message.lines().findFirst().orElse(ex.toString()));
            if (Boolean.getBoolean("diplograph.debug"))
                ex.printStackTrace(line.getErr());
            return ex instanceof QueryParameterException ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** "diplograph 0.1.0 (extractor 0.2.3)": the pom's version, and the extractor's, which marks stored facts. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"diplograph " + version() + " (extractor " + Extractor.VERSION + ")"};
        }

        /** The pom's version, written into {@code version.properties} by Maven's resource filtering. */
        static String version() {
            Properties p = new Properties();
            try (InputStream in = DiplographCommand.class.getResourceAsStream("version.properties")) {
                if (in == null)
                    throw new IllegalStateException("version.properties is missing from the classpath");
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version");
        }
    }
}
