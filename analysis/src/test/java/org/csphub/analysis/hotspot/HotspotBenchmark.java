package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.KernelDensity.Evaluation;
import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.SpatialWeights;

/**
 * How fast kernel density and grid Gi* run on one thread, against naive baselines measured in the same
 * run. Not part of the test suite: run {@code bench/analysis-benchmark.sh}.
 *
 * <ul>
 * <li>(a) Quartic KDE of 1,000,000 seeded random events on a 500 × 500 grid of 25 m cells, bandwidth 5
 * cells (125 m), binned (nearest cell and linear binning), against a naive exact evaluation of every
 * event at every cell on a 2,000-event subsample, extrapolated linearly to 1,000,000 events. The
 * support-limited exact evaluation of all events is printed too. Target: under 1 s.</li>
 * <li>(b) Gi* with queen weights on 316 × 316 = 99,856 cells (building the weights, Gi*, FDR and
 * classes), against a naive Gi* that finds each cell's neighbours by scanning every cell, on a 100 × 100
 * subsample, extrapolated quadratically. Target: under 1 s.</li>
 * </ul>
 * Each figure is the median of several timed runs after warm-up runs.
 */
public final class HotspotBenchmark {

	private static double sink;

	public static void main(String[] args) {
		kernelDensity();
		gridGiStar();
		System.out.println("(checksum " + sink + ")");
	}

	private static void kernelDensity() {
		Grid grid = Grid.of(440_000, 310_000, 25, 500, 500);
		int n = 1_000_000;
		double[] xs = new double[n];
		double[] ys = new double[n];
		SplittableRandom random = new SplittableRandom(2024);
		for (int p = 0; p < n; p++) {
			// Half uniform, half in 200 clusters (about 100 m across), as crime is.
			if (p % 2 == 0) {
				xs[p] = 440_000 + random.nextDouble() * 12_500;
				ys[p] = 310_000 + random.nextDouble() * 12_500;
			}
			else {
				int cluster = random.nextInt(200);
				SplittableRandom centre = new SplittableRandom(cluster);
				xs[p] = 440_000 + centre.nextDouble() * 12_500 + random.nextGaussian() * 50;
				ys[p] = 310_000 + centre.nextDouble() * 12_500 + random.nextGaussian() * 50;
			}
		}
		KernelDensity kde = new KernelDensity(Kernel.QUARTIC, 125);
		double nearest = median(7, 3, () -> kde.estimate(grid, xs, ys, null, Evaluation.NEAREST_CELL).max());
		double linear = median(7, 3, () -> kde.estimate(grid, xs, ys, null, Evaluation.LINEAR_BINNING).max());
		double exact = median(3, 1, () -> kde.estimate(grid, xs, ys, null, Evaluation.EXACT).max());
		int sample = 2_000;
		double naiveSample = median(3, 1, () -> naiveKde(grid, xs, ys, sample, 125));
		double naive = naiveSample * n / sample;
		System.out.printf("KDE, quartic, h = 5 cells, 1,000,000 events, 500 x 500 cells, one thread:%n");
		System.out.printf("  binned, nearest cell:        %8.3f s  (%.1f%% of the 1 s target)%n", nearest,
				nearest * 100);
		System.out.printf("  binned, linear binning:      %8.3f s  (%.1f%% of the 1 s target)%n", linear, linear * 100);
		System.out.printf("  exact within the support:    %8.3f s%n", exact);
		System.out.printf("  baseline, naive every event x every cell: %.3f s for %,d events, extrapolated %,.0f s%n",
				naiveSample, sample, naive);
		System.out.printf("  speed-up of binned over the baseline: nearest cell %,.0fx, linear binning %,.0fx%n",
				naive / nearest, naive / linear);
	}

