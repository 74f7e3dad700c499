package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.KernelDensity.Evaluation;
import org.csphub.analysis.weights.DistanceBandWeights;
import org.csphub.analysis.weights.KNearestWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

/**
 * Properties over many seeded random cases (plain JUnit: each loop draws its cases from a fixed seed,
 * so a failure names the case and reproduces).
 */
class HotspotPropertyTests {

	private static final int CASES = 60;

	@Test
	void giStarIsEquivariantUnderRelabelling() {
		SplittableRandom random = new SplittableRandom(101);
		for (int trial = 0; trial < CASES; trial++) {
			int n = 5 + random.nextInt(120);
			double[] xs = new double[n];
			double[] ys = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				xs[i] = random.nextDouble(0, 1000);
				ys[i] = random.nextDouble(0, 1000);
				y[i] = random.nextInt(20);
			}
			int[] order = permutation(random, n); // new observation k is old observation order[k]
			SpatialWeights w = randomWeights(random, n);
			SpatialWeights relabelled = relabel(w, order);
			double[] y2 = new double[n];
			for (int k = 0; k < n; k++) {
				y2[k] = y[order[k]];
			}
			for (boolean rowStandardised : new boolean[] { false, true }) {
				SpatialWeights a = rowStandardised ? w.rowStandardised() : w;
				SpatialWeights b = rowStandardised ? relabelled.rowStandardised() : relabelled;
				LocalG before = GetisOrdLocal.giStar(y, a);
				LocalG after = GetisOrdLocal.giStar(y2, b);
				for (int k = 0; k < n; k++) {
					double expected = before.z(order[k]);
					if (Double.isNaN(expected)) {
						assertThat(after.z(k)).isNaN();
					}
					else {
						assertThat(after.z(k)).as("trial %d obs %d", trial, k).isCloseTo(expected,
								within(1e-9 * Math.max(1, Math.abs(expected))));
					}
				}
			}
			// The builders relabel too: distance bands over the permuted points.
			double threshold = random.nextDouble(50, 300);
			double[] xs2 = new double[n];
			double[] ys2 = new double[n];
			for (int k = 0; k < n; k++) {
				xs2[k] = xs[order[k]];
				ys2[k] = ys[order[k]];
			}
			LocalG before = GetisOrdLocal.giStar(y, DistanceBandWeights.build(xs, ys, threshold));
			LocalG after = GetisOrdLocal.giStar(y2, DistanceBandWeights.build(xs2, ys2, threshold));
			for (int k = 0; k < n; k++) {
				assertThat(after.z(k)).as("trial %d obs %d", trial, k).isCloseTo(before.z(order[k]),
						within(1e-9 * Math.max(1, Math.abs(before.z(order[k])))));
			}
		}
	}

	@Test
	void moransIIsInvariantUnderPositiveAffineMaps() {
		SplittableRandom random = new SplittableRandom(202);
		for (int trial = 0; trial < CASES; trial++) {
			int n = 6 + random.nextInt(100);
			double[] xs = new double[n];
			double[] ys = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				xs[i] = random.nextDouble(0, 1000);
				ys[i] = random.nextDouble(0, 1000);
				y[i] = random.nextGaussian() * 10;
			}
			double a = Math.exp(random.nextDouble(-5, 5));
			double b = random.nextDouble(-1000, 1000);
			double[] mapped = new double[n];
			for (int i = 0; i < n; i++) {
				mapped[i] = a * y[i] + b;
			}
			SpatialWeights w = KNearestWeights.build(xs, ys, 1 + random.nextInt(5));
			for (SpatialWeights weights : List.of(w, w.rowStandardised())) {
				MoransI before = GlobalMoran.of(y, weights);
				MoransI after = GlobalMoran.of(mapped, weights);
				assertThat(after.i()).as("trial %d", trial).isCloseTo(before.i(), within(1e-9));
				assertThat(after.zRandomisation()).isCloseTo(before.zRandomisation(), within(1e-8));
				assertThat(after.pNormality()).isCloseTo(before.pNormality(), within(1e-9));
				double[] localBefore = LocalMoran.of(y, weights).localI();
				double[] localAfter = LocalMoran.of(mapped, weights).localI();
				assertThat(localAfter).containsExactly(localBefore, within(1e-8));
			}
		}
	}

	@Test
	void permutationInferenceIsReproducibleWithTheSameSeed() {
		SplittableRandom random = new SplittableRandom(303);
		for (int trial = 0; trial < 20; trial++) {
			int n = 10 + random.nextInt(60);
			double[] xs = new double[n];
			double[] ys = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				xs[i] = random.nextDouble(0, 100);
				ys[i] = random.nextDouble(0, 100);
				y[i] = random.nextInt(30);
			}
			SpatialWeights w = KNearestWeights.build(xs, ys, 4).rowStandardised();
			long seed = random.nextLong();
			PermutationInference first = LocalMoran.permutations(y, w, 199, seed);
			assertThat(LocalMoran.permutations(y.clone(), w, 199, seed)).isEqualTo(first);
			assertThat(LocalMoran.permutations(y, w, 199, seed + 1)).isNotEqualTo(first);
			PermutationInference g = GetisOrdLocal.giStarPermutations(y, w, 199, seed);
			assertThat(GetisOrdLocal.giStarPermutations(y, w, 199, seed)).isEqualTo(g);
			for (int i = 0; i < n; i++) {
				assertThat(first.p(i)).isBetween(1.0 / 200, 1.0);
			}
		}
	}

	@Test
	void densityIsInvariantUnderTranslatingEventsAndGridTogether() {
		SplittableRandom random = new SplittableRandom(404);
		for (int trial = 0; trial < CASES; trial++) {
			double size = 5 + random.nextInt(46);
			Grid grid = Grid.of(dyadic(random, 1e5), dyadic(random, 1e5), size, 5 + random.nextInt(30),
					5 + random.nextInt(30));
			int n = 1 + random.nextInt(200);
			double[] xs = new double[n];
			double[] ys = new double[n];
			for (int p = 0; p < n; p++) {
				xs[p] = grid.xOrigin() + dyadic(random, grid.columns() * size);
				ys[p] = grid.yOrigin() + dyadic(random, grid.rows() * size);
			}
			// Translations by multiples of 1/16 m keep every coordinate difference exact, so the binned
			// estimate is unchanged to the last bit; the exact one differs by rounding of cell centres.
			double tx = dyadic(random, 1e6);
			double ty = dyadic(random, 1e6);
			Grid moved = Grid.of(grid.xOrigin() + tx, grid.yOrigin() + ty, size, grid.columns(), grid.rows());
			double[] movedXs = new double[n];
			double[] movedYs = new double[n];
			for (int p = 0; p < n; p++) {
				movedXs[p] = xs[p] + tx;
				movedYs[p] = ys[p] + ty;
			}
			Kernel kernel = random.nextBoolean() ? Kernel.QUARTIC : Kernel.GAUSSIAN;
			KernelDensity kde = new KernelDensity(kernel, size * random.nextDouble(0.7, 6));
			for (Evaluation evaluation : Evaluation.values()) {
				double[] before = kde.estimate(grid, xs, ys, null, evaluation).values();
				double[] after = kde.estimate(moved, movedXs, movedYs, null, evaluation).values();
				double scale = kde.estimate(grid, xs, ys, null, evaluation).max();
				double tolerance = evaluation == Evaluation.EXACT ? 1e-6 * scale : 1e-12 * scale;
				assertThat(after).as("trial %d %s %s", trial, kde, evaluation).containsExactly(before, within(tolerance));
			}
		}
	}

	/** A multiple of 1/16 in [−limit, limit]. */
	private static double dyadic(SplittableRandom random, double limit) {
		return Math.rint(random.nextDouble(-limit, limit) * 16) / 16;
	}

	private static int[] permutation(SplittableRandom random, int n) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}

	/** General (non-binary, asymmetric) weights with some islands. */
	private static SpatialWeights randomWeights(SplittableRandom random, int n) {
		SpatialWeights.Builder builder = SpatialWeights.builder(n);
		for (int i = 0; i < n; i++) {
			List<Integer> chosen = new ArrayList<>();
			int k = random.nextInt(Math.min(n - 1, 6) + 1);
			while (chosen.size() < k) {
				int j = random.nextInt(n);
				if (j != i && !chosen.contains(j)) {
					chosen.add(j);
					builder.add(i, j, random.nextDouble(0.1, 3));
				}
			}
		}
		return builder.build();
	}

	/** The same weights with observation k of the result being observation order[k] of the input. */
	private static SpatialWeights relabel(SpatialWeights w, int[] order) {
		int n = w.size();
		int[] newIndex = new int[n];
		for (int k = 0; k < n; k++) {
			newIndex[order[k]] = k;
		}
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			ids.add(w.id(order[k]));
		}
		SpatialWeights.Builder builder = SpatialWeights.builder(ids);
		for (int i = 0; i < n; i++) {
			for (int e = w.rowStart(i); e < w.rowEnd(i); e++) {
				builder.add(newIndex[i], newIndex[w.neighbourAt(e)], w.weightAt(e));
			}
		}
		return builder.build();
	}

}
