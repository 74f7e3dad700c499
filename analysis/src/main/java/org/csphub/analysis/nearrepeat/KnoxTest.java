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
 * arrays grouped by distance band; each iteration only recomputes the time band of those pairs. When
 * every time is a whole number (day numbers), gaps are integers and their bands come from a lookup
 * table; the result is identical to the general path. The cost is O(n log n + P · (iterations + 1))
 * for P candidate pairs, never O(n²).
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
		int iterations = settings.iterations();
		long[][] simulated = new long[rows * columns][iterations];
		long[] counts = new long[rows * columns];
		SplittableRandom random = new SplittableRandom(settings.seed());
		WholeTimes whole = WholeTimes.of(times, temporalEdges, convention);
		if (whole != null) {
			// The common case (dated events): integer gaps and a band table, same permutations as below.
			whole.count(pairs, whole.times, observed);
			int[] shuffled = whole.times.clone();
			for (int it = 0; it < iterations; it++) {
				shuffle(shuffled, random);
				Arrays.fill(counts, 0);
				whole.count(pairs, shuffled, counts);
				store(counts, simulated, it);
			}
		}
		else {
			count(pairs, times, temporalEdges, convention, observed);
			double[] shuffled = times.clone();
			for (int it = 0; it < iterations; it++) {
				shuffle(shuffled, random);
				Arrays.fill(counts, 0);
				count(pairs, shuffled, temporalEdges, convention, counts);
				store(counts, simulated, it);
			}
		}
		return result(settings, n, pairs.size(), observed, simulated, rows, columns);
	}

	private static void store(long[] counts, long[][] simulated, int iteration) {
		for (int cell = 0; cell < counts.length; cell++) {
			simulated[cell][iteration] = counts[cell];
		}
	}

	/**
	 * Whole-number times (such as day numbers) with a table from each possible gap to its time band: the
	 * same bands as {@link IntervalConvention#band}, found by lookup instead of comparisons.
	 */
	private static final class WholeTimes {

		private static final int MAX_TABLE = 1 << 20;

		final int[] times;

		/** The band of each gap 0..limit; {@code columns} (a spare slot) for a gap in no band. */
		private final int[] bandOfGap;

		private final int columns;

		private WholeTimes(int[] times, int[] bandOfGap, int columns) {
			this.times = times;
			this.bandOfGap = bandOfGap;
			this.columns = columns;
		}

		/** The whole times, or null when a time is not a whole number or the gaps or the table are too large. */
		static WholeTimes of(double[] times, double[] edges, IntervalConvention convention) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double t : times) {
				if (t != Math.rint(t)) {
					return null;
				}
				min = Math.min(min, t);
				max = Math.max(max, t);
			}
			if (times.length > 0 && (max - min >= 1 << 30 || Math.abs(min) >= 1L << 52)) {
				return null;
			}
			double last = edges[edges.length - 1];
			if (last >= MAX_TABLE) {
				return null;
			}
			// Gaps beyond the last band map to the spare slot; when every possible gap fits in the table the
			// counting loop needs no branch.
			int limit = (int) Math.floor(last);
			if (convention.beyond(limit, last)) {
				limit--;
			}
			if (times.length > 0 && max - min < MAX_TABLE) {
				limit = Math.max(limit, (int) (max - min));
			}
			int[] table = new int[limit + 1];
			for (int gap = 0; gap <= limit; gap++) {
				int band = convention.band(gap, edges);
				table[gap] = band < 0 ? edges.length : band;
			}
			int[] whole = new int[times.length];
			long base = (long) min;
			for (int i = 0; i < times.length; i++) {
				whole[i] = (int) ((long) times[i] - base);
			}
			return new WholeTimes(whole, table, edges.length);
		}

		void count(CandidatePairs pairs, int[] times, long[] counts) {
			int[] first = pairs.first;
			int[] second = pairs.second;
			int[] table = bandOfGap;
			int limit = table.length - 1;
			int[] perBand = new int[columns + 1];
			for (int s = 0; s + 1 < pairs.bandStart.length; s++) {
				Arrays.fill(perBand, 0);
				int end = pairs.bandStart[s + 1];
				for (int p = pairs.bandStart[s]; p < end; p++) {
					int gap = Math.abs(times[first[p]] - times[second[p]]);
					if (gap <= limit) {
						perBand[table[gap]]++;
					}
				}
				for (int t = 0; t < columns; t++) {
					counts[s * columns + t] += perBand[t];
				}
			}
		}

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

	private static void shuffle(int[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
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
