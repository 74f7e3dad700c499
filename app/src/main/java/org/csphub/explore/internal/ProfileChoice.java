package org.csphub.explore.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.csphub.incidents.IncidentSource;

/**
 * What a profile is for, checked: one data source, the months {@code from} to {@code to} inclusive,
 * and the crime types (every type when empty), in alphabetical order.
 */
public record ProfileChoice(IncidentSource source, YearMonth from, YearMonth to, List<String> categories) {

	public ProfileChoice {
		Objects.requireNonNull(source, "source");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException(from + " is after " + to);
		}
		categories = categories.stream().distinct().sorted().toList();
	}

	/** The months of the period, in order. */
	public List<YearMonth> months() {
		return Months.between(from, to);
	}

	/** The same months a year earlier: the comparison period. */
	public YearMonth earlierFrom() {
		return from.minusYears(1);
	}

	public YearMonth earlierTo() {
		return to.minusYears(1);
	}

	public boolean allCategories() {
		return categories.isEmpty();
	}

}
