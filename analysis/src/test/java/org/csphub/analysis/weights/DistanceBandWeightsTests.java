package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DistanceBandWeightsTests {

	/** Reference README section 1: the six PySAL points. */
	static final double[] XS = { 10, 20, 40, 15, 30, 30 };

	static final double[] YS = { 10, 10, 10, 20, 20, 30 };

	@Test
	void theThresholdIsInclusiveAsInTheReferenceCase() {
		SpatialWeights w = DistanceBandWeights.build(XS, YS, 15);
		int[] counts = new int[6];
		for (int i = 0; i < 6; i++) {
			counts[i] = w.neighbourCount(i);
		}
		assertThat(counts).containsExactly(2, 3, 1, 3, 4, 1);
		// (15,20)-(30,20) are exactly 15 apart.
		assertThat(w.weight(3, 4)).isEqualTo(1);
		assertThat(w.neighbours(0)).containsExactly(1, 3);
		assertThat(w.neighbours(4)).containsExactly(1, 2, 3, 5);
		assertThat(w.isSymmetric()).isTrue();
		assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.BINARY);
		assertThat(DistanceBandWeights.build(XS, YS, 14.999).weight(3, 4)).isZero();
	}

	@Test
	void agreesWithAnExhaustiveSearchOnRandomPoints() {
		SplittableRandom random = new SplittableRandom(42);
		for (int trial = 0; trial < 30; trial++) {
			int n = 1 + random.nextInt(200);
			double[] xs = new double[n];
			double[] ys = new double[n];
			for (int i = 0; i < n; i++) {
				// Whole metres, so that many pairs sit exactly on the threshold; some coincide.
				xs[i] = random.nextInt(100);
				ys[i] = random.nextInt(100);
			}
			double threshold = random.nextInt(30);
			SpatialWeights w = DistanceBandWeights.build(xs, ys, threshold);
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					boolean expected = i != j && Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) <= threshold;
					assertThat(w.weight(i, j)).as("trial %d pair %d %d", trial, i, j).isEqualTo(expected ? 1.0 : 0.0);
				}
			}
		}
	}

	@Test
	void refusesBadInput() {
		assertThatThrownBy(() -> DistanceBandWeights.build(new double[2], new double[1], 1)).hasMessageContaining("2 x");
		assertThatThrownBy(() -> DistanceBandWeights.build(new double[] { Double.NaN }, new double[1], 1))
				.hasMessageContaining("non-finite");
		assertThatThrownBy(() -> DistanceBandWeights.build(XS, YS, -1)).hasMessageContaining(">= 0");
	}

}
