package org.csphub.shared;

/** Someone else changed the record since it was read; the change was not saved. */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String what) {
		super(what + " was changed by someone else while you were editing it. Check the current details and try again.");
	}

}
