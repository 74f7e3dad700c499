package org.csphub.assessment;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The months an assessment covers and the months it is compared with, both inclusive. The usual
 * choice is the 12 months to the end of a month against the 12 months before them.
 */
public record AssessmentPeriod(YearMonth first, YearMonth last, YearMonth comparisonFirst, YearMonth comparisonLast) {

	public AssessmentPeriod {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		Objects.requireNonNull(comparisonFirst, "comparisonFirst");
		Objects.requireNonNull(comparisonLast, "comparisonLast");
		if (last.isBefore(first) || comparisonLast.isBefore(comparisonFirst)) {
			throw new IllegalArgumentException("A period must not end before it starts");
		}
	}

	/** The 12 months to the end of {@code last}, against the 12 months before them. */
	public static AssessmentPeriod twelveMonthsTo(YearMonth last) {
		return new AssessmentPeriod(last.minusMonths(11), last, last.minusMonths(23), last.minusMonths(12));
	}

	public int months() {
		return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
	}

	public int comparisonMonths() {
		return (int) (comparisonFirst.until(comparisonLast, java.time.temporal.ChronoUnit.MONTHS) + 1);
	}

}
