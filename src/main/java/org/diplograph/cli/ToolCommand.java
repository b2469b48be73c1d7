package org.diplograph.cli;

/**
 * A command that a jar beside the product adds to {@code diplograph}, such as {@code eval} and {@code bench} from
 * {@code diplograph-tools.jar}. An implementation is a picocli {@code @Command} class with a public no-argument
 * constructor, named in its jar's {@code META-INF/services/org.diplograph.cli.ToolCommand};
 * {@link DiplographCommand#commandLine()} finds it with {@link java.util.ServiceLoader}, so the command exists
 * exactly when its jar is on the class path and the product never refers to it.
 */
public interface ToolCommand {
}
