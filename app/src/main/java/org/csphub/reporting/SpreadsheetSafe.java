package org.csphub.reporting;

/**
 * Protects text written to CSV against formula injection (OWASP "CSV injection"): a cell that a
 * spreadsheet would run as a formula, one starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, gets a leading apostrophe so that it is shown as text. Crime types and
 * area names come from imported files, partners' own among them, so every text cell goes through here.
 * Numbers we format ourselves (a negative difference such as {@code -12}) are written as numbers.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value == null ? "" : value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

}
