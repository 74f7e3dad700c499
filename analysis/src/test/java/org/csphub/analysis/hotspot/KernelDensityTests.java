package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.KernelDensity.Evaluation;
import org.junit.jupiter.api.Test;

class KernelDensityTests {

	@Test
	void quarticProfileMatchesTheReferenceFormula() {
		// Reference README section 3: w(d) = (1 − d²/h²)², h = 200.
		assertThat(Kernel.QUARTIC.profile(0, 200)).isEqualTo(1);
		assertThat(Kernel.QUARTIC.profile(50, 200)).isCloseTo(15.0 / 16 * 15.0 / 16, within(1e-15));
		assertThat(Kernel.QUARTIC.profile(Math.hypot(100, 100), 200)).isCloseTo(0.25, within(1e-15));
		assertThat(Kernel.QUARTIC.profile(141.42, 200)).isCloseTo(0.25, within(1e-4));
		assertThat(Kernel.QUARTIC.profile(200, 200)).isZero();
		assertThat(Kernel.QUARTIC.profile(250, 200)).isZero();
		// Normalised: 3/(π h²) times the profile.
		assertThat(Kernel.QUARTIC.density(30, 40, 200)).isCloseTo(3 / (Math.PI * 40000) * Math.pow(1 - 2500.0 / 40000, 2),
				within(1e-18));
	}

	@Test
	void gaussianIsNormalAndTruncatedToTheFourSigmaSquare() {
		assertThat(Kernel.GAUSSIAN.profile(100, 100)).isCloseTo(Math.exp(-0.5), within(1e-15));
		assertThat(Kernel.GAUSSIAN.density(0, 0, 100)).isCloseTo(1 / (2 * Math.PI * 10000), within(1e-18));
		assertThat(Kernel.GAUSSIAN.density(400, 0, 100)).isPositive();
		assertThat(Kernel.GAUSSIAN.density(400.001, 0, 100)).isZero();
		assertThat(Kernel.GAUSSIAN.density(399, 399, 100)).isPositive(); // the corner of the square
	}

	@Test
	void binnedEqualsExactWhenEventsSitOnCellCentres() {
		Grid grid = Grid.of(500_000, 200_000, 10, 60, 40);
		SplittableRandom random = new SplittableRandom(3);
		int n = 500;
		double[] xs = new double[n];
		double[] ys = new double[n];
		double[] weights = new double[n];
		for (int p = 0; p < n; p++) {
			// Centres of cells, some outside the grid (within reach), with weights.
			xs[p] = grid.xOrigin() + (random.nextInt(-8, 68) + 0.5) * 10;
			ys[p] = grid.yOrigin() + (random.nextInt(-8, 48) + 0.5) * 10;
			weights[p] = 0.5 + random.nextInt(4);
		}
		for (KernelDensity kde : new KernelDensity[] { new KernelDensity(Kernel.QUARTIC, 50),
				new KernelDensity(Kernel.QUARTIC, 37), new KernelDensity(Kernel.GAUSSIAN, 13) }) {
			double[] exact = kde.estimate(grid, xs, ys, weights, Evaluation.EXACT).values();
			double max = kde.estimate(grid, xs, ys, weights, Evaluation.EXACT).max();
			for (Evaluation evaluation : new Evaluation[] { Evaluation.NEAREST_CELL, Evaluation.LINEAR_BINNING }) {
				double[] binned = kde.estimate(grid, xs, ys, weights, evaluation).values();
				for (int cell = 0; cell < exact.length; cell++) {
					// Tolerance: 1e-9 of the largest value (rounding only).
					assertThat(binned[cell]).as("%s %s cell %d", kde, evaluation, cell).isCloseTo(exact[cell],
							within(1e-9 * max));
				}
			}
		}
	}

	@Test
	void binningErrorsStayWithinTheDocumentedBounds() {
		Grid grid = Grid.of(0, 0, 10, 50, 50);
		SplittableRandom random = new SplittableRandom(11);
		int n = 40;
		double[] xs = new double[n];
		double[] ys = new double[n];
		for (int p = 0; p < n; p++) {
			xs[p] = random.nextDouble(-50, 550);
			ys[p] = random.nextDouble(-50, 550);
		}
		double h = 50; // 5 cells
		double ratio = 10 / h;
		check(grid, xs, ys, new KernelDensity(Kernel.QUARTIC, h), Evaluation.NEAREST_CELL,
				1.09 * ratio * 3 / (Math.PI * h * h));
		check(grid, xs, ys, new KernelDensity(Kernel.QUARTIC, h), Evaluation.LINEAR_BINNING,
				2 * ratio * ratio * 3 / (Math.PI * h * h));
		check(grid, xs, ys, new KernelDensity(Kernel.GAUSSIAN, 23), Evaluation.NEAREST_CELL,
				0.43 * (10 / 23.0) / (2 * Math.PI * 23 * 23));
		check(grid, xs, ys, new KernelDensity(Kernel.GAUSSIAN, 23), Evaluation.LINEAR_BINNING,
				(0.25 * (10 / 23.0) * (10 / 23.0) + 3.4e-4) / (2 * Math.PI * 23 * 23));
	}

