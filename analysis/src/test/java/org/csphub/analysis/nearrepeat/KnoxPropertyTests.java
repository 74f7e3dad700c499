package org.csphub.analysis.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of the Knox counts over many seeded random inputs (plain JUnit: the seed of each case is
 * in the failure message, so any failure can be replayed).
 */
class KnoxPropertyTests {

	private static final int CASES = 300;

	/**
	 * Events on an integer lattice with integer times, so that distances and time gaps often fall exactly
	 * on an edge (3-4-5 triangles, whole days) and the interval conventions are exercised.
	 */
	static List<KnoxEvent> randomEvents(Random random, int n, int extent, int days) {
		List<KnoxEvent> events = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			events.add(new KnoxEvent(random.nextInt(extent), random.nextInt(extent), random.nextInt(days)));
		}
		return events;
	}

	private static double[] randomEdges(Random random, int max) {
		int count = 1 + random.nextInt(4);
		double[] edges = new double[count];
		double edge = 0;
		for (int i = 0; i < count; i++) {
			edge += 1 + random.nextInt(max);
			edges[i] = edge;
		}
		return edges;
	}

	@Test
	void observedCountsEqualTheAllPairsCountForBothConventionsAndMetrics() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(1000 + c);
			int n = random.nextInt(120);
			int extent = 1 + random.nextInt(60);
			List<KnoxEvent> events = randomEvents(random, n, extent, 1 + random.nextInt(40));
			if (random.nextInt(4) == 0 && n > 0) {
				// Some non-lattice coordinates too.
				events = new ArrayList<>(events);
				events.set(0, new KnoxEvent(random.nextDouble() * extent, -random.nextDouble() * 5, 3.5));
			}
			double[] spatial = randomEdges(random, 15);
			double[] temporal = randomEdges(random, 10);
			for (IntervalConvention convention : IntervalConvention.values()) {
				for (DistanceMetric metric : DistanceMetric.values()) {
					KnoxResult result = KnoxTest.run(events,
							new KnoxSettings(spatial, temporal, convention, metric, 0, c));
					long[][] expected = BruteForceKnox.observed(events, spatial, temporal,
							convention == IntervalConvention.RIGHT_CLOSED, metric == DistanceMetric.MANHATTAN);
					assertThat(result.observed()).as("case %d, %s, %s", c, convention, metric).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void observedCountsDoNotDependOnTheOrderOfTheEvents() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(5000 + c);
			List<KnoxEvent> events = randomEvents(random, 2 + random.nextInt(200), 1 + random.nextInt(100),
					1 + random.nextInt(30));
			KnoxSettings settings = new KnoxSettings(randomEdges(random, 20), randomEdges(random, 8),
					random.nextBoolean() ? IntervalConvention.RIGHT_CLOSED : IntervalConvention.LEFT_CLOSED,
					random.nextBoolean() ? DistanceMetric.EUCLIDEAN : DistanceMetric.MANHATTAN, 0, c);
			List<KnoxEvent> shuffled = new ArrayList<>(events);
			Collections.shuffle(shuffled, random);
			assertThat(KnoxTest.run(shuffled, settings).observed()).as("case %d", c)
				.isEqualTo(KnoxTest.run(events, settings).observed());
		}
	}

	/**
	 * Whole-number times take a faster path (integer gaps, a band table); shifting every time by half a
	 * unit keeps every gap but forces the general path. Both must give the same result, simulations and all.
	 */
	@Test
	void wholeAndFractionalTimesWithTheSameGapsGiveTheSameResult() {
		for (int c = 0; c < 100; c++) {
			Random random = new Random(7000 + c);
			List<KnoxEvent> events = randomEvents(random, 2 + random.nextInt(150), 1 + random.nextInt(50),
					1 + random.nextInt(40));
			List<KnoxEvent> shifted = events.stream().map(e -> new KnoxEvent(e.x(), e.y(), e.time() + 0.5)).toList();
			KnoxSettings settings = new KnoxSettings(randomEdges(random, 15), randomEdges(random, 10),
					random.nextBoolean() ? IntervalConvention.RIGHT_CLOSED : IntervalConvention.LEFT_CLOSED,
					DistanceMetric.EUCLIDEAN, 1 + random.nextInt(20), c);
			assertThat(KnoxTest.run(shifted, settings)).as("case %d", c).isEqualTo(KnoxTest.run(events, settings));
		}
	}

	@Test
	void pValuesFollowTheirSimulationsAndLieInRange() {
		for (int c = 0; c < 50; c++) {
			Random random = new Random(9000 + c);
			List<KnoxEvent> events = randomEvents(random, 2 + random.nextInt(100), 30, 20);
			int iterations = 1 + random.nextInt(30);
			KnoxResult result = KnoxTest.run(events, new KnoxSettings(randomEdges(random, 10), randomEdges(random, 5),
					IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, iterations, c));
			long[][] observed = result.observed();
			for (int s = 0; s < observed.length; s++) {
				for (int t = 0; t < observed[s].length; t++) {
					long atLeast = 0;
					for (long sim : result.simulated(s, t)) {
						atLeast += sim >= observed[s][t] ? 1 : 0;
					}
					assertThat(result.pValue(s, t)).as("case %d", c).isEqualTo((1.0 + atLeast) / (iterations + 1.0))
						.isGreaterThanOrEqualTo(1.0 / (iterations + 1)).isLessThanOrEqualTo(1.0);
				}
			}
		}
	}

}
