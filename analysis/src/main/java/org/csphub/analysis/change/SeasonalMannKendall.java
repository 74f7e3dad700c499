package org.csphub.analysis.change;

/**
 * The seasonal Mann-Kendall test (Hirsch, Slack and Smith 1982): a trend test that compares each season
 * only with itself, so a regular seasonal pattern (more crime in summer) is not mistaken for a trend.
 *
 * <p><b>Definition.</b> Value {@code i} of the series belongs to season {@code i mod period} (so the
 * series should start at the first season, e.g. January with {@code period = 12} — or any month, seasons
 * then being counted from it). For each season {@code k}, the Mann-Kendall score {@code S_k} and its
 * tie-corrected variance {@code Var(S_k)} are computed over that season's values present ({@link
 * MannKendall}); then {@code S = Σ S_k}, {@code Var(S) = Σ Var(S_k)}, {@code z} with the continuity
 * correction, {@code p = 2·(1 − Φ(|z|))}, and {@code tau = S / Σ n_k(n_k − 1)/2}. Covariance between
 * seasons is ignored (as in pyMannKendall's {@code seasonal_test}).
 *
 * <p><b>Missing values.</b> {@code NaN} values are skipped within their season; other years of that season
 * still count. A trailing part-year is used as it is. This matches pyMannKendall's published seasonal
 * result on its rainfall data, which has missing months. Infinite values are refused.
 */
public final class SeasonalMannKendall {

	private SeasonalMannKendall() {
	}

	/** The test at the 5% level. */
	public static MannKendallResult test(double[] series, int period) {
		return test(series, period, 0.05);
	}

	public static MannKendallResult test(double[] series, int period, double alpha) {
		if (period < 1) {
			throw new IllegalArgumentException("a period needs at least one season");
		}
		KendallScore.checkNoInfinity(series);
		long s = 0;
		double variance = 0;
		double pairs = 0;
		int n = 0;
		for (int season = 0; season < period; season++) {
			KendallScore score = KendallScore.of(KendallScore.present(season(series, period, season)));
			s += score.s();
			variance += score.variance();
			pairs += score.pairs();
			n += score.n();
		}
		return MannKendallResult.of(n, s, variance, pairs, alpha);
	}

	/** The values of one season in year order, NaN kept. */
	static double[] season(double[] series, int period, int season) {
		int years = season < series.length ? (series.length - 1 - season) / period + 1 : 0;
		double[] values = new double[years];
		for (int y = 0; y < years; y++) {
			values[y] = series[y * period + season];
		}
		return values;
	}

}
