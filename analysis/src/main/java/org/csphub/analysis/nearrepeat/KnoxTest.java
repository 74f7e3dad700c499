package org.csphub.analysis.nearrepeat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The Knox test for near repeats: do events close in space also happen close in time more often than
 * chance would have it?
 *
 * <p><b>Definition.</b> Every unordered pair of distinct events is classified by its distance (in metres,
 * Euclidean or Manhattan) into a distance band and by its absolute time difference (in the unit of
 * {@link KnoxEvent#time()}, days for dated events) into a time band; the observed matrix counts the
 * pairs in each (distance band, time band) cell. Pairs beyond the last edge of either are not counted.
 * Under the null hypothesis times are exchangeable between locations, so each Monte Carlo iteration
 * shuffles the times among the events (a uniform random permutation, Fisher-Yates driven by a
 * {@link SplittableRandom} seeded with {@link KnoxSettings#seed()}) and counts again. The result
 * holds the observed counts, the p-value {@code (1 + #{sim >= obs}) / (iterations + 1)} per cell, the
 * mean and median simulated counts and the Knox ratios; see {@link KnoxResult}.
 *
 * <p><b>Method.</b> Distances do not change under the permutation, so the pairs within the largest
 * distance band are found once with a bucket grid ({@link CandidatePairs}) and stored in primitive
 * arrays grouped by distance band; each iteration only recomputes the time band of those pairs. The
 * cost is O(n log n + P · (iterations + 1)) for P candidate pairs, never O(n²).
 *
 * <p><b>Edge cases.</b> Fewer than two events give all-zero observed counts (and p-values of 1).
 * Events at the same place are at distance 0 (first distance band); events at the same time are 0
 * apart (first time band). The result depends on the order of the events only through the
 * permutations: the observed counts are invariant under reordering, the simulations (hence p-values)
 * are reproducible for the same order and seed. Single-threaded; instances are stateless.
 */
public final class KnoxTest {

	private KnoxTest() {
	}

	/** Runs the test on the events with the settings (see the class contract). */
	public static KnoxResult run(List<KnoxEvent> events, KnoxSettings settings) {
		Objects.requireNonNull(events, "events");
		Objects.requireNonNull(settings, "settings");
		int n = events.size();
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			KnoxEvent e = events.get(i);
			x[i] = e.x();
			y[i] = e.y();
		}
		IntervalConvention convention = settings.convention();
		double[] temporalEdges = settings.temporalEdgesShared();
		int rows = settings.spatialBands();
		int columns = temporalEdges.length;
		CandidatePairs pairs = CandidatePairs.find(x, y, settings.spatialEdgesShared(), convention, settings.metric());
		double[] times = new double[n];
		for (int k = 0; k < n; k++) {
			times[k] = events.get(pairs.order[k]).time();
		}

		long[] observed = new long[rows * columns];
		count(pairs, times, temporalEdges, convention, observed);

		int iterations = settings.iterations();
		long[][] simulated = new long[rows * columns][iterations];
		long[] counts = new long[rows * columns];
		double[] shuffled = times.clone();
		SplittableRandom random = new SplittableRandom(settings.seed());
		for (int it = 0; it < iterations; it++) {
			shuffle(shuffled, random);
			Arrays.fill(counts, 0);
			count(pairs, shuffled, temporalEdges, convention, counts);
			for (int cell = 0; cell < counts.length; cell++) {
				simulated[cell][it] = counts[cell];
			}
		}
		return result(settings, n, pairs.size(), observed, simulated, rows, columns);
	}

	/** Adds the pairs' counts per (distance band, time band) cell, row-major, to {@code counts}. */
	private static void count(CandidatePairs pairs, double[] times, double[] edges, IntervalConvention convention,
			long[] counts) {
		int[] first = pairs.first;
		int[] second = pairs.second;
		int columns = edges.length;
		double last = edges[columns - 1];
		int[] perBand = new int[columns];
		for (int s = 0; s + 1 < pairs.bandStart.length; s++) {
			Arrays.fill(perBand, 0);
			int end = pairs.bandStart[s + 1];
			for (int p = pairs.bandStart[s]; p < end; p++) {
				double dt = Math.abs(times[first[p]] - times[second[p]]);
				if (convention.beyond(dt, last)) {
					continue;
				}
				int t = convention.band(dt, edges);
				if (t >= 0) {
					perBand[t]++;
				}
			}
			for (int t = 0; t < columns; t++) {
				counts[s * columns + t] += perBand[t];
			}
		}
	}

	private static void shuffle(double[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			double swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	private static KnoxResult result(KnoxSettings settings, int n, long candidatePairs, long[] observed,
			long[][] simulated, int rows, int columns) {
		int iterations = settings.iterations();
		long[][] obs = new long[rows][columns];
		double[][] p = new double[rows][columns];
		double[][] mean = new double[rows][columns];
		double[][] median = new double[rows][columns];
		long[][][] sims3 = new long[rows][columns][];
		for (int s = 0; s < rows; s++) {
			for (int t = 0; t < columns; t++) {
				int cell = s * columns + t;
				long[] sims = simulated[cell];
				obs[s][t] = observed[cell];
				long atLeast = 0;
				long sum = 0;
				for (long sim : sims) {
					if (sim >= observed[cell]) {
						atLeast++;
					}
					sum += sim;
				}
				p[s][t] = (1.0 + atLeast) / (iterations + 1.0);
				mean[s][t] = iterations == 0 ? Double.NaN : (double) sum / iterations;
				median[s][t] = median(sims);
				sims3[s][t] = sims;
			}
		}
		return new KnoxResult(settings, n, candidatePairs, obs, p, mean, median, sims3);
	}

	private static double median(long[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
	}

}
