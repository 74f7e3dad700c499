package org.csphub.analysis.change;

/**
 * The Mann-Kendall test for a monotonic trend in a time series (for example monthly counts).
 *
 * <p><b>Definition.</b> Over the {@code n} values present, in time order:
 * <ul>
 * <li>{@code S = Σ_{i<j} sign(x_j − x_i)};</li>
 * <li>{@code Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18}, summing over each group of {@code t} exactly
 * equal values (the tie correction);</li>
 * <li>{@code z = (S − 1)/√Var(S)} if {@code S > 0}, {@code 0} if {@code S = 0}, {@code (S + 1)/√Var(S)} if
 * {@code S < 0} (continuity correction); {@code z = 0} also when {@code Var(S) = 0};</li>
 * <li>two-sided {@code p = 2·(1 − Φ(|z|))} (computed as {@code erfc(|z|/√2)});</li>
 * <li>Kendall's {@code tau = S / (n(n−1)/2)} (tau-a, as pyMannKendall reports it).</li>
 * </ul>
 * These are the formulas of pyMannKendall's {@code original_test}, whose published results on its monthly
 * rainfall test data this class reproduces.
 *
 * <p><b>Missing values.</b> {@code NaN} marks a missing value (a month with no data); it is skipped, so
 * the test runs on the values present in their order. Infinite values are refused.
 *
 * <p><b>Edge cases.</b> With fewer than 2 values S = 0, p = 1, tau = {@code NaN}. The normal approximation
 * is rough below about 10 values; the result is still given. Exact to double precision for S and Var(S);
 * p to about 10⁻¹⁵ absolute. O(n²) time.
 */
public final class MannKendall {

	private MannKendall() {
	}

	/** The test at the 5% level. */
	public static MannKendallResult test(double[] series) {
		return test(series, 0.05);
	}

	public static MannKendallResult test(double[] series, double alpha) {
		KendallScore.checkNoInfinity(series);
		KendallScore score = KendallScore.of(KendallScore.present(series));
		return MannKendallResult.of(score.n(), score.s(), score.variance(), score.pairs(), alpha);
	}

}
