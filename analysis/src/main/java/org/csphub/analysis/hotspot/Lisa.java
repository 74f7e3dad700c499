package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Local Moran statistics (LISA) for every observation, from {@link LocalMoran}, in observation order.
 *
 * @param localI {@code I_i = (z_i / m2) Σ_j w_ij z_j} with {@code z = y − ȳ}, {@code m2 = Σ z² / n}
 * @param lag the spatial lag of the deviations, {@code Σ_j w_ij z_j}
 * @param quadrants each observation's quadrant of the Moran scatter plot (never
 *        {@link LisaQuadrant#NOT_SIGNIFICANT})
 * @param expected {@code E[I_i]} under conditional randomisation
 * @param variance {@code Var[I_i]} under conditional randomisation
 * @param z {@code (I_i − E[I_i]) / sqrt(Var[I_i])}
 * @param p two-sided normal p-values {@code 2 Φ(−|z|)} (a rough guide: prefer
 *        {@link LocalMoran#permutations})
 */
public record Lisa(double[] localI, double[] lag, LisaQuadrant[] quadrants, double[] expected, double[] variance,
		double[] z, double[] p) {

	public Lisa {
		localI = localI.clone();
		lag = lag.clone();
		quadrants = quadrants.clone();
		expected = expected.clone();
		variance = variance.clone();
		z = z.clone();
		p = p.clone();
	}

	public int size() {
		return localI.length;
	}

	/**
	 * The cluster map: each observation's quadrant where {@code significant[i]}, else
	 * {@link LisaQuadrant#NOT_SIGNIFICANT}. Pass, for example,
	 * {@code MultipleTesting.significant(inference.p(), 0.05, Correction.BENJAMINI_HOCHBERG)}.
	 */
	public LisaQuadrant[] clusters(boolean[] significant) {
		Objects.requireNonNull(significant, "significant");
		if (significant.length != localI.length) {
			throw new IllegalArgumentException(significant.length + " flags for " + localI.length + " observations");
		}
		LisaQuadrant[] clusters = new LisaQuadrant[localI.length];
		for (int i = 0; i < clusters.length; i++) {
			clusters[i] = significant[i] ? quadrants[i] : LisaQuadrant.NOT_SIGNIFICANT;
		}
		return clusters;
	}

	/** The cluster map with observations significant where {@code p[i] ≤ alpha}, uncorrected. */
	public LisaQuadrant[] clusters(double[] p, double alpha) {
		return clusters(MultipleTesting.significant(p, alpha, MultipleTesting.Correction.NONE));
	}

	@Override
	public double[] localI() {
		return localI.clone();
	}

	@Override
	public double[] lag() {
		return lag.clone();
	}

	@Override
	public LisaQuadrant[] quadrants() {
		return quadrants.clone();
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

	@Override
	public boolean equals(Object o) {
		return o instanceof Lisa other
				&& Inputs.arraysEqual(new Object[] { localI, lag, quadrants, expected, variance, z, p },
						new Object[] { other.localI, other.lag, other.quadrants, other.expected, other.variance, other.z,
								other.p });
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(new Object[] { localI, lag, quadrants, expected, variance, z, p });
	}

	@Override
	public String toString() {
		return "Lisa[" + localI.length + " observations]";
	}

}
