package org.csphub.analysis.change;

/**
 * The result of a Mann-Kendall trend test, plain ({@link MannKendall}) or seasonal
 * ({@link SeasonalMannKendall}).
 *
 * @param n the number of values used (missing values skipped); for the seasonal test, over all seasons
 * @param s the Kendall score S
 * @param varianceS the variance of S under no trend, corrected for ties
 * @param z the normal score with continuity correction
 * @param pValue the two-sided p-value {@code 2·(1 − Φ(|z|))}
 * @param tau Kendall's tau-a, {@code S} over the number of pairs compared; {@code NaN} with no pair
 * @param alpha the significance level the direction was judged at
 * @param direction increasing or decreasing when {@code pValue < alpha}, else no trend
 */
public record MannKendallResult(int n, long s, double varianceS, double z, double pValue, double tau, double alpha,
		TrendDirection direction) {

	static MannKendallResult of(int n, long s, double variance, double pairs, double alpha) {
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("alpha must lie strictly between 0 and 1");
		}
		double z;
		if (s == 0 || !(variance > 0)) {
			z = 0;
		}
		else {
			z = (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
		}
		double p = org.apache.commons.math3.special.Erf.erfc(Math.abs(z) / Math.sqrt(2));
		double tau = pairs > 0 ? s / pairs : Double.NaN;
		TrendDirection direction = p < alpha ? (z > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING)
				: TrendDirection.NO_TREND;
		return new MannKendallResult(n, s, variance, z, Math.min(1, p), tau, alpha, direction);
	}

}
