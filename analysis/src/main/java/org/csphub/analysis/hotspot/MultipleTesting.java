package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Which of many simultaneous tests (one per cell or area) are significant, with control of false
 * discoveries across all of them.
 *
 * <p><b>Definitions.</b> Of {@code m} p-values:
 * <ul>
 * <li>{@link Correction#NONE}: {@code p_i ≤ α}.</li>
 * <li>{@link Correction#BONFERRONI}: {@code p_i ≤ α / m}; controls the family-wise error rate (the
 * chance of any false positive) at α.</li>
 * <li>{@link Correction#BENJAMINI_HOCHBERG} (Benjamini &amp; Hochberg 1995): sort the p-values
 * ascending, {@code p(1) ≤ … ≤ p(m)}; find the largest {@code k} with {@code p(k) ≤ k α / m}; every
 * test with {@code p_i ≤ p(k)} is significant, none if there is no such {@code k}. Controls the
 * expected share of false discoveries among the significant tests (the false discovery rate) at α for
 * independent or positively dependent tests, which is what ArcGIS's Hot Spot Analysis applies with
 * "False Discovery Rate correction".</li>
 * </ul>
 *
 * <p><b>Edge cases.</b> A NaN p-value (a statistic that is undefined, such as an island's) is not a
 * test: it is never significant and does not count in {@code m}. Other p-values must lie in
 * {@code [0, 1]}; α must lie in {@code (0, 1)}. Comparisons are exact ({@code k α / m} in double
 * precision, no tolerance). Cost {@code O(m log m)}.
 */
public final class MultipleTesting {

	/** How significance is adjusted for the number of tests. */
	public enum Correction {

		/** None: each test at α. */
		NONE,

		/** Bonferroni: each test at α / m. */
		BONFERRONI,

		/** Benjamini-Hochberg false discovery rate control at α. */
		BENJAMINI_HOCHBERG

	}

	private MultipleTesting() {
	}

	/**
	 * Which tests are significant at α under the correction.
	 * @throws IllegalArgumentException if a p-value is outside {@code [0, 1]} or α outside {@code (0, 1)}
	 */
	public static boolean[] significant(double[] p, double alpha, Correction correction) {
		Objects.requireNonNull(correction, "correction");
		double threshold = threshold(p, alpha, correction);
		boolean[] significant = new boolean[p.length];
		for (int i = 0; i < p.length; i++) {
			significant[i] = p[i] <= threshold;
		}
		return significant;
	}

	/** {@link #significant} with {@link Correction#BENJAMINI_HOCHBERG}. */
	public static boolean[] benjaminiHochberg(double[] p, double alpha) {
		return significant(p, alpha, Correction.BENJAMINI_HOCHBERG);
	}

	/** {@link #significant} with {@link Correction#BONFERRONI}. */
	public static boolean[] bonferroni(double[] p, double alpha) {
		return significant(p, alpha, Correction.BONFERRONI);
	}

	/**
	 * The largest p-value that is significant: tests with {@code p_i ≤ threshold} are significant; −1 if
	 * none can be (Benjamini-Hochberg with no qualifying {@code k}).
	 */
	public static double threshold(double[] p, double alpha, Correction correction) {
		Objects.requireNonNull(p, "p");
		Objects.requireNonNull(correction, "correction");
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("The significance level must lie strictly between 0 and 1, not " + alpha);
		}
		double[] tested = Arrays.stream(p).filter(v -> !Double.isNaN(v)).toArray();
		for (double v : tested) {
			if (v < 0 || v > 1) {
				throw new IllegalArgumentException("A p-value must lie between 0 and 1, not " + v);
			}
		}
		int m = tested.length;
		switch (correction) {
			case NONE:
				return alpha;
			case BONFERRONI:
				return m == 0 ? alpha : alpha / m;
			default:
				Arrays.sort(tested);
				for (int k = m; k >= 1; k--) {
					if (tested[k - 1] <= k * alpha / m) {
						return tested[k - 1];
					}
				}
				return -1;
		}
	}

}
