package org.csphub.analysis.change;

import java.util.Arrays;

/**
 * Sen's slope: a robust estimate of a linear trend, the median of all pairwise slopes.
 *
 * <p><b>Definition.</b> With time {@code t = 0, 1, …, n − 1} the position in the series (months for a
 * monthly series), {@code slope = median over i < j of (x_j − x_i) / (j − i)} over the pairs where both
 * values are present, and {@code intercept = median(x present) − median(t of the values present) × slope},
 * so the line is {@code intercept + slope × t}. Units: the series' units per time step (incidents per
 * month for monthly counts). The median of an even number of values is the mean of the middle two. As
 * pyMannKendall's {@code sens_slope}.
 *
 * <p><b>Missing values.</b> {@code NaN} values are skipped but keep their time position, so a gap does
 * not shorten the distance between the values around it. With fewer than 2 values present the slope and
 * intercept are {@code NaN} (and {@link #pairs()} is 0). Infinite values are refused. O(n² log n) time,
 * O(n²) memory.
 *
 * @param slope the median pairwise slope, units per time step
 * @param intercept the value of the line at {@code t = 0}
 * @param pairs the number of pairwise slopes the median was taken over
 */
public record SensSlope(double slope, double intercept, int pairs) {

	public static SensSlope of(double[] series) {
		KendallScore.checkNoInfinity(series);
		int n = series.length;
		double[] slopes = new double[Math.toIntExact((long) n * (n - 1) / 2)];
		int count = 0;
		for (int i = 0; i < n - 1; i++) {
			if (Double.isNaN(series[i])) {
				continue;
			}
			for (int j = i + 1; j < n; j++) {
				if (!Double.isNaN(series[j])) {
					slopes[count++] = (series[j] - series[i]) / (j - i);
				}
			}
		}
		double slope = median(slopes, count);
		double[] times = new double[n];
		double[] present = new double[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			if (!Double.isNaN(series[i])) {
				times[m] = i;
				present[m++] = series[i];
			}
		}
		double intercept = median(present, m) - median(times, m) * slope;
		return new SensSlope(slope, intercept, count);
	}

	/** The median of the first {@code count} values (sorted in place); NaN when there are none. */
	static double median(double[] values, int count) {
		if (count == 0) {
			return Double.NaN;
		}
		Arrays.sort(values, 0, count);
		int middle = count / 2;
		return count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	/** The value of the line at time {@code t}. */
	public double at(double t) {
		return intercept + slope * t;
	}

}
