package org.csphub.analysis.change;

import java.util.Arrays;

/**
 * The Mann-Kendall score of one series with no missing values, shared by the plain and seasonal tests.
 * {@code S = Σ_{i<j} sign(x_j − x_i)}; {@code Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18}, the sum
 * running over groups of {@code t} exactly equal values.
 */
record KendallScore(int n, long s, double variance) {

	static KendallScore of(double[] values) {
		int n = values.length;
		long s = 0;
		for (int i = 0; i < n - 1; i++) {
			double xi = values[i];
			for (int j = i + 1; j < n; j++) {
				s += values[j] > xi ? 1 : values[j] < xi ? -1 : 0;
			}
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double ties = 0;
		int run = 1;
		for (int i = 1; i <= n; i++) {
			if (i < n && sorted[i] == sorted[i - 1]) {
				run++;
			}
			else {
				ties += (double) run * (run - 1) * (2.0 * run + 5);
				run = 1;
			}
		}
		double variance = ((double) n * (n - 1) * (2.0 * n + 5) - ties) / 18.0;
		return new KendallScore(n, s, variance);
	}

	/** The values that are not NaN, in order. */
	static double[] present(double[] values) {
		return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
	}

	static void checkNoInfinity(double[] values) {
		for (double v : values) {
			if (Double.isInfinite(v)) {
				throw new IllegalArgumentException("a series cannot contain an infinite value");
			}
		}
	}

	/** The pairs compared: n(n−1)/2. */
	double pairs() {
		return n * (n - 1) / 2.0;
	}

}
