package org.csphub.analysis.hotspot;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * Global Moran's I (Moran 1950; Cliff &amp; Ord 1981): spatial autocorrelation of values over the whole
 * study area, with analytic inference under normality and under randomisation; PySAL's
 * {@code esda.Moran}.
 *
 * <p><b>Definition.</b> With deviations {@code z_i = y_i − ȳ} and the weight sums {@code S0, S1, S2}
 * ({@link SpatialWeights#s0()} ...):
 * <ul>
 * <li>{@code I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²}; {@code E[I] = −1/(n − 1)}.</li>
 * <li>Normality: {@code Var[I] = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²}.</li>
 * <li>Randomisation, with kurtosis {@code b2 = n Σ z⁴ / (Σ z²)²}:
 * {@code Var[I] = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)]
 * / ((n − 1)(n − 2)(n − 3) S0²) − E[I]²}.</li>
 * <li>z-scores {@code (I − E[I]) / sqrt(Var[I])}; p-values two-sided standard normal (PySAL's default
 * {@code two_tailed=True}).</li>
 * </ul>
 *
 * <p><b>Edge cases.</b> Weights are used as given (binary in the reference; PySAL's default is
 * row-standardised, so call {@link SpatialWeights#rowStandardised()} to match it) and must not have
 * self weights. Needs {@code n ≥ 4} for the randomisation variance. I is NaN when the values do not
 * vary or {@code S0 = 0}. I is invariant under {@code y → a·y + b} for {@code a > 0}.
 *
 * <p><b>Tolerance.</b> Double precision; reference README section 2 is matched exactly to its printed
 * digits (tests assert 1e-7 relative). Cost {@code O(n + entries)}.
 */
public final class GlobalMoran {

	private GlobalMoran() {
	}

	/**
	 * Moran's I of the values under the weights.
	 * @throws IllegalArgumentException if the weights have self weights, {@code n < 4}, the lengths
	 *         differ or a value is not finite
	 */
	public static MoransI of(double[] y, SpatialWeights w) {
		Inputs.check(y, w);
		Inputs.requireNoSelfWeights(w, "Moran's I");
		int count = y.length;
		if (count < 4) {
			throw new IllegalArgumentException("Moran's I needs at least 4 observations, not " + count);
		}
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= count;
		double[] z = new double[count];
		double squares = 0;
		double fourths = 0;
		for (int i = 0; i < count; i++) {
			z[i] = y[i] - mean;
			double z2 = z[i] * z[i];
			squares += z2;
			fourths += z2 * z2;
		}
		double cross = 0;
		for (int i = 0; i < count; i++) {
			double lag = 0;
			for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
				lag += w.weightAt(k) * z[w.neighbourAt(k)];
			}
			cross += z[i] * lag;
		}
		double n = count;
		double s0 = w.s0();
		double s1 = w.s1();
		double s2 = w.s2();
		double s02 = s0 * s0;
		double moran = n / s0 * cross / squares;
		double expected = -1 / (n - 1);
		double varianceNormality = (n * n * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - expected * expected;
		double kurtosis = n * fourths / (squares * squares);
		double a = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02);
		double b = kurtosis * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02);
		double varianceRandomisation = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
		double zNormality = standardise(moran, expected, varianceNormality);
		double zRandomisation = standardise(moran, expected, varianceRandomisation);
		return new MoransI(moran, expected, varianceNormality, varianceRandomisation, zNormality, zRandomisation,
				Inputs.twoSided(zNormality), Inputs.twoSided(zRandomisation));
	}

	private static double standardise(double value, double expected, double variance) {
		return variance > 0 ? (value - expected) / Math.sqrt(variance) : Double.NaN;
	}

}
