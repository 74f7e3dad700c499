package org.csphub.analysis.priority;

import java.util.Arrays;

/**
 * How an indicator's raw values are put on a common scale, over the areas that have a value.
 *
 * <p>With {@code m} areas having values {@code v} (already negated when lower is worse, so that higher is
 * always worse):
 * <ul>
 * <li>{@link #Z_SCORE}: {@code (v − mean) / sd}, with the population standard deviation (divide by
 * {@code m}); all 0 when {@code sd = 0}. Unbounded, mean 0.</li>
 * <li>{@link #MIN_MAX}: {@code (v − min) / (max − min)} in {@code [0, 1]}; all 0.5 when every value is
 * equal.</li>
 * <li>{@link #RANK_PERCENTILE}: {@code (r − 1) / (m − 1)} in {@code [0, 1]}, {@code r} the ascending rank
 * with tied values given their average rank; 0.5 when {@code m = 1}. Robust to outliers and skew.</li>
 * </ul>
 * All three are unchanged when the raw values are multiplied by a positive constant or shifted; negating
 * the raw values maps z to −z and the other two to {@code 1 − value}, which is how
 * {@link Direction#LOWER_IS_WORSE} is applied.
 */
public enum Normalisation {

	Z_SCORE, MIN_MAX, RANK_PERCENTILE;

	/** The normalised values, in the order given. */
	double[] apply(double[] values) {
		int m = values.length;
		double[] out = new double[m];
		if (m == 0) {
			return out;
		}
		switch (this) {
			case Z_SCORE -> {
				double mean = Arrays.stream(values).sum() / m;
				double squares = 0;
				for (double v : values) {
					squares += (v - mean) * (v - mean);
				}
				double sd = Math.sqrt(squares / m);
				for (int i = 0; i < m; i++) {
					out[i] = sd > 0 ? (values[i] - mean) / sd : 0;
				}
			}
			case MIN_MAX -> {
				double min = Arrays.stream(values).min().getAsDouble();
				double max = Arrays.stream(values).max().getAsDouble();
				for (int i = 0; i < m; i++) {
					out[i] = max > min ? (values[i] - min) / (max - min) : 0.5;
				}
			}
			case RANK_PERCENTILE -> {
				if (m == 1) {
					out[0] = 0.5;
					return out;
				}
				Integer[] order = new Integer[m];
				for (int i = 0; i < m; i++) {
					order[i] = i;
				}
				Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
				int i = 0;
				while (i < m) {
					int j = i;
					while (j + 1 < m && values[order[j + 1]] == values[order[i]]) {
						j++;
					}
					double averageRank = (i + j) / 2.0 + 1;
					for (int k = i; k <= j; k++) {
						out[order[k]] = (averageRank - 1) / (m - 1);
					}
					i = j + 1;
				}
			}
		}
		return out;
	}

}
