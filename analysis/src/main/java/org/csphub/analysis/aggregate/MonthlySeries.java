package org.csphub.analysis.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A count per month over consecutive months, each month either covered (a count, possibly 0) or
 * missing (no data).
 *
 * <p><b>Contract.</b> Month {@code i} is {@code first.plusMonths(i)}. {@link #count(int)} is empty for a
 * missing month. {@link #toDoubles()} gives the counts with {@code NaN} for missing months: the form the
 * trend tests in {@code org.csphub.analysis.change} take, where {@code NaN} means "skip". Immutable.
 */
public final class MonthlySeries {

	private final YearMonth first;

	private final long[] counts;

	private final boolean[] covered;

	/**
	 * @param first the first month
	 * @param counts one count per month ({@code >= 0}; ignored for a missing month)
	 * @param covered whether each month is covered
	 */
	public MonthlySeries(YearMonth first, long[] counts, boolean[] covered) {
		this.first = Objects.requireNonNull(first, "first");
		if (counts.length != covered.length) {
			throw new IllegalArgumentException("one coverage flag is needed per month");
		}
		this.counts = counts.clone();
		this.covered = covered.clone();
		for (int i = 0; i < this.counts.length; i++) {
			if (this.counts[i] < 0) {
				throw new IllegalArgumentException("counts cannot be negative");
			}
			if (!this.covered[i]) {
				this.counts[i] = 0;
			}
		}
	}

	public YearMonth first() {
		return first;
	}

	/** The last month; for an empty series the month before {@link #first()}. */
	public YearMonth last() {
		return first.plusMonths(counts.length - 1L);
	}

	public int length() {
		return counts.length;
	}

	public YearMonth month(int index) {
		Objects.checkIndex(index, counts.length);
		return first.plusMonths(index);
	}

	public boolean isCovered(int index) {
		return covered[index];
	}

	/** The count of month {@code index}, empty when the month is missing. */
	public OptionalLong count(int index) {
		return covered[index] ? OptionalLong.of(counts[index]) : OptionalLong.empty();
	}

	/** The count of a month, empty when it is missing or outside the series. */
	public OptionalLong count(YearMonth month) {
		long index = first.until(month, java.time.temporal.ChronoUnit.MONTHS);
		if (index < 0 || index >= counts.length) {
			return OptionalLong.empty();
		}
		return count((int) index);
	}

	/** The counts as doubles, {@code NaN} for a missing month. */
	public double[] toDoubles() {
		double[] values = new double[counts.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = covered[i] ? counts[i] : Double.NaN;
		}
		return values;
	}

	/** The missing months, ascending. */
	public List<YearMonth> missingMonths() {
		List<YearMonth> missing = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (!covered[i]) {
				missing.add(first.plusMonths(i));
			}
		}
		return missing;
	}

	/** The sum over the whole series, with its coverage. */
	public Tally total() {
		long sum = 0;
		int coveredMonths = 0;
		for (int i = 0; i < counts.length; i++) {
			if (covered[i]) {
				sum = Math.addExact(sum, counts[i]);
				coveredMonths++;
			}
		}
		return new Tally(sum, coveredMonths, missingMonths());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MonthlySeries that && first.equals(that.first)
				&& java.util.Arrays.equals(counts, that.counts) && java.util.Arrays.equals(covered, that.covered);
	}

	@Override
	public int hashCode() {
		return Objects.hash(first, java.util.Arrays.hashCode(counts), java.util.Arrays.hashCode(covered));
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("MonthlySeries[");
		for (int i = 0; i < counts.length; i++) {
			text.append(i == 0 ? "" : ", ").append(first.plusMonths(i)).append('=')
					.append(covered[i] ? Long.toString(counts[i]) : "missing");
		}
		return text.append(']').toString();
	}

}
