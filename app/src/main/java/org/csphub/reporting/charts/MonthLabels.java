package org.csphub.reporting.charts;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Months as charts write them: "April 2021", "Apr", "April 2021 to March 2022". */
final class MonthLabels {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

	private MonthLabels() {
	}

	static String label(YearMonth month) {
		return LONG.format(month);
	}

	static String shortLabel(YearMonth month) {
		return SHORT.format(month);
	}

	static String period(YearMonth from, YearMonth to) {
		return from.equals(to) ? label(from) : label(from) + " to " + label(to);
	}

	/** "October 2021, December 2021 and January 2022". */
	static String list(List<YearMonth> months) {
		return Lists.and(months.stream().map(MonthLabels::label).toList());
	}

}
