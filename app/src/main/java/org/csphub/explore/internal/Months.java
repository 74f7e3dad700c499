package org.csphub.explore.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Months as the pages and files write them. */
public final class Months {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

	private Months() {
	}

	/** Every month from {@code from} to {@code to} inclusive; empty when {@code from} is later. */
	public static List<YearMonth> between(YearMonth from, YearMonth to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** "April 2021". */
	public static String label(YearMonth month) {
		return LONG.format(month);
	}

	/** "Apr". */
	public static String shortLabel(YearMonth month) {
		return SHORT.format(month);
	}

	/** "April 2021 to March 2022", or one month alone. */
	public static String period(YearMonth from, YearMonth to) {
		return from.equals(to) ? label(from) : label(from) + " to " + label(to);
	}

	/** "October 2021, December 2021 and January 2022". */
	public static String list(List<YearMonth> months) {
		List<String> labels = months.stream().map(Months::label).toList();
		if (labels.size() <= 1) {
			return String.join("", labels);
		}
		return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
	}

}
