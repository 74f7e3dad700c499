package org.csphub.shared.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.csphub.shared.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the command named by the leading words of the arguments and runs it, printing usage for
 * {@code help} or {@code --help} and a clear message for a mistake.
 */
@Component
public class CommandLineDispatcher {

	private final List<CliCommand> commands;

	public CommandLineDispatcher(List<CliCommand> commands) {
		this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
	}

	public int dispatch(String[] args, CliConsole console) {
		List<String> words = Arrays.asList(args);
		if (words.isEmpty() || words.get(0).equals("help")) {
			printCommands(console);
			return words.isEmpty() ? 2 : 0;
		}
		CliCommand command = find(words);
		if (command == null) {
			console.err().println("Unknown command: " + String.join(" ", words.subList(0, Math.min(2, words.size()))));
			printCommands(console);
			return 2;
		}
		List<String> rest = words.subList(command.name().split(" ").length, words.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			console.out().println(command.usage());
			return 0;
		}
		SecurityContextHolder.getContext().setAuthentication(commandLineActor());
		try {
			CliArguments arguments = CliArguments.parse(rest, command.options(), command.flags());
			return command.run(arguments, console);
		}
		catch (CliUsageException ex) {
			console.err().println("Error: " + ex.getMessage());
			console.err().println();
			console.err().println(command.usage());
			return 2;
		}
		catch (CommandFailedException ex) {
			console.err().println("Error: " + ex.getMessage());
			return 1;
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> console.err().println("Error: " + p.message()));
			return 1;
		}
		catch (Exception ex) {
			console.err().println("Error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return 1;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Who the audit log names for work done at the command line: {@code cli:<operating system user>}. */
	private static Authentication commandLineActor() {
		return UsernamePasswordAuthenticationToken.authenticated("cli:" + System.getProperty("user.name", "unknown"),
				null, List.of());
	}

	private CliCommand find(List<String> words) {
		return commands.stream()
			.filter(c -> {
				List<String> name = List.of(c.name().split(" "));
				return words.size() >= name.size() && words.subList(0, name.size()).equals(name);
			})
			.max(Comparator.comparingInt(c -> c.name().length()))
			.orElse(null);
	}

	private void printCommands(CliConsole console) {
		console.out().println("Usage: java -jar csp-hub.jar COMMAND [OPTIONS]");
		console.out().println("       (no command starts the web service)");
		console.out().println();
		console.out().println("Commands:");
		for (CliCommand command : commands) {
			console.out().printf("  %-22s %s%n", command.name(), command.summary());
		}
		console.out().println();
		console.out().println("Run 'java -jar csp-hub.jar COMMAND --help' for a command's options.");
	}

}
