package org.csphub.shared.cli;

/** The command line was wrong: the message says what, and the command's usage is printed. */
public class CliUsageException extends RuntimeException {

	public CliUsageException(String message) {
		super(message);
	}

}
