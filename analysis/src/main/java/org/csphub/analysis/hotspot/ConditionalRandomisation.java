package org.csphub.analysis.hotspot;

import java.util.SplittableRandom;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * The conditional randomisation engine behind {@link PermutationInference}, for statistics that are
 * linear in the neighbours' values: {@code T_i = scale_i · Σ_{j ≠ i} w_ij v_j + offset_i}. The
 * observed and simulated statistics are computed by the same expression, so ties compare exactly.
 */
final class ConditionalRandomisation {

	private ConditionalRandomisation() {
	}

	static PermutationInference run(double[] values, SpatialWeights w, double[] scale, double[] offset,
			int permutations, long seed) {
		if (permutations < 1) {
			throw new IllegalArgumentException("At least one permutation is needed, not " + permutations);
		}
		int n = values.length;
		double[] p = new double[n];
		double[] mean = new double[n];
		double[] sd = new double[n];
		double[] z = new double[n];
		// The other observations of i are pool entries r in [0, n-2], standing for r < i ? r : r + 1.
		// Partial Fisher-Yates shuffles leave the pool a permutation, so it is never reset.
		int[] pool = new int[Math.max(n - 1, 0)];
		for (int r = 0; r < pool.length; r++) {
			pool[r] = r;
		}
		int maxNeighbours = w.maxNeighbourCount();
		double[] neighbourWeights = new double[maxNeighbours];
		SplittableRandom root = new SplittableRandom(seed);
		for (int i = 0; i < n; i++) {
			SplittableRandom random = root.split();
			int k = 0;
			double lag = 0;
			for (int e = w.rowStart(i); e < w.rowEnd(i); e++) {
				int j = w.neighbourAt(e);
				if (j != i) {
					neighbourWeights[k++] = w.weightAt(e);
					lag += w.weightAt(e) * values[j];
				}
			}
			double observed = scale[i] * lag + offset[i];
			int atLeast = 0;
			int atMost = 0;
			double runningMean = 0; // Welford's running mean and sum of squared deviations
			double squares = 0;
			for (int s = 0; s < permutations; s++) {
				double simulatedLag = 0;
				for (int t = 0; t < k; t++) {
					int r = t + random.nextInt(n - 1 - t);
					int drawn = pool[r];
					pool[r] = pool[t];
					pool[t] = drawn;
					simulatedLag += neighbourWeights[t] * values[drawn < i ? drawn : drawn + 1];
				}
				double simulated = scale[i] * simulatedLag + offset[i];
				if (simulated >= observed) {
					atLeast++;
				}
				if (simulated <= observed) {
					atMost++;
				}
				double delta = simulated - runningMean;
				runningMean += delta / (s + 1);
				squares += delta * (simulated - runningMean);
			}
			p[i] = (1.0 + Math.min(atLeast, atMost)) / (permutations + 1.0);
			mean[i] = runningMean;
			sd[i] = Math.sqrt(squares / permutations);
			z[i] = sd[i] > 0 ? (observed - mean[i]) / sd[i] : Double.NaN;
		}
		return new PermutationInference(p, mean, sd, z, permutations, seed);
	}

}
