package org.csphub.analysis.hotspot;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * Getis-Ord General G (Getis &amp; Ord 1992): do high (or low) values cluster anywhere in the study
 * area? The global counterpart of {@link GetisOrdLocal}; PySAL's {@code esda.G}.
 *
 * <p><b>Definition.</b> {@code G = Σ_i Σ_{j≠i} w_ij y_i y_j / Σ_i Σ_{j≠i} y_i y_j}. Under
 * randomisation, with {@code S0, S1, S2} the usual weight sums ({@link SpatialWeights#s0()} ...),
 * {@code E[G] = S0 / (n(n−1))} and {@code Var[G] = E[G²] − E[G]²}, where
 * <pre>
 * E[G²] = (B0 m2² + B1 m4 + B2 m1² m2 + B3 m1 m3 + B4 m1⁴) / ((m1² − m2)² n(n−1)(n−2)(n−3))
 * B0 = (n² − 3n + 3) S1 − n S2 + 3 S0²      B1 = −[(n² − n) S1 − 2n S2 + 6 S0²]
 * B2 = −[2n S1 − (n + 3) S2 + 6 S0²]         B3 = 4(n − 1) S1 − 2(n + 1) S2 + 8 S0²
 * B4 = S1 − S2 + S0²                          m_k = Σ_i y_i^k
 * </pre>
 * {@code z = (G − E[G]) / sqrt(Var[G])} and {@code p = 1 − Φ(|z|)}, <b>one-tailed</b> in the
 * direction of the observed deviation (PySAL's {@code p_norm}); double it for a two-sided test.
 *
 * <p><b>Edge cases.</b> The values should be positive (G is a ratio of products of values). Weights
 * are used as given (binary in the reference) and must not have self weights. Needs {@code n ≥ 4};
 * G is NaN when {@code Σ_{i≠j} y_i y_j = 0} and z is NaN when the variance is not positive.
 *
 * <p><b>Tolerance.</b> Double precision; matches PySAL's reference values in every printed digit
 * (tests assert 1e-7 relative). Cost {@code O(n + entries)}.
 */
public final class GetisOrdGeneral {

	private GetisOrdGeneral() {
	}

	/**
	 * General G of the values under the weights.
	 * @throws IllegalArgumentException if the weights have self weights, {@code n < 4}, the lengths
	 *         differ or a value is not finite
	 */
	public static GeneralG of(double[] y, SpatialWeights w) {
		Inputs.check(y, w);
		Inputs.requireNoSelfWeights(w, "General G");
		int count = y.length;
		if (count < 4) {
			throw new IllegalArgumentException("General G needs at least 4 observations, not " + count);
		}
		double m1 = 0;
		double m2 = 0;
		double m3 = 0;
		double m4 = 0;
		for (double v : y) {
			m1 += v;
			m2 += v * v;
			m3 += v * v * v;
			m4 += v * v * v * v;
		}
		double numerator = 0;
		for (int i = 0; i < count; i++) {
			double lag = 0;
			for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
				lag += w.weightAt(k) * y[w.neighbourAt(k)];
			}
			numerator += y[i] * lag;
		}
		double denominator = m1 * m1 - m2;
		double g = numerator / denominator;

		double n = count;
		double s0 = w.s0();
		double s1 = w.s1();
		double s2 = w.s2();
		double s02 = s0 * s0;
		double expected = s0 / (n * (n - 1));
		double b0 = (n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02;
		double b1 = -((n * n - n) * s1 - 2 * n * s2 + 6 * s02);
		double b2 = -(2 * n * s1 - (n + 3) * s2 + 6 * s02);
		double b3 = 4 * (n - 1) * s1 - 2 * (n + 1) * s2 + 8 * s02;
		double b4 = s1 - s2 + s02;
		double expectedSquare = (b0 * m2 * m2 + b1 * m4 + b2 * m1 * m1 * m2 + b3 * m1 * m3 + b4 * m1 * m1 * m1 * m1)
				/ (denominator * denominator * n * (n - 1) * (n - 2) * (n - 3));
		double variance = expectedSquare - expected * expected;
		double z = variance > 0 ? (g - expected) / Math.sqrt(variance) : Double.NaN;
		return new GeneralG(g, expected, variance, z, Inputs.oneTailed(z));
	}

}
