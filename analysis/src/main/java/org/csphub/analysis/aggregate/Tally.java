package org.csphub.analysis.aggregate;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

/**
 * A count of incidents over a period of months, which knows which of those months the source covers.
 *
 * <p><b>Contract.</b> {@code countInCoveredMonths} is the sum over the covered months of the period only;
 * the months in {@code missingMonths} (ascending) contributed nothing because the source has no data for
 * them, not because nothing happened. {@link #count()} is the safe accessor: it is present only when the
 * whole period is covered, so a missing month is never read as zero. A period of no months at all is
 * complete with a count of 0.
 *
 * @param countInCoveredMonths incidents in the covered months of the period, {@code >= 0}
 * @param coveredMonths the number of months of the period that the source covers
 * @param missingMonths the months of the period that the source does not cover, ascending
 */
public record Tally(long countInCoveredMonths, int coveredMonths, List<YearMonth> missingMonths) {

	public Tally {
		if (countInCoveredMonths < 0 || coveredMonths < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
		missingMonths = List.copyOf(missingMonths);
		if (coveredMonths == 0 && countInCoveredMonths != 0) {
			throw new IllegalArgumentException("a tally with no covered month cannot count incidents");
		}
	}

	/** The months in the period, covered or not. */
	public int periodMonths() {
		return coveredMonths + missingMonths.size();
	}

	/** Whether every month of the period is covered. */
	public boolean complete() {
		return missingMonths.isEmpty();
	}

	/** Whether at least one month of the period is covered (or the period is empty). */
	public boolean available() {
		return coveredMonths > 0 || missingMonths.isEmpty();
	}

	/** The count for the whole period, present only when every month of it is covered. */
	public OptionalLong count() {
		return complete() ? OptionalLong.of(countInCoveredMonths) : OptionalLong.empty();
	}

	/** The count over the covered months, present when at least one month is covered. */
	public OptionalLong countSoFar() {
		return available() ? OptionalLong.of(countInCoveredMonths) : OptionalLong.empty();
	}

}
