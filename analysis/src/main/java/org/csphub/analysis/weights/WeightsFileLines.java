package org.csphub.analysis.weights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/** Line reading and the header shared by the {@code .gal} and {@code .gwt} readers and writers. */
final class WeightsFileLines {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final BufferedReader reader;

	private int lineNumber;

	WeightsFileLines(Reader reader) {
		this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
	}

	/** The tokens of the next non-blank line, or null at the end of the file. */
	String[] next() throws IOException {
		String line;
		while ((line = reader.readLine()) != null) {
			lineNumber++;
			String trimmed = line.strip();
			if (!trimmed.isEmpty()) {
				return WHITESPACE.split(trimmed);
			}
		}
		return null;
	}

	/** The number of the line last returned by {@link #next()}. */
	int lineNumber() {
		return lineNumber;
	}

	/**
	 * The number of observations from a header: {@code "n"}, GeoDa's {@code "0 n shapefile id-variable"}
	 * (or {@code "0 n"}), or {@code "n shapefile id-variable"}.
	 */
	int header(String format) throws IOException {
		String[] tokens = next();
		if (tokens == null) {
			throw new WeightsFormatException(0, "the " + format + " file is empty; it should start with a header such as '0 25 wards CODE' or '25'");
		}
		String count = tokens.length >= 2 && tokens[0].equals("0") && isWholeNumber(tokens[1]) ? tokens[1] : tokens[0];
		if (!isWholeNumber(count)) {
			throw new WeightsFormatException(lineNumber, "the header should be 'n' or '0 n shapefile id-variable' "
					+ "with n the number of observations, not '" + String.join(" ", tokens) + "'");
		}
		try {
			return Integer.parseInt(count);
		}
		catch (NumberFormatException e) {
			throw new WeightsFormatException(lineNumber, "the number of observations " + count + " is too large");
		}
	}

	static boolean isWholeNumber(String token) {
		if (token.isEmpty()) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) < '0' || token.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** Writes the header: {@code "0 n shapefile id-variable"}. */
	static void writeHeader(Writer writer, int n, String shapefile, String idVariable) throws IOException {
		checkToken(shapefile, "shapefile name");
		checkToken(idVariable, "id variable");
		writer.write("0 " + n + " " + shapefile + " " + idVariable + "\n");
	}

	static void checkIds(List<String> ids) {
		for (String id : ids) {
			checkToken(id, "id");
		}
	}

	private static void checkToken(String token, String what) {
		if (token.isEmpty() || WHITESPACE.matcher(token).find()) {
			throw new IllegalArgumentException("The " + what + " '" + token
					+ "' cannot be written: it must be non-empty and without spaces");
		}
	}

}
