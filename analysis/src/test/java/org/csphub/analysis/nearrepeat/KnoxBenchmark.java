package org.csphub.analysis.nearrepeat;

import java.util.Arrays;
import java.util.List;

/**
 * How fast {@link KnoxTest} runs on one thread, against a baseline measured in the same run. Not part
 * of the test suite (run {@code bench/knox-benchmark.sh} or {@code main} from an IDE).
 *
 * <p>The workload is the reference run: the 11,701 Chicago residential burglaries of 2016, spatial
 * edges [0.1, 200, 400, 600] m, temporal edges [7, 14, 21] days, Euclidean, right-closed, 99
 * permutations. Each timing is the median of 5 runs after 3 warm-up runs. Figures printed:
 * <ul>
 * <li>the Knox test with 99 permutations, and its ratio to the published Python figure (about 4 s for
 * 12,334 events and 99 permutations, reference README section 4; target under 0.4 s, 10× faster) and to
 * the Near Repeat Calculator (about 510 s);</li>
 * <li>the baseline: a naive all-pairs count of the observed matrix alone (n(n-1)/2 pairs, one pass, no
 * permutations), and how many times the full 99-permutation test fits in its time.</li>
 * </ul>
 */
public final class KnoxBenchmark {

	private static final double PUBLISHED_PYTHON_SECONDS = 4.0;

	private static final double PUBLISHED_NEAR_REPEAT_CALCULATOR_SECONDS = 510.0;

	private static final int WARM_UP = 3;

	private static final int RUNS = 5;

	public static void main(String[] args) {
		List<KnoxEvent> events = ChicagoBurglaries.year2016();
		double[] spatial = { 0.1, 200, 400, 600 };
		double[] temporal = { 7, 14, 21 };
		KnoxSettings settings = new KnoxSettings(spatial, temporal, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 99, 2016);
		long[][] reference = KnoxTest.run(events, settings.withIterations(0)).observed();
		long[][] naive = BruteForceKnox.observed(events, spatial, temporal, true, false);
		if (!Arrays.deepEquals(reference, naive)) {
			throw new IllegalStateException("The Knox test and the all-pairs count disagree");
		}

		double knox = medianSeconds(() -> KnoxTest.run(events, settings).observed(0, 0));
		double observedOnly = medianSeconds(() -> KnoxTest.run(events, settings.withIterations(0)).observed(0, 0));
		double baseline = medianSeconds(() -> BruteForceKnox.observed(events, spatial, temporal, true, false)[0][0]);

		KnoxResult result = KnoxTest.run(events, settings);
		System.out.printf("Knox benchmark: %,d events, %,d candidate pairs within %.0f m, %d permutations, 1 thread "
				+ "(median of %d runs after %d warm-up runs)%n", events.size(), result.candidatePairs(),
				spatial[spatial.length - 1], settings.iterations(), RUNS, WARM_UP);
		System.out.printf("  KnoxTest, 99 permutations:          %8.3f s  (target < 0.4 s)%n", knox);
		System.out.printf("  KnoxTest, observed counts only:     %8.3f s%n", observedOnly);
		System.out.printf("  baseline, all-pairs observed count: %8.3f s  (%,d pairs, no permutations)%n", baseline,
				(long) events.size() * (events.size() - 1) / 2);
		System.out.printf("  published Python (12,334 events, 99 permutations): about %.0f s -> %.1fx faster%n",
				PUBLISHED_PYTHON_SECONDS, PUBLISHED_PYTHON_SECONDS / knox);
		System.out.printf("  published Near Repeat Calculator (same kind of run): about %.0f s -> %.0fx faster%n",
				PUBLISHED_NEAR_REPEAT_CALCULATOR_SECONDS, PUBLISHED_NEAR_REPEAT_CALCULATOR_SECONDS / knox);
		System.out.printf("  99-permutation test vs all-pairs observed count alone: %.1fx faster%n", baseline / knox);
		System.out.printf("  observed count, indexed vs all pairs: %.1fx faster%n", baseline / observedOnly);
	}

	private interface Work {
		long run();
	}

	private static double medianSeconds(Work work) {
		long sink = 0;
		for (int i = 0; i < WARM_UP; i++) {
			sink += work.run();
		}
		double[] seconds = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			sink += work.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink); // keeps the work observable
		}
		Arrays.sort(seconds);
		return seconds[RUNS / 2];
	}

}
