package org.csphub.analysis.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnoxTests {

	/**
	 * A and B are 1 m apart and 1 day apart; C is 100 m away and 50 days later. With one 10 m band only the
	 * pair A-B counts. Under the permutation A-B keep a gap of at most 5 days only when they receive the
	 * times {0, 1}, so every simulated count of the first cell is 0 or 1, and of the second cell 1 or 0.
	 */
	private static final List<KnoxEvent> THREE = List.of(new KnoxEvent(0, 0, 0), new KnoxEvent(1, 0, 1),
			new KnoxEvent(100, 0, 50));

	@Test
	void pValueIsOnePlusSimulationsAtLeastObservedOverIterationsPlusOne() {
		KnoxResult result = KnoxTest.run(THREE, new KnoxSettings(new double[] { 10 }, new double[] { 5, 100 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 99, 7));
		assertThat(result.observed()).isEqualTo(new long[][] { { 1, 0 } });
		long[] close = result.simulated(0, 0);
		long[] later = result.simulated(0, 1);
		assertThat(close).hasSize(99).containsOnly(0L, 1L);
		long k = 0;
		for (int i = 0; i < 99; i++) {
			k += close[i];
			assertThat(close[i] + later[i]).isEqualTo(1); // the pair is always in exactly one time band
		}
		// Probability 1/3 per permutation: some but not all of the 99 reach the observed 1.
		assertThat(k).isBetween(20L, 50L);
		assertThat(result.pValue(0, 0)).isEqualTo((1.0 + k) / 100.0);
		assertThat(result.meanSimulated()[0][0]).isEqualTo(k / 99.0);
		assertThat(result.medianSimulated()[0][0]).isZero(); // fewer than half the permutations give 1
		assertThat(result.ratioToMean()[0][0]).isEqualTo(1 / (k / 99.0));
		// Division by a zero median: something observed over nothing expected is +Infinity.
		assertThat(result.ratioToMedian()[0][0]).isEqualTo(Double.POSITIVE_INFINITY);
		// Nothing observed: every simulation is at least 0, so p = (1 + 99) / 100 = 1, and the ratio is 0.
		assertThat(result.pValue(0, 1)).isEqualTo(1.0);
		assertThat(result.meanSimulated()[0][1]).isEqualTo((99 - k) / 99.0);
		assertThat(result.medianSimulated()[0][1]).isEqualTo(1.0);
		assertThat(result.ratioToMean()[0][1]).isZero();
	}

	@Test
	void zeroOverZeroRatioIsNaN() {
		// The two events are 50 days apart: nothing in [0, 5] observed or simulated.
		KnoxResult result = KnoxTest.run(List.of(new KnoxEvent(0, 0, 0), new KnoxEvent(1, 0, 50)),
				new KnoxSettings(new double[] { 10 }, new double[] { 5 }, IntervalConvention.RIGHT_CLOSED,
						DistanceMetric.EUCLIDEAN, 9, 1));
		assertThat(result.observed(0, 0)).isZero();
		assertThat(result.meanSimulated()[0][0]).isZero();
		assertThat(result.ratioToMean()[0][0]).isNaN();
		assertThat(result.pValue(0, 0)).isEqualTo(1.0);
	}

	@Test
	void withoutIterationsOnlyTheObservedCountsAreMeaningful() {
		KnoxResult result = KnoxTest.run(THREE, new KnoxSettings(new double[] { 10 }, new double[] { 5 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 0, 7));
		assertThat(result.observed(0, 0)).isEqualTo(1);
		assertThat(result.pValue(0, 0)).isEqualTo(1.0);
		assertThat(result.meanSimulated()[0][0]).isNaN();
		assertThat(result.medianSimulated()[0][0]).isNaN();
		assertThat(result.ratioToMean()[0][0]).isNaN();
		assertThat(result.simulated(0, 0)).isEmpty();
	}

	@Test
	void theSameSeedGivesTheSameResult() {
		List<KnoxEvent> events = KnoxPropertyTests.randomEvents(new java.util.Random(3), 300, 500, 60);
		KnoxSettings settings = new KnoxSettings(new double[] { 20, 50, 100 }, new double[] { 3, 7, 14 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 49, 12345);
		KnoxResult first = KnoxTest.run(events, settings);
		KnoxResult second = KnoxTest.run(events, settings);
		assertThat(second).isEqualTo(first);
		assertThat(second.pValues()).isEqualTo(first.pValues());
		KnoxResult otherSeed = KnoxTest.run(events, settings.withSeed(54321));
		assertThat(otherSeed.observed()).isEqualTo(first.observed());
		assertThat(otherSeed.simulated()).isNotEqualTo(first.simulated());
	}

	/**
	 * A (0,0), B (3,4) and C (6,0), all on the same day. Euclidean: AB = BC = 5, AC = 6. Manhattan: AB = BC
	 * = 3 + 4 = 7, AC = 6. Bands [5, 10].
	 */
	@Test
	void manhattanDistanceOnAHandExample() {
		LocalDate day = LocalDate.of(2024, 5, 1);
		List<KnoxEvent> events = List.of(KnoxEvent.on(0, 0, day), KnoxEvent.on(3, 4, day), KnoxEvent.on(6, 0, day));
		double[] spatial = { 5, 10 };
		double[] temporal = { 1 };
		KnoxSettings euclidean = new KnoxSettings(spatial, temporal, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 0, 0);
		// Right-closed [0,5], (5,10]: AB and BC (5) in the first band, AC (6) in the second.
		assertThat(KnoxTest.run(events, euclidean).observed()).isEqualTo(new long[][] { { 2 }, { 1 } });
		// Manhattan: 7, 7 and 6 are all in (5,10].
		assertThat(KnoxTest.run(events, euclidean.withMetric(DistanceMetric.MANHATTAN)).observed())
			.isEqualTo(new long[][] { { 0 }, { 3 } });
		// Left-closed [0,5), [5,10): 5 moves up a band, so all three pairs are in the second band either way.
		assertThat(KnoxTest.run(events, euclidean.withConvention(IntervalConvention.LEFT_CLOSED)).observed())
			.isEqualTo(new long[][] { { 0 }, { 3 } });
		assertThat(DistanceMetric.MANHATTAN.distance(3, -4)).isEqualTo(7);
		assertThat(DistanceMetric.EUCLIDEAN.distance(3, -4)).isEqualTo(5);
	}

	@Test
	void datesAreWholeDaysApartAndTheEdgeDayFollowsTheConvention() {
		// 7 days apart, same place: in [0,7] when right-closed, in [7,14) when left-closed.
		List<KnoxEvent> events = List.of(KnoxEvent.on(0, 0, LocalDate.of(2016, 2, 25)),
				KnoxEvent.on(0, 0, LocalDate.of(2016, 3, 3)));
		KnoxSettings settings = new KnoxSettings(new double[] { 1 }, new double[] { 7, 14 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 0, 0);
		assertThat(KnoxTest.run(events, settings).observed()).isEqualTo(new long[][] { { 1, 0 } });
		assertThat(KnoxTest.run(events, settings.withConvention(IntervalConvention.LEFT_CLOSED)).observed())
			.isEqualTo(new long[][] { { 0, 1 } });
	}

	@Test
	void fewerThanTwoEventsHaveNoPairs() {
		KnoxSettings settings = new KnoxSettings(new double[] { 1 }, new double[] { 1 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 5, 0);
		assertThat(KnoxTest.run(List.of(), settings).observed()).isEqualTo(new long[][] { { 0 } });
		KnoxResult one = KnoxTest.run(List.of(new KnoxEvent(1, 1, 1)), settings);
		assertThat(one.observed()).isEqualTo(new long[][] { { 0 } });
		assertThat(one.pValue(0, 0)).isEqualTo(1.0);
	}

	@Test
	void aZeroFirstEdgeCountsOnlyTheSamePlaceWhenRightClosed() {
		List<KnoxEvent> events = List.of(new KnoxEvent(5, 5, 0), new KnoxEvent(5, 5, 2), new KnoxEvent(5, 6, 1));
		KnoxSettings settings = new KnoxSettings(new double[] { 0 }, new double[] { 10 },
				IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN, 0, 0);
		assertThat(KnoxTest.run(events, settings).observed()).isEqualTo(new long[][] { { 1 } });
	}

	@Test
	void refusesNonsense() {
		double[] ok = { 1, 2 };
		assertThatThrownBy(() -> new KnoxSettings(new double[] { 2, 1 }, ok, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 1, 0)).hasMessageContaining("increase strictly");
		assertThatThrownBy(() -> new KnoxSettings(new double[] {}, ok, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 1, 0)).hasMessageContaining("At least one");
		assertThatThrownBy(() -> new KnoxSettings(ok, new double[] { -1 }, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 1, 0)).hasMessageContaining("not negative");
		assertThatThrownBy(() -> new KnoxSettings(new double[] { 0, 1 }, ok, IntervalConvention.LEFT_CLOSED,
				DistanceMetric.EUCLIDEAN, 1, 0)).hasMessageContaining("positive");
		assertThatThrownBy(() -> new KnoxSettings(ok, ok, IntervalConvention.LEFT_CLOSED, DistanceMetric.EUCLIDEAN, -1,
				0)).hasMessageContaining("negative");
		assertThatThrownBy(() -> new KnoxEvent(Double.NaN, 0, 0)).hasMessageContaining("finite");
	}

	@Test
	void settingsAreCopiedInAndOut() {
		double[] edges = { 1, 2 };
		KnoxSettings settings = new KnoxSettings(edges, edges, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 1, 0);
		edges[0] = 0.5;
		settings.spatialEdges()[1] = 9;
		assertThat(settings.spatialEdges()).containsExactly(1, 2);
		assertThat(settings.temporalEdges()).containsExactly(1, 2);
	}

}
