package org.csphub.analysis.weights;

import java.io.IOException;

/**
 * A weights file ({@code .gal} or {@code .gwt}) that cannot be read: the message names the line (1 for
 * the header) and what is wrong with it, such as {@code "line 7: neighbour count 'x' of id 12 is not a
 * whole number"}. {@link #line()} is 0 when the problem concerns the whole file (such as fewer
 * observations than the header announces, found at its end).
 */
public final class WeightsFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int line;

	WeightsFormatException(int line, String problem) {
		super(line > 0 ? "line " + line + ": " + problem : problem);
		this.line = line;
	}

	/** The 1-based line number of the problem, or 0 if it concerns the whole file. */
	public int line() {
		return line;
	}

}
