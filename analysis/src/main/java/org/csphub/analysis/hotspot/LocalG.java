package org.csphub.analysis.hotspot;

import java.util.Arrays;

/**
 * Getis-Ord local statistics for every observation, from {@link GetisOrdLocal}: Gi (self excluded) or
 * Gi* (self included), in observation order.
 *
 * @param star whether the statistics are Gi* (self included)
 * @param g the statistic {@code G_i = Σ_j w_ij y_j / Σ_j y_j} (sums over {@code j ≠ i} for Gi)
 * @param expected {@code E[G_i]} under randomisation
 * @param variance {@code Var[G_i]}
 * @param z the standardised statistic (z-score); positive for clusters of high values
 * @param p two-sided normal p-values {@code 2 Φ(−|z|)}
 */
public record LocalG(boolean star, double[] g, double[] expected, double[] variance, double[] z, double[] p) {

	public LocalG {
		g = g.clone();
		expected = expected.clone();
		variance = variance.clone();
		z = z.clone();
		p = p.clone();
	}

	/** The number of observations. */
	public int size() {
		return z.length;
	}

	@Override
	public double[] g() {
		return g.clone();
	}

	@Override
	public double[] expected() {
		return expected.clone();
	}

	@Override
	public double[] variance() {
		return variance.clone();
	}

	@Override
	public double[] z() {
		return z.clone();
	}

	@Override
	public double[] p() {
		return p.clone();
	}

	/** The z-score of observation {@code i}, without copying. */
	public double z(int i) {
		return z[i];
	}

	/** The p-value of observation {@code i}, without copying. */
	public double p(int i) {
		return p[i];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LocalG other && other.star == star
				&& Inputs.arraysEqual(new Object[] { g, expected, variance, z, p },
						new Object[] { other.g, other.expected, other.variance, other.z, other.p });
	}

	@Override
	public int hashCode() {
		return Boolean.hashCode(star) + 31 * Arrays.deepHashCode(new Object[] { g, expected, variance, z, p });
	}

	@Override
	public String toString() {
		return "LocalG[" + (star ? "Gi*" : "Gi") + ", " + z.length + " observations]";
	}

}
