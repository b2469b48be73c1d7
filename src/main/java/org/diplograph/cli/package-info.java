/**
 * The command line (picocli): one class per command, {@link org.diplograph.cli.DiplographCommand} at the top, the
 * {@code --store}/{@code --endpoint} options shared. Commands of other jars (the tools' {@code eval} and
 * {@code bench}) join through {@link org.diplograph.cli.ToolCommand}.
 */
package org.diplograph.cli;
