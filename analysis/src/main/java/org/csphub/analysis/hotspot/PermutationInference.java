package org.csphub.analysis.hotspot;

import java.util.Arrays;

/**
 * Pseudo p-values of a local statistic (Gi, Gi*, local Moran) from conditional randomisation, in
 * observation order.
 *
 * <p><b>Method</b> (Anselin 1995; PySAL {@code esda}). For each observation {@code i}, its own value is
 * held fixed and, in each of {@code permutations} draws, its {@code k_i} neighbours receive values
 * drawn at random without replacement from the other {@code n − 1} observations; the statistic is
 * recomputed with the same weights. Draws come from a {@link java.util.SplittableRandom} seeded with
 * {@link #seed()}, one split stream per observation: the same inputs and seed give the same result.
 *
 * <p><b>Folded p-value</b> (PySAL's convention). With {@code P} permutations, {@code ge} simulated
 * statistics at least as large as the observed and {@code le} at most as large,
 * {@code p = (1 + min(ge, le)) / (P + 1)}: one-sided, in the direction of whichever tail the observed
 * value lies in. It lies in {@code [1/(P+1), 1]}; the smallest possible value with 999 permutations is
 * 0.001. It is <b>not</b> a two-sided p-value: for a two-sided test at level α compare it with α/2,
 * or double it. (PySAL counts {@code P − ge} for the lower tail, so an observed value that ties all
 * simulations, such as an island, gets {@code 1/(P+1)} there and 1 here; otherwise the two agree.)
 *
 * @param p folded pseudo p-values
 * @param mean the mean of the simulated statistics
 * @param standardDeviation their standard deviation (population form)
 * @param z {@code (observed − mean) / standardDeviation}; NaN if the simulations do not vary
 * @param permutations the number of permutations per observation
 * @param seed the seed of the random draws
 */
public record PermutationInference(double[] p, double[] mean, double[] standardDeviation, double[] z,
		int permutations, long seed) {

	public PermutationInference {
		p = p.clone();
		mean = mean.clone();
		standardDeviation = standardDeviation.clone();
		z = z.clone();
	}

	public int size() {
		return p.length;
	}

	@Override
	public double[] p() {
		return p.clone();
	}

	@Override
	public double[] mean() {
		return mean.clone();
	}

	@Override
	public double[] standardDeviation() {
		return standardDeviation.clone();
	}

	@Override
	public double[] z() {
		return z.clone();
	}

	/** The pseudo p-value of observation {@code i}, without copying. */
	public double p(int i) {
		return p[i];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PermutationInference other && other.permutations == permutations && other.seed == seed
				&& Inputs.arraysEqual(new Object[] { p, mean, standardDeviation, z },
						new Object[] { other.p, other.mean, other.standardDeviation, other.z });
	}

	@Override
	public int hashCode() {
		return Long.hashCode(seed) + 31 * permutations
				+ 961 * Arrays.deepHashCode(new Object[] { p, mean, standardDeviation, z });
	}

	@Override
	public String toString() {
		return "PermutationInference[" + p.length + " observations, " + permutations + " permutations, seed " + seed
				+ "]";
	}

}
