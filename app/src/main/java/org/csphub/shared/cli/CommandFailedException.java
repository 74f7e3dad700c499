package org.csphub.shared.cli;

/** A command could not do its work for a reason the user can act on; the message says which. */
public class CommandFailedException extends RuntimeException {

	public CommandFailedException(String message) {
		super(message);
	}

}
