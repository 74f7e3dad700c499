package org.csphub.analysis.change;

/**
 * The seasonal Sen's slope (Hirsch, Slack and Smith 1982): the median of the slopes between values of the
 * same season in different years, a trend estimate that a seasonal pattern does not distort.
 *
 * <p><b>Definition.</b> Value {@code i} belongs to season {@code i mod period} and year
 * {@code i div period}. {@code slope = median over seasons k and years a < b of (x[b·period + k] −
 * x[a·period + k]) / (b − a)}, over the pairs where both values are present; units per <em>cycle</em>
 * (incidents per month-of-year per year, for monthly counts with {@code period = 12}: divide by 12 for a
 * slope per month). {@code intercept = median(x present) − median(i of the values present) / period ×
 * slope}, as pyMannKendall's {@code seasonal_sens_slope}. Missing ({@code NaN}) values are skipped; with no
 * pair the slope and intercept are {@code NaN}.
 *
 * @param slope the median same-season slope, units per cycle
 * @param intercept the line's value at the start
 * @param pairs the number of same-season pairs
 */
public record SeasonalSensSlope(double slope, double intercept, int pairs) {

	public static SeasonalSensSlope of(double[] series, int period) {
		if (period < 1) {
			throw new IllegalArgumentException("a period needs at least one season");
		}
		KendallScore.checkNoInfinity(series);
		int n = series.length;
		long years = (n + period - 1) / period;
		double[] slopes = new double[Math.toIntExact(period * years * (years - 1) / 2)];
		int count = 0;
		for (int season = 0; season < period; season++) {
			double[] values = SeasonalMannKendall.season(series, period, season);
			for (int a = 0; a < values.length - 1; a++) {
				if (Double.isNaN(values[a])) {
					continue;
				}
				for (int b = a + 1; b < values.length; b++) {
					if (!Double.isNaN(values[b])) {
						slopes[count++] = (values[b] - values[a]) / (b - a);
					}
				}
			}
		}
		double slope = SensSlope.median(slopes, count);
		double[] present = new double[n];
		double[] times = new double[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			if (!Double.isNaN(series[i])) {
				present[m] = series[i];
				times[m++] = i;
			}
		}
		double intercept = SensSlope.median(present, m) - SensSlope.median(times, m) / period * slope;
		return new SeasonalSensSlope(slope, intercept, count);
	}

}
