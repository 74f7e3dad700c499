package org.csphub.incidents.internal;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** Reads police.uk months ({@code YYYY-MM}) strictly. */
final class Months {

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private Months() {
	}

	/** The month, or null when the text is not a month in the form YYYY-MM. */
	static YearMonth parse(String text) {
		String trimmed = text.trim();
		return MONTH.matcher(trimmed).matches() ? YearMonth.parse(trimmed) : null;
	}

}
