package org.csphub.areas;

/**
 * One reason an import was refused: the file, where in it (a GeoJSON feature number or a CSV line
 * number, counted from 1; 0 when the problem is with the file as a whole), the feature's area code
 * when known, and the reason in plain English.
 */
public record ImportProblem(String file, Position position, int number, String code, String reason) {

	/** What {@link #number} counts. */
	public enum Position {
		FILE, FEATURE, LINE
	}

	public static ImportProblem ofFile(String file, String reason) {
		return new ImportProblem(file, Position.FILE, 0, null, reason);
	}

	public static ImportProblem ofFeature(String file, int feature, String code, String reason) {
		return new ImportProblem(file, Position.FEATURE, feature, code, reason);
	}

	public static ImportProblem ofLine(String file, int line, String reason) {
		return new ImportProblem(file, Position.LINE, line, null, reason);
	}

	/** For example {@code E07000130.json, feature 12 (E01025670): the ring is not closed}. */
	public String message() {
		StringBuilder message = new StringBuilder(file);
		switch (position) {
			case FEATURE -> message.append(", feature ").append(number);
			case LINE -> message.append(", line ").append(number);
			case FILE -> {
			}
		}
		if (code != null) {
			message.append(" (").append(code).append(')');
		}
		return message.append(": ").append(reason).toString();
	}

}
