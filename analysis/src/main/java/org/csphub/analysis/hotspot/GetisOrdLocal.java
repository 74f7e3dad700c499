package org.csphub.analysis.hotspot;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * Getis-Ord local statistics Gi and Gi* (Getis &amp; Ord 1992; Ord &amp; Getis 1995): is the weighted sum
 * of values around each observation larger or smaller than chance would give? The hotspot statistic of
 * ArcGIS's Hot Spot Analysis and PySAL's {@code esda.G_Local}.
 *
 * <p><b>Definition.</b> For observation {@code i} with values {@code y} and weights {@code w}:
 * <ul>
 * <li><b>Gi</b> ({@link #gi}) leaves {@code i} out: sums run over {@code j ≠ i}, {@code N = n − 1};
 * <b>Gi*</b> ({@link #giStar}) includes it through the self weight {@code w_ii}: sums over all
 * {@code j}, {@code N = n}.</li>
 * <li>{@code G_i = Σ_j w_ij y_j / Σ_j y_j}; {@code W_i = Σ_j w_ij}, {@code S1_i = Σ_j w_ij²},
 * {@code ȳ = Σ_j y_j / N}, {@code s² = Σ_j y_j² / N − ȳ²} (population variance, all over the same
 * {@code j}).</li>
 * <li>Binary and general weights (Ord &amp; Getis 1995, ArcGIS): {@code E[G_i] = W_i / N},
 * {@code z_i = (Σ_j w_ij y_j − ȳ W_i) / (s · sqrt((N S1_i − W_i²) / (N − 1))))},
 * {@code Var[G_i] = s² (N S1_i − W_i²) / ((N − 1) (N ȳ)²)}. For binary weights this is PySAL's
 * formula too.</li>
 * <li>Row-standardised weights ({@link SpatialWeights.Transform#ROW_STANDARDISED}) follow <b>PySAL's
 * convention</b>: {@code E[G_i] = 1/N}, {@code Var[G_i] = s² / (N ȳ)²}, so
 * {@code z_i = (Σ_j w_ij y_j − ȳ) / s}. This is PySAL's binary variance with the row sum 1 taken as
 * the neighbour count; it is larger than the exact randomisation variance when a row has several
 * neighbours, so these z-scores are conservative (reference README section 1 pins the values).</li>
 * <li>{@code p_i = 2 Φ(−|z_i|)}, two-sided, standard normal.</li>
 * </ul>
 *
 * <p><b>Edge cases.</b> The values should be non-negative (counts, rates), as Getis-Ord assumes; the
 * z-score is computed in the form above, which does not divide by the mean, so it equals PySAL's
 * whenever {@code ȳ > 0}. {@code G_i} is infinite or NaN when {@code Σ_j y_j = 0}. {@code z_i} and
 * {@code p_i} are NaN when the values do not vary ({@code s = 0}), for an observation without
 * neighbours ({@code W_i = 0}), and when every observation is an equally weighted neighbour
 * ({@code N S1_i = W_i²}). Values must be finite.
 *
 * <p><b>Tolerance.</b> Double precision with one pass over the weights; results match PySAL's
 * reference values in every printed digit (tests assert 1e-7 relative). Cost {@code O(n + entries)}.
 *
 * <p><b>Permutation inference.</b> {@link #giPermutations} and {@link #giStarPermutations} give
 * pseudo p-values by conditional randomisation; see {@link PermutationInference} for the convention.
 */
public final class GetisOrdLocal {

	private GetisOrdLocal() {
	}

	/**
	 * Gi, self excluded.
	 * @throws IllegalArgumentException if the weights have self weights, the lengths differ or a
	 *         value is not finite
	 */
	public static LocalG gi(double[] y, SpatialWeights weights) {
		Inputs.check(y, weights);
		Inputs.requireNoSelfWeights(weights, "Gi");
		return compute(y, weights, false);
	}

	/**
	 * Gi*, self included. Weights without a self weight in every row get one first with
	 * {@link SpatialWeights#withSelf()} (1 for binary weights; the row maximum, then standardised
	 * again, for row-standardised weights: PySAL's convention).
	 * @throws IllegalArgumentException if the lengths differ or a value is not finite
	 */
	public static LocalG giStar(double[] y, SpatialWeights weights) {
		Inputs.check(y, weights);
		return compute(y, weights.withSelf(), true);
	}

	/**
	 * Pseudo p-values for Gi by conditional randomisation: the other values are permuted, {@code i}'s
	 * held fixed.
	 * @see PermutationInference
	 */
	public static PermutationInference giPermutations(double[] y, SpatialWeights weights, int permutations,
			long seed) {
		Inputs.check(y, weights);
		Inputs.requireNoSelfWeights(weights, "Gi");
		double sum = sum(y);
		double[] scale = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			scale[i] = 1 / (sum - y[i]);
		}
		return ConditionalRandomisation.run(y, weights, scale, new double[y.length], permutations, seed);
	}

	/**
	 * Pseudo p-values for Gi* by conditional randomisation: {@code y_i} keeps its self weight, the
	 * other values are permuted among the neighbours. Weights get self weights as in {@link #giStar}.
	 * @see PermutationInference
	 */
	public static PermutationInference giStarPermutations(double[] y, SpatialWeights weights, int permutations,
			long seed) {
		Inputs.check(y, weights);
		SpatialWeights starred = weights.withSelf();
		double sum = sum(y);
		double[] scale = new double[y.length];
		double[] offset = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			scale[i] = 1 / sum;
			offset[i] = starred.selfWeight(i) * y[i] / sum;
		}
		return ConditionalRandomisation.run(y, starred, scale, offset, permutations, seed);
	}

	private static LocalG compute(double[] y, SpatialWeights w, boolean star) {
		int n = y.length;
		double sum = 0;
		double sumSquares = 0;
		for (double v : y) {
			sum += v;
			sumSquares += v * v;
		}
		boolean rowStandardised = w.transform() == SpatialWeights.Transform.ROW_STANDARDISED;
		double bigN = star ? n : n - 1;
		double[] g = new double[n];
		double[] expected = new double[n];
		double[] variance = new double[n];
		double[] z = new double[n];
		double[] p = new double[n];
		for (int i = 0; i < n; i++) {
			double total = star ? sum : sum - y[i];
			double mean = total / bigN;
			double meanSquare = (star ? sumSquares : sumSquares - y[i] * y[i]) / bigN;
			double s2 = Math.max(meanSquare - mean * mean, 0);
			double lag = 0;
			double rowSum = 0;
			double rowSquares = 0;
			for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
				double wij = w.weightAt(k);
				lag += wij * y[w.neighbourAt(k)];
				rowSum += wij;
				rowSquares += wij * wij;
			}
			g[i] = lag / total;
			// spread = Var[Σ_j w_ij y_j] / s² under randomisation; weightOfMean = Σ_j w_ij as the mean counts it
			double spread;
			double weightOfMean;
			if (rowSum == 0) {
				spread = 0;
				weightOfMean = 0;
			}
			else if (rowStandardised) {
				spread = 1;
				weightOfMean = 1;
			}
			else {
				spread = (bigN * rowSquares - rowSum * rowSum) / (bigN - 1);
				weightOfMean = rowSum;
			}
			expected[i] = weightOfMean / bigN;
			variance[i] = s2 * spread / (total * total);
			double denominator = Math.sqrt(s2 * spread);
			z[i] = denominator > 0 ? (lag - mean * weightOfMean) / denominator : Double.NaN;
			p[i] = Inputs.twoSided(z[i]);
		}
		return new LocalG(star, g, expected, variance, z, p);
	}

	private static double sum(double[] y) {
		double sum = 0;
		for (double v : y) {
			sum += v;
		}
		return sum;
	}

}
