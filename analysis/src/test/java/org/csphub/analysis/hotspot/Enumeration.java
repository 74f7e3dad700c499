package org.csphub.analysis.hotspot;

import java.util.ArrayList;
import java.util.List;

import org.csphub.analysis.weights.SpatialWeights;

/**
 * The exact conditional randomisation distribution of a neighbour sum, by enumerating every ordered
 * choice of distinct other observations for the neighbour slots: an independent check of analytic
 * moments and simulated p-values, from the definition.
 */
final class Enumeration {

	private Enumeration() {
	}

	/** Every value of {@code Σ_t w_t v[j_t]} over ordered tuples of distinct {@code j_t ≠ i}. */
	static double[] lags(double[] v, SpatialWeights w, int i) {
		List<Double> weights = new ArrayList<>();
		for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
			if (w.neighbourAt(k) != i) {
				weights.add(w.weightAt(k));
			}
		}
		List<Double> out = new ArrayList<>();
		collect(v, i, weights, 0, new boolean[v.length], 0, out);
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static void collect(double[] v, int i, List<Double> weights, int slot, boolean[] used, double sum,
			List<Double> out) {
		if (slot == weights.size()) {
			out.add(sum);
			return;
		}
		for (int j = 0; j < v.length; j++) {
			if (j != i && !used[j]) {
				used[j] = true;
				collect(v, i, weights, slot + 1, used, sum + weights.get(slot) * v[j], out);
				used[j] = false;
			}
		}
	}

	static double mean(double[] xs) {
		double s = 0;
		for (double x : xs) {
			s += x;
		}
		return s / xs.length;
	}

	static double variance(double[] xs) {
		double m = mean(xs);
		double s = 0;
		for (double x : xs) {
			s += (x - m) * (x - m);
		}
		return s / xs.length;
	}

	/** The folded p-value of the observed statistic against the whole (exact) distribution. */
	static double foldedP(double[] distribution, double observed) {
		int atLeast = 0;
		int atMost = 0;
		for (double d : distribution) {
			if (d >= observed) {
				atLeast++;
			}
			if (d <= observed) {
				atMost++;
			}
		}
		return (double) Math.min(atLeast, atMost) / distribution.length;
	}

}
