/**
 * The command line (picocli): one class per command, {@link org.diplograph.cli.DiplographCommand} at the top, the
 * {@code --store}/{@code --endpoint} options shared. Commands of other jars (the tools' {@code eval} and
 * {@code bench}) join through {@link org.diplograph.cli.ToolCommand}. Exit codes in
 * {@link org.diplograph.cli.ExitCodes}; the table width and the progress bar follow {@link org.diplograph.cli.Terminal}.
 */
package org.diplograph.cli;
