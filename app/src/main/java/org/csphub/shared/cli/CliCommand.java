package org.csphub.shared.cli;

import java.util.Set;

/**
 * One command of the command-line interface, such as {@code users add}. Modules contribute commands
 * as beans; {@link CommandLineDispatcher} finds them by name.
 */
public interface CliCommand {

	/** The words that name the command, for example {@code "users add"}. */
	String name();

	/** One line for the list of commands. */
	String summary();

	/** The full usage text printed by {@code --help}: synopsis, options and an example. */
	String usage();

	/** The options this command accepts (without the leading dashes). */
	Set<String> options();

	/** Options that take no value. */
	default Set<String> flags() {
		return Set.of();
	}

	/**
	 * Runs the command.
	 * @return the process exit code: 0 on success, 1 when the command failed, 2 for a usage error
	 */
	int run(CliArguments arguments, CliConsole console) throws Exception;

}
