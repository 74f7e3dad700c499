package org.csphub.shared.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a command reads and writes: standard output for results, standard error for progress and
 * errors, and passwords from the terminal (without echo) or, when input is piped, from the first
 * line of standard input. Passwords are never taken from arguments, which other users of the
 * machine can see.
 */
public final class CliConsole {

	private final BufferedReader in;

	private final PrintStream out;

	private final PrintStream err;

	private final Console terminal;

	public CliConsole(InputStream in, PrintStream out, PrintStream err, Console terminal) {
		this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	public static CliConsole system() {
		return new CliConsole(System.in, System.out, System.err, System.console());
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	/**
	 * Reads a new password: twice at a terminal (they must match), once from piped input.
	 * @throws CliUsageException when nothing was given or the two entries differ
	 */
	public char[] readNewPassword(String prompt) throws IOException {
		if (terminal != null) {
			char[] first = terminal.readPassword("%s: ", prompt);
			char[] second = terminal.readPassword("Confirm %s: ", prompt.toLowerCase());
			if (first == null || second == null || !Arrays.equals(first, second)) {
				throw new CliUsageException("the passwords did not match");
			}
			Arrays.fill(second, ' ');
			return first;
		}
		String line = in.readLine();
		if (line == null || line.isEmpty()) {
			throw new CliUsageException("no password on standard input: pipe it in, for example "
					+ "'read -s P && printf %s \"$P\" | java -jar csp-hub.jar users add ...'");
		}
		return line.toCharArray();
	}

}
