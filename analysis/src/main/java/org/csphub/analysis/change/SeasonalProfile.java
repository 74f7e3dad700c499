package org.csphub.analysis.change;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.csphub.analysis.aggregate.MonthlySeries;

/**
 * The seasonal profile of a monthly series: the mean count in each calendar month over the years
 * available, and a seasonal index.
 *
 * <p><b>Definition.</b> For each calendar month {@code m}, {@code years(m)} is the number of covered
 * months of the series falling in {@code m} (missing months are excluded, never counted as 0), and
 * {@code mean(m)} their mean count (empty when {@code years(m) = 0}). The overall mean is the mean of the
 * available monthly means (so a calendar month seen in more years does not weigh more), and
 * {@code index(m) = mean(m) / overall mean}: 1 is an average month, 1.2 a month 20% busier than average.
 * When all twelve months are available the indexes average exactly 1. An index is empty when its mean is,
 * or when the overall mean is 0 or unavailable. Units: incidents per month.
 *
 * @param months twelve entries, January to December
 * @param overallMean the mean of the available monthly means
 */
public record SeasonalProfile(List<MonthProfile> months, OptionalDouble overallMean) {

	/**
	 * One calendar month of the profile.
	 *
	 * @param month the calendar month
	 * @param years how many covered months of the series fall in it
	 * @param mean the mean count over them, empty when there are none
	 * @param index the mean over the overall mean
	 */
	public record MonthProfile(Month month, int years, OptionalDouble mean, OptionalDouble index) {
	}

	public SeasonalProfile {
		months = List.copyOf(months);
	}

	public static SeasonalProfile of(MonthlySeries series) {
		double[] sums = new double[12];
		int[] years = new int[12];
		for (int i = 0; i < series.length(); i++) {
			if (series.isCovered(i)) {
				int m = series.month(i).getMonthValue() - 1;
				sums[m] += series.count(i).getAsLong();
				years[m]++;
			}
		}
		double sumOfMeans = 0;
		int available = 0;
		for (int m = 0; m < 12; m++) {
			if (years[m] > 0) {
				sumOfMeans += sums[m] / years[m];
				available++;
			}
		}
		OptionalDouble overall = available == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumOfMeans / available);
		List<MonthProfile> months = new ArrayList<>(12);
		for (int m = 0; m < 12; m++) {
			OptionalDouble mean = years[m] == 0 ? OptionalDouble.empty() : OptionalDouble.of(sums[m] / years[m]);
			OptionalDouble index = mean.isPresent() && overall.isPresent() && overall.getAsDouble() > 0
					? OptionalDouble.of(mean.getAsDouble() / overall.getAsDouble()) : OptionalDouble.empty();
			months.add(new MonthProfile(Month.of(m + 1), years[m], mean, index));
		}
		return new SeasonalProfile(months, overall);
	}

	/** The profile of one calendar month. */
	public MonthProfile month(Month month) {
		return months.get(month.getValue() - 1);
	}

}
