package org.csphub.incidents;

/** One thing wrong with an imported file: which file, which line (0 for the file as a whole), what. */
public record ImportProblem(String file, long line, String message) {

	@Override
	public String toString() {
		return line > 0 ? file + ", line " + line + ": " + message : file + ": " + message;
	}

}
