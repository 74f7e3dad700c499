package org.csphub.analysis.hotspot;

import java.util.Objects;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.csphub.analysis.weights.SpatialWeights;

/** Argument checks and the standard normal distribution shared by the statistics. */
final class Inputs {

	/** The standard normal; no random generator is needed for its distribution functions. */
	static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

	private Inputs() {
	}

	static void check(double[] values, SpatialWeights weights) {
		Objects.requireNonNull(values, "values");
		Objects.requireNonNull(weights, "weights");
		if (values.length != weights.size()) {
			throw new IllegalArgumentException(values.length + " values but the weights have " + weights.size()
					+ " observations");
		}
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("The value of observation " + weights.id(i) + " is " + values[i]);
			}
		}
	}

	static void requireNoSelfWeights(SpatialWeights weights, String statistic) {
		if (weights.selfWeightCount() > 0) {
			throw new IllegalArgumentException(statistic + " needs weights without self weights (w_ii); "
					+ weights.selfWeightCount() + " rows have one: use weights.withoutSelf()");
		}
	}

	/** Two-sided normal p-value {@code 2 Φ(−|z|)}; NaN for NaN. */
	static double twoSided(double z) {
		return Double.isNaN(z) ? Double.NaN : 2 * NORMAL.cumulativeProbability(-Math.abs(z));
	}

	/** One-tailed normal p-value {@code 1 − Φ(|z|) = Φ(−|z|)}; NaN for NaN. */
	static double oneTailed(double z) {
		return Double.isNaN(z) ? Double.NaN : NORMAL.cumulativeProbability(-Math.abs(z));
	}

	static boolean arraysEqual(Object[] a, Object[] b) {
		return java.util.Arrays.deepEquals(a, b);
	}

}
