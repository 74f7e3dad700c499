package org.csphub.analyse;

import java.util.List;

import org.csphub.analyse.cli.AnalyseCommands;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandLineDispatcher;

/**
 * Runs {@code analyse ...} commands without starting the application: no database, no Spring context,
 * so an analysis starts in a fraction of a second and leaves no {@code ./data} folder behind. They read
 * files and write results; nothing is stored, so there is nothing to audit.
 */
public final class AnalyseCommandLine {

	private AnalyseCommandLine() {
	}

	/** Whether the arguments name an {@code analyse} command. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("analyse");
	}

	/** Runs the command; returns the process exit code (0 done, 1 failed, 2 command line wrong). */
	public static int run(String[] args, CliConsole console) {
		List<CliCommand> commands = AnalyseCommands.all();
		if (args.length == 1 || List.of("help", "--help", "-h").contains(args[1])) {
			console.out().println("Usage: java -jar csp-hub.jar analyse COMMAND [OPTIONS]");
			console.out().println();
			console.out().println("Commands:");
			for (CliCommand command : commands) {
				console.out().printf("  %-18s %s%n", command.name(), command.summary());
			}
			console.out().println();
			console.out().println("Run 'java -jar csp-hub.jar analyse COMMAND --help' for a command's options and examples.");
			return args.length == 1 ? 2 : 0;
		}
		return new CommandLineDispatcher(commands).dispatch(args, console);
	}

}
