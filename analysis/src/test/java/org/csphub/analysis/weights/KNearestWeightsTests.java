package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KNearestWeightsTests {

	@Test
	void tiesGoToTheLowerIndex() {
		// Centre point 4 with four points 1 m away (N, E, S, W as indexes 0..3) and one 2 m away.
		double[] xs = { 0, 1, 0, -1, 0, 2 };
		double[] ys = { 1, 0, -1, 0, 0, 0 };
		SpatialWeights w = KNearestWeights.build(xs, ys, 2);
		assertThat(w.neighbours(4)).containsExactly(0, 1);
		// Point 5 (2,0): nearest is 1 (1 m), then 0, 2 and 4 are all sqrt(5), sqrt(5), 2 m: 4 at 2 m wins.
		assertThat(w.neighbours(5)).containsExactly(1, 4);
		// Point 0 (0,1): 4 at 1 m, then 1 and 3 at sqrt(2): 1 wins the tie.
		assertThat(w.neighbours(0)).containsExactly(1, 4);
		assertThat(w.isSymmetric()).isFalse();
	}

	@Test
	void agreesWithAnExhaustiveRankingOnRandomPoints() {
		SplittableRandom random = new SplittableRandom(7);
		for (int trial = 0; trial < 30; trial++) {
			int n = 2 + random.nextInt(150);
			double[] xs = new double[n];
			double[] ys = new double[n];
			for (int i = 0; i < n; i++) {
				xs[i] = random.nextInt(20); // many ties and coincident points
				ys[i] = random.nextInt(20);
			}
			int k = 1 + random.nextInt(Math.min(n - 1, 8));
			SpatialWeights w = KNearestWeights.build(xs, ys, k);
			for (int i = 0; i < n; i++) {
				int self = i;
				int[] expected = IntStream.range(0, n).filter(j -> j != self).boxed()
						.sorted(Comparator.<Integer>comparingDouble(j -> Math.hypot(xs[self] - xs[j], ys[self] - ys[j]))
								.thenComparingInt(j -> j))
						.limit(k).mapToInt(Integer::intValue).sorted().toArray();
				assertThat(w.neighbours(i)).as("trial %d point %d", trial, i).containsExactly(expected);
			}
		}
	}

	@Test
	void refusesKOutOfRange() {
		assertThatThrownBy(() -> KNearestWeights.build(new double[3], new double[3], 3)).hasMessageContaining("n - 1 = 2");
		assertThatThrownBy(() -> KNearestWeights.build(new double[3], new double[3], 0)).hasMessageContaining("k must");
	}

}
