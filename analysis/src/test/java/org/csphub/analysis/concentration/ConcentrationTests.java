package org.csphub.analysis.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ConcentrationTests {

	@Test
	void giniIsZeroForEqualPlacesAndMaximalForOneBusyPlace() {
		assertThat(LorenzCurve.of(PlaceCounts.of(Map.of("a", 5L, "b", 5L, "c", 5L), false)).gini()).hasValue(0.0);
		// Four places, all 10 incidents in one: G = (n − 1)/n = 0.75.
		LorenzCurve one = LorenzCurve.of(PlaceCounts.of(Map.of("d", 10L), List.of("a", "b", "c", "d"), false));
		assertThat(one.gini().getAsDouble()).isCloseTo(0.75, within(1e-15));
		assertThat(one.points()).containsExactly(new LorenzCurve.Point(0, 0), new LorenzCurve.Point(0.25, 0),
				new LorenzCurve.Point(0.5, 0), new LorenzCurve.Point(0.75, 0), new LorenzCurve.Point(1, 1));
		// Without the empty places the same incidents look perfectly equal.
		assertThat(LorenzCurve.of(PlaceCounts.of(Map.of("d", 10L), false)).gini()).hasValue(0.0);
	}

	@Test
	void giniOfAHandWorkedExample() {
		// Counts 1, 2, 3, 4 (T = 10, n = 4). Σ|xi − xj| over ordered pairs = 2 × (1+2+3+1+2+1) = 20;
		// G = 20 / (2 × 16 × 2.5) = 0.25. The curve: 0, 0.1, 0.3, 0.6, 1.
		LorenzCurve curve = LorenzCurve.of(PlaceCounts.of(Map.of("a", 3L, "b", 1L, "c", 4L, "d", 2L), false));
		assertThat(curve.gini().getAsDouble()).isCloseTo(0.25, within(1e-15));
		assertThat(curve.points()).extracting(LorenzCurve.Point::incidentShare)
			.usingComparatorForType((x, y) -> Math.abs(x - y) < 1e-15 ? 0 : Double.compare(x, y), Double.class)
			.containsExactly(0.0, 0.1, 0.3, 0.6, 1.0);
	}

	@Test
	void giniEqualsTheMeanAbsoluteDifferenceAndOneMinusTwiceTheAreaForRandomCounts() {
		Random random = new Random(2718L);
		for (int k = 0; k < 300; k++) {
			int n = 1 + random.nextInt(40);
			Map<String, Long> counts = new HashMap<>();
			long[] x = new long[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(50);
				counts.put("p" + i, x[i]);
			}
			long total = 0;
			double absolute = 0;
			for (int i = 0; i < n; i++) {
				total += x[i];
				for (int j = 0; j < n; j++) {
					absolute += Math.abs(x[i] - x[j]);
				}
			}
			LorenzCurve curve = LorenzCurve.of(PlaceCounts.of(counts, false));
			if (total == 0) {
				assertThat(curve.gini()).isEmpty();
				continue;
			}
			double expected = absolute / (2.0 * n * n * ((double) total / n));
			assertThat(curve.gini().getAsDouble()).isCloseTo(expected, within(1e-12));
			double area = 0;
			for (int i = 1; i < curve.points().size(); i++) {
				LorenzCurve.Point a = curve.points().get(i - 1);
				LorenzCurve.Point b = curve.points().get(i);
				area += (b.placeShare() - a.placeShare()) * (a.incidentShare() + b.incidentShare()) / 2;
			}
			assertThat(curve.gini().getAsDouble()).isCloseTo(1 - 2 * area, within(1e-12));
		}
	}

	@Test
	void topPlacesTakeTheFloorOfTheFractionAndBreakTiesByCode() {
		// 10 places: c 20, a 10, b 10, d 5, the rest 1 each (6) → total 51.
		Map<String, Long> counts = new HashMap<>(Map.of("c", 20L, "a", 10L, "b", 10L, "d", 5L));
		for (int i = 0; i < 6; i++) {
			counts.put("z" + i, 1L);
		}
		PlaceCounts places = PlaceCounts.of(counts, true);
		TopPlaces top20 = TopPlaces.topFraction(places, 0.2);
		assertThat(top20.placeCount()).isEqualTo(2);
		assertThat(top20.places()).containsExactly("c", "a"); // b ties with a; a comes first by code
		assertThat(top20.tiedAtCutOff()).isTrue();
		assertThat(top20.incidentsInTop()).isEqualTo(30);
		assertThat(top20.share().getAsDouble()).isCloseTo(30 / 51.0, within(1e-15));
		assertThat(top20.caveat()).contains(PlaceCounts.SNAPPED_LOCATIONS_CAVEAT);
		TopPlaces top30 = TopPlaces.topFraction(places, 0.3);
		assertThat(top30.places()).containsExactly("c", "a", "b");
		assertThat(top30.tiedAtCutOff()).isFalse();
		assertThat(TopPlaces.topFraction(places, 0.05).placeCount()).isZero();
		assertThat(TopPlaces.topFraction(places, 0.05).share()).hasValue(0.0);
		assertThat(TopPlaces.topFraction(places, 1).share()).hasValue(1.0);
		// Half of the 51 incidents (25.5) needs c and a: 30.
		TopPlaces half = TopPlaces.holding(places, 0.5);
		assertThat(half.places()).containsExactly("c", "a");
		assertThat(half.placeShare()).hasValue(0.2);
		assertThat(TopPlaces.holding(places, 0).placeCount()).isZero();
		assertThat(TopPlaces.holding(places, 1).placeCount()).isEqualTo(10);
	}

	@Test
	void decimalFractionsOfPlacesAreNotLostToRounding() {
		Map<String, Long> counts = new HashMap<>();
		for (int i = 0; i < 100; i++) {
			counts.put(String.format("p%03d", i), (long) i);
		}
		// 0.29 × 100 is 28.999999999999996 in binary floating point.
		assertThat(TopPlaces.topFraction(PlaceCounts.of(counts, false), 0.29).placeCount()).isEqualTo(29);
	}

	@Test
	void repeatLocationsCountPlacesAtOrAboveTheThresholdAndCarryTheCaveat() {
		PlaceCounts places = PlaceCounts.of(Map.of("p1", 1L, "p2", 2L, "p3", 5L, "p4", 3L, "p5", 0L), true);
		RepeatLocations repeats = RepeatLocations.find(places, 3);
		assertThat(repeats.locationCount()).isEqualTo(2);
		assertThat(repeats.locations()).containsExactly(Map.entry("p3", 5L), Map.entry("p4", 3L));
		assertThat(repeats.incidentsAtRepeatLocations()).isEqualTo(8);
		assertThat(repeats.totalIncidents()).isEqualTo(11);
		assertThat(repeats.shareAtRepeatLocations().getAsDouble()).isCloseTo(8 / 11.0, within(1e-15));
		// Incidents after the first at a place: 0 + 1 + 4 + 2 + 0 = 7.
		assertThat(repeats.repeatIncidents()).isEqualTo(7);
		assertThat(repeats.locationsSnapped()).isTrue();
		assertThat(repeats.caveat()).hasValueSatisfying(text -> assertThat(text).contains("not necessarily one address"));
		RepeatLocations exact = RepeatLocations.find(PlaceCounts.of(Map.of("a", 4L), false), 2);
		assertThat(exact.caveat()).isEmpty();
		assertThatThrownBy(() -> RepeatLocations.find(places, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noIncidentsLeaveTheMeasuresUnavailable() {
		PlaceCounts empty = PlaceCounts.of(Map.of(), List.of("a", "b"), true);
		assertThat(LorenzCurve.of(empty).gini()).isEmpty();
		assertThat(LorenzCurve.of(empty).caveat()).isPresent();
		assertThat(TopPlaces.topFraction(empty, 0.5).share()).isEmpty();
		assertThat(RepeatLocations.find(empty, 2).shareAtRepeatLocations()).isEmpty();
		assertThatThrownBy(() -> PlaceCounts.of(Map.of("a", -1L), false)).isInstanceOf(IllegalArgumentException.class);
	}

}
