package org.csphub.analysis.hotspot;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * Local Moran's I, the LISA of Anselin (1995): which observations sit in clusters of similar values
 * (high-high, low-low) or are outliers among dissimilar ones (high-low, low-high); GeoDa's and PySAL's
 * {@code esda.Moran_Local}.
 *
 * <p><b>Definition.</b> With deviations {@code z_i = y_i − ȳ} and {@code m2 = Σ z_i² / n},
 * {@code I_i = (z_i / m2) Σ_j w_ij z_j} (Anselin's form, as GeoDa; then {@code Σ_i I_i = S0 · I}
 * for the global Moran's I). PySAL scales the same quantity by {@code (n − 1)/n}; quadrants, z-scores
 * and p-values do not depend on the scale. Quadrants: see {@link LisaQuadrant}.
 *
 * <p><b>Analytic inference</b> under conditional randomisation (the other values permuted,
 * {@code y_i} fixed; Sokal, Oden &amp; Thomson 1998, as PySAL), with {@code w_i = Σ_j w_ij} and
 * {@code w_i(2) = Σ_j w_ij²}:
 * {@code E[I_i] = −w_i z_i² / ((n − 1) m2)},
 * {@code Var[I_i] = (z_i / m2)² · n/(n − 2) · (w_i(2) − w_i²/(n − 1)) · (m2 − z_i²/(n − 1))};
 * these are the exact mean and variance of the permutation distribution, and
 * {@code p = 2 Φ(−|z|)}. The permutation distribution of {@code I_i} is often far from normal, so
 * prefer {@link #permutations} for significance.
 *
 * <p><b>Edge cases.</b> Weights are used as given (row-standardise them first for GeoDa's and PySAL's
 * defaults) and must not have self weights. Needs {@code n ≥ 3}. When the values do not vary, I, z
 * and p are NaN; for an island {@code I_i = 0} and z, p are NaN. {@code I_i} is invariant under
 * {@code y → a·y + b} for {@code a > 0}.
 *
 * <p><b>Tolerance.</b> Double precision. Cost {@code O(n + entries)}; permutations
 * {@code O(permutations × entries)}.
 */
public final class LocalMoran {

	private LocalMoran() {
	}

	/**
	 * Local Moran's I with analytic inference.
	 * @throws IllegalArgumentException if the weights have self weights, {@code n < 3}, the lengths
	 *         differ or a value is not finite
	 */
	public static Lisa of(double[] y, SpatialWeights w) {
		Deviations d = deviations(y, w);
		int count = y.length;
		double n = count;
		double[] localI = new double[count];
		double[] lag = new double[count];
		LisaQuadrant[] quadrants = new LisaQuadrant[count];
		double[] expected = new double[count];
		double[] variance = new double[count];
		double[] z = new double[count];
		double[] p = new double[count];
		for (int i = 0; i < count; i++) {
			double rowSum = 0;
			double rowSquares = 0;
			for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
				double wij = w.weightAt(k);
				lag[i] += wij * d.z[w.neighbourAt(k)];
				rowSum += wij;
				rowSquares += wij * wij;
			}
			double zi = d.z[i];
			localI[i] = d.scale[i] * lag[i];
			boolean high = zi > 0;
			boolean neighboursHigh = lag[i] > 0;
			quadrants[i] = high ? (neighboursHigh ? LisaQuadrant.HIGH_HIGH : LisaQuadrant.HIGH_LOW)
					: (neighboursHigh ? LisaQuadrant.LOW_HIGH : LisaQuadrant.LOW_LOW);
			double m2 = d.m2;
			expected[i] = -rowSum * zi * zi / ((n - 1) * m2);
			variance[i] = (zi / m2) * (zi / m2) * n / (n - 2) * (rowSquares - rowSum * rowSum / (n - 1))
					* (m2 - zi * zi / (n - 1));
			z[i] = variance[i] > 0 ? (localI[i] - expected[i]) / Math.sqrt(variance[i]) : Double.NaN;
			p[i] = Inputs.twoSided(z[i]);
		}
		return new Lisa(localI, lag, quadrants, expected, variance, z, p);
	}

	/**
	 * Pseudo p-values of {@code I_i} by conditional randomisation: {@code y_i} held fixed, the other
	 * values permuted among the neighbours.
	 * @see PermutationInference
	 */
	public static PermutationInference permutations(double[] y, SpatialWeights w, int permutations, long seed) {
		Deviations d = deviations(y, w);
		return ConditionalRandomisation.run(d.z, w, d.scale, new double[y.length], permutations, seed);
	}

	/** Deviations from the mean, {@code m2}, and each observation's factor {@code z_i / m2}. */
	private record Deviations(double[] z, double m2, double[] scale) {
	}

	private static Deviations deviations(double[] y, SpatialWeights w) {
		Inputs.check(y, w);
		Inputs.requireNoSelfWeights(w, "Local Moran");
		int count = y.length;
		if (count < 3) {
			throw new IllegalArgumentException("Local Moran needs at least 3 observations, not " + count);
		}
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= count;
		double[] z = new double[count];
		double m2 = 0;
		for (int i = 0; i < count; i++) {
			z[i] = y[i] - mean;
			m2 += z[i] * z[i];
		}
		m2 /= count;
		double[] scale = new double[count];
		for (int i = 0; i < count; i++) {
			scale[i] = z[i] / m2;
		}
		return new Deviations(z, m2, scale);
	}

}
