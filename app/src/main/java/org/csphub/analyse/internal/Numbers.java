package org.csphub.analyse.internal;

import java.util.regex.Pattern;

/**
 * Reads decimal numbers from data files: {@code 12}, {@code -0.5}, {@code 1.2e-3}, and whole or
 * decimal numbers with thousands separators as ONS and police tables print them ({@code "1,995"}).
 * Nothing else: no {@code NaN}, {@code Infinity}, hexadecimal or type suffixes, which
 * {@link Double#parseDouble} would accept.
 */
public final class Numbers {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private Numbers() {
	}

	/** The number, or NaN when the text is not one (the caller reports it). */
	public static double parse(String text) {
		if (DECIMAL.matcher(text).matches()) {
			return Double.parseDouble(text);
		}
		if (THOUSANDS.matcher(text).matches()) {
			return Double.parseDouble(text.replace(",", ""));
		}
		return Double.NaN;
	}

	/**
	 * The number in a column of the current record.
	 * @throws org.csphub.shared.cli.CommandFailedException naming file, line and column when it is
	 *         empty or not a finite number
	 */
	public static double required(CsvInput in, int column, String what) {
		String text = in.get(column);
		if (text.isEmpty()) {
			throw in.problem(column, "no " + what);
		}
		double value = parse(text);
		if (!Double.isFinite(value)) {
			throw in.problem(column, "'" + text + "' is not a number");
		}
		return value;
	}

}