	/** Every event at every cell centre, no culling: the textbook double loop. */
	private static double naiveKde(Grid grid, double[] xs, double[] ys, int events, double h) {
		double[] values = new double[grid.cellCount()];
		double h2 = h * h;
		double norm = 3 / (Math.PI * h2);
		for (int p = 0; p < events; p++) {
			for (int row = 0; row < grid.rows(); row++) {
				double dy = grid.centreY(row) - ys[p];
				for (int column = 0; column < grid.columns(); column++) {
					double dx = grid.centreX(column) - xs[p];
					double d2 = dx * dx + dy * dy;
					if (d2 < h2) {
						double u = 1 - d2 / h2;
						values[row * grid.columns() + column] += norm * u * u;
					}
				}
			}
		}
		return Arrays.stream(values).max().orElse(0);
	}

	private static void gridGiStar() {
		Grid grid = Grid.of(440_000, 310_000, 50, 316, 316);
		double[] counts = counts(grid, 7);
		double queen = median(7, 3, () -> GridHotspots.giStar(grid, counts, GridNeighbourhood.queen(),
				Correction.BENJAMINI_HOCHBERG, 0.05).z(0));
		SpatialWeights prebuilt = GridWeights.queen(grid);
		double giOnly = median(7, 3, () -> GetisOrdLocal.giStar(counts, prebuilt).z(0));
		double band = median(7, 3, () -> GridHotspots.giStar(grid, counts, GridNeighbourhood.distanceBand(125),
				Correction.BENJAMINI_HOCHBERG, 0.05).z(0));
		Grid small = Grid.of(440_000, 310_000, 50, 100, 100);
		double[] smallCounts = counts(small, 8);
		double naiveSmall = median(3, 1, () -> naiveGiStar(small, smallCounts));
		double scale = (double) grid.cellCount() / small.cellCount();
		double naive = naiveSmall * scale * scale;
		System.out.printf("Gi* hot spots, 316 x 316 = %,d cells, one thread:%n", grid.cellCount());
		System.out.printf("  queen: weights + Gi* + FDR + classes: %8.3f s  (%.1f%% of the 1 s target)%n", queen,
				queen * 100);
		System.out.printf("  queen: Gi* alone on built weights:   %8.3f s%n", giOnly);
		System.out.printf("  distance band 125 m (2.5 cells, 20 neighbours), all steps: %.3f s (%.1f%% of the target)%n",
				band, band * 100);
		System.out.printf("  baseline, naive O(n^2) neighbour search: %.3f s for %,d cells, extrapolated %,.0f s%n",
				naiveSmall, small.cellCount(), naive);
		System.out.printf("  speed-up over the baseline: %,.0fx%n", naive / queen);
	}

	private static double[] counts(Grid grid, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] counts = new double[grid.cellCount()];
		for (int c = 0; c < counts.length; c++) {
			counts[c] = random.nextInt(4) + (random.nextInt(50) == 0 ? random.nextInt(30) : 0);
		}
		return counts;
	}

	/** Gi* with queen weights found by comparing every pair of cells. */
	private static double naiveGiStar(Grid grid, double[] counts) {
		int n = counts.length;
		double sum = 0;
		double squares = 0;
		for (double c : counts) {
			sum += c;
			squares += c * c;
		}
		double mean = sum / n;
		double s = Math.sqrt(squares / n - mean * mean);
		double check = 0;
		for (int i = 0; i < n; i++) {
			double weighted = 0;
			int neighbours = 0;
			int ci = grid.column(i);
			int ri = grid.row(i);
			for (int j = 0; j < n; j++) {
				if (Math.abs(grid.column(j) - ci) <= 1 && Math.abs(grid.row(j) - ri) <= 1) {
					weighted += counts[j];
					neighbours++;
				}
			}
			double z = (weighted - mean * neighbours) / (s * Math.sqrt((n * (double) neighbours
					- (double) neighbours * neighbours) / (n - 1)));
			check += z;
		}
		return check;
	}

	/** The median wall time in seconds of {@code runs} timed runs after {@code warmUps} untimed ones. */
	private static double median(int runs, int warmUps, DoubleSupplier task) {
		for (int w = 0; w < warmUps; w++) {
			sink += task.getAsDouble();
		}
		double[] seconds = new double[runs];
		for (int r = 0; r < runs; r++) {
			long start = System.nanoTime();
			sink += task.getAsDouble();
			seconds[r] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds[runs / 2];
	}

}