	private static void check(Grid grid, double[] xs, double[] ys, KernelDensity kde, Evaluation evaluation,
			double boundPerEventPerSquareMetre) {
		double[] exact = kde.estimate(grid, xs, ys, null, Evaluation.EXACT).values();
		double[] binned = kde.estimate(grid, xs, ys, null, evaluation).values();
		double bound = xs.length * boundPerEventPerSquareMetre * 1e6;
		double worst = 0;
		for (int cell = 0; cell < exact.length; cell++) {
			worst = Math.max(worst, Math.abs(binned[cell] - exact[cell]));
		}
		assertThat(worst).as("%s %s", kde, evaluation).isPositive().isLessThanOrEqualTo(bound);
	}

	@Test
	void totalMassIsTheNumberOfEventsAwayFromTheEdges() {
		// Events in the middle 200 m of a 1 km grid; kernels of at most 4·20 = 80 m or 50 m reach.
		Grid grid = Grid.of(0, 0, 10, 100, 100);
		SplittableRandom random = new SplittableRandom(5);
		int n = 2_000;
		double[] xs = new double[n];
		double[] ys = new double[n];
		for (int p = 0; p < n; p++) {
			xs[p] = random.nextDouble(400, 600);
			ys[p] = random.nextDouble(400, 600);
		}
		for (Evaluation evaluation : Evaluation.values()) {
			// The lattice sum of the quartic approximates its integral (1): binned, every event carries the
			// stencil's sum, 1 + 6.4e-4 at h = 5 cells; exact, the error averages out over positions.
			// The Gaussian loses at most the 1.27e-4 outside its 4σ square (less when the lattice sum
			// effectively reaches half a cell further); its lattice sum is otherwise exact to ~1e-12.
			double quartic = new KernelDensity(Kernel.QUARTIC, 50).estimate(grid, xs, ys, null, evaluation).total();
			assertThat(quartic).as("quartic %s", evaluation).isCloseTo(n, within(1e-3 * n));
			double gaussian = new KernelDensity(Kernel.GAUSSIAN, 20).estimate(grid, xs, ys, null, evaluation).total();
			assertThat(gaussian).as("gaussian %s", evaluation).isBetween(n * (1 - 1.3e-4), n * (1 - 1e-5));
		}
	}

	@Test
	void aWeightCountsAsThatManyEvents() {
		Grid grid = Grid.of(0, 0, 10, 20, 20);
		KernelDensity kde = new KernelDensity(Kernel.QUARTIC, 40);
		DensitySurface twice = kde.estimate(grid, new double[] { 73, 73 }, new double[] { 101, 101 }, null,
				Evaluation.LINEAR_BINNING);
		DensitySurface weighted = kde.estimate(grid, new double[] { 73 }, new double[] { 101 }, new double[] { 2 },
				Evaluation.LINEAR_BINNING);
		assertThat(weighted.values()).containsExactly(twice.values(), within(1e-12));
	}

	@Test
	void excludedCellsAreNaNAndEventsInThemStillCount() {
		boolean[] mask = new boolean[9];
		mask[4] = true;
		Grid grid = Grid.of(0, 0, 10, 3, 3).withExcluded(mask);
		DensitySurface surface = new KernelDensity(Kernel.QUARTIC, 15).estimate(grid, new double[] { 15 },
				new double[] { 15 }, null, Evaluation.NEAREST_CELL);
		assertThat(surface.value(4)).isNaN();
		// The event at the centre of the excluded cell reaches its rook neighbours 10 m away.
		assertThat(surface.value(1)).isCloseTo(1e6 * 3 / (Math.PI * 225) * Math.pow(1 - 100.0 / 225, 2), within(1e-9));
		assertThat(surface.value(0)).isCloseTo(1e6 * 3 / (Math.PI * 225) * Math.pow(1 - 200.0 / 225, 2), within(1e-9));
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> new KernelDensity(Kernel.QUARTIC, 0)).hasMessageContaining("bandwidth");
		KernelDensity kde = new KernelDensity(Kernel.QUARTIC, 10);
		Grid grid = Grid.of(0, 0, 10, 2, 2);
		assertThatThrownBy(() -> kde.estimate(grid, new double[2], new double[1])).hasMessageContaining("2 x");
		assertThatThrownBy(() -> kde.estimate(grid, new double[1], new double[1], new double[] { -1 },
				Evaluation.EXACT)).hasMessageContaining("weight -1.0");
		assertThatThrownBy(() -> kde.estimate(grid, new double[] { Double.NaN }, new double[1]))
				.hasMessageContaining("non-finite");
	}

}
