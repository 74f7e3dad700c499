package org.csphub.analysis.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class CountCubeTests {

	private static final YearMonth JAN = YearMonth.of(2024, 1);

	private static final YearMonth FEB = YearMonth.of(2024, 2);

	private static final YearMonth MAR = YearMonth.of(2024, 3);

	private static final YearMonth APR = YearMonth.of(2024, 4);

	/** Jan and Apr have rows, Feb is declared covered with none, Mar is missing. */
	private CountCube sample() {
		return CountCube.builder()
			.add("E01000002", "Burglary", JAN, 3)
			.add("E01000001", "Burglary", JAN)
			.add("E01000001", "Burglary", JAN)
			.add("E01000001", "Vehicle crime", APR, 5)
			.add("E01000002", "Burglary", APR, 1)
			.cover(FEB)
			.build();
	}

	@Test
	void countsCellsAndListsKeysInOrder() {
		CountCube cube = sample();
		assertThat(cube.areas()).containsExactly("E01000001", "E01000002");
		assertThat(cube.categories()).containsExactly("Burglary", "Vehicle crime");
		assertThat(cube.months()).containsExactly(JAN, FEB, MAR, APR);
		assertThat(cube.coveredMonths()).containsExactly(JAN, FEB, APR);
		assertThat(cube.count("E01000001", "Burglary", JAN)).hasValue(2);
		assertThat(cube.count("E01000002", "Burglary", JAN)).hasValue(3);
		assertThat(cube.count("E01000001", "Vehicle crime", APR)).hasValue(5);
		assertThat(cube.count("E01000001", "Vehicle crime", JAN)).hasValue(0);
		assertThat(cube.cellsWithIncidents()).isEqualTo(4);
	}

	@Test
	void aCoveredMonthWithoutRowsIsZeroAndAMonthNeverCoveredIsMissing() {
		CountCube cube = sample();
		assertThat(cube.count("E01000001", "Burglary", FEB)).hasValue(0);
		assertThat(cube.count("E01000001", "Burglary", MAR)).isEmpty();
		assertThat(cube.count("E01000001", "Burglary", YearMonth.of(2023, 12))).isEmpty();
		assertThat(cube.count("E01000001", "Burglary", YearMonth.of(2024, 5))).isEmpty();
		// Unknown keys in a covered month: the source covers everything that month, so 0.
		assertThat(cube.count("E01999999", "Robbery", JAN)).hasValue(0);
		assertThat(cube.count("E01999999", "Robbery", MAR)).isEmpty();
	}

	@Test
	void rollUpsAddUpAndReportMissingMonths() {
		CountCube cube = sample();
		Tally all = cube.total(Selection.everything());
		assertThat(all.countInCoveredMonths()).isEqualTo(11);
		assertThat(all.coveredMonths()).isEqualTo(3);
		assertThat(all.missingMonths()).containsExactly(MAR);
		assertThat(all.count()).isEmpty();
		assertThat(all.countSoFar()).hasValue(11);

		Tally janFeb = cube.total(Selection.everything().months(JAN, FEB));
		assertThat(janFeb.count()).hasValue(5);
		assertThat(janFeb.complete()).isTrue();

		Tally marOnly = cube.total(Selection.everything().months(MAR, MAR));
		assertThat(marOnly.count()).isEmpty();
		assertThat(marOnly.countSoFar()).isEmpty();
		assertThat(marOnly.available()).isFalse();

		assertThat(cube.byArea(Selection.everything())).containsOnlyKeys("E01000001", "E01000002");
		assertThat(cube.byArea(Selection.everything()).get("E01000001").countInCoveredMonths()).isEqualTo(7);
		assertThat(cube.byArea(Selection.everything()).get("E01000002").countInCoveredMonths()).isEqualTo(4);
		assertThat(cube.byCategory(Selection.everything()).get("Burglary").countInCoveredMonths()).isEqualTo(6);
		assertThat(cube.byCategory(Selection.everything()).get("Vehicle crime").countInCoveredMonths()).isEqualTo(5);

		MonthlySeries series = cube.byMonth(Selection.everything());
		assertThat(series.first()).isEqualTo(JAN);
		assertThat(series.length()).isEqualTo(4);
		assertThat(series.count(0)).hasValue(5);
		assertThat(series.count(1)).hasValue(0);
		assertThat(series.count(2)).isEmpty();
		assertThat(series.count(3)).hasValue(6);
		assertThat(series.toDoubles()).containsExactly(5, 0, Double.NaN, 6);
	}

	@Test
	void selectionsFilterAreasCategoriesAndMonthsAndMayReachOutsideTheSpan() {
		CountCube cube = sample();
		Selection burglaryInOne = Selection.everything().area("E01000001").category("Burglary");
		assertThat(cube.total(burglaryInOne).countInCoveredMonths()).isEqualTo(2);
		// An area the cube never saw is listed with 0 in the covered months.
		assertThat(cube.byArea(Selection.everything().areas(List.of("E01000001", "E01000009"))))
			.containsOnlyKeys("E01000001", "E01000009");
		assertThat(cube.byArea(Selection.everything().areas(List.of("E01000009"))).get("E01000009").countSoFar())
			.hasValue(0);
		MonthlySeries wide = cube.byMonth(Selection.everything().months(YearMonth.of(2023, 11), YearMonth.of(2024, 5)));
		assertThat(wide.length()).isEqualTo(7);
		assertThat(wide.missingMonths()).containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12), MAR,
				YearMonth.of(2024, 5));
		assertThat(wide.count(JAN)).hasValue(5);
		assertThat(wide.total().countInCoveredMonths()).isEqualTo(11);
	}

	@Test
	void declaredAreasAndCategoriesAreListedWithZeroCounts() {
		CountCube cube = CountCube.builder()
			.declareAreas(List.of("B", "A"))
			.declareCategories(List.of("Robbery"))
			.cover(JAN, MAR)
			.build();
		assertThat(cube.areas()).containsExactly("A", "B");
		assertThat(cube.months()).containsExactly(JAN, FEB, MAR);
		assertThat(cube.total(Selection.everything()).count()).hasValue(0);
		assertThat(cube.byArea(Selection.everything()).get("B").count()).hasValue(0);
	}

	@Test
	void anEmptyCubeHasNoMonthsAndEverythingIsMissing() {
		CountCube cube = CountCube.builder().build();
		assertThat(cube.months()).isEmpty();
		assertThat(cube.count("A", "B", JAN)).isEmpty();
		assertThat(cube.total(Selection.everything()).count()).hasValue(0); // an empty period
		assertThat(cube.total(Selection.everything().months(JAN, FEB)).count()).isEmpty();
		assertThat(cube.byMonth(Selection.everything().months(JAN, FEB)).missingMonths()).containsExactly(JAN, FEB);
	}

	@Test
	void growsPastItsInitialCapacityOnEveryAxis() {
		CountCube.Builder builder = CountCube.builder();
		long expected = 0;
		for (int a = 0; a < 150; a++) {
			for (int c = 0; c < 20; c++) {
				for (int m = 0; m < 40; m += 3) {
					builder.add("A" + a, "C" + c, JAN.plusMonths(m), a + c + m);
					expected += a + c + m;
				}
			}
		}
		CountCube cube = builder.build();
		assertThat(cube.areas()).hasSize(150);
		assertThat(cube.categories()).hasSize(20);
		assertThat(cube.months()).hasSize(40);
		assertThat(cube.count("A149", "C19", JAN.plusMonths(39))).hasValue(149 + 19 + 39);
		assertThat(cube.count("A7", "C3", JAN.plusMonths(36))).hasValue(7 + 3 + 36);
		assertThat(cube.count("A7", "C3", JAN.plusMonths(38))).isEmpty(); // months step by 3
		assertThat(cube.count("A7", "C3", JAN.plusMonths(1))).isEmpty();
		assertThat(cube.total(Selection.everything()).countInCoveredMonths()).isEqualTo(expected);
	}

	@Test
	void refusesNegativeCountsUnknownIdsAndOverflow() {
		CountCube.Builder builder = CountCube.builder();
		assertThatThrownBy(() -> builder.add("A", "B", JAN, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.add(5, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
		builder.add("A", "B", JAN, Long.MAX_VALUE);
		assertThatThrownBy(() -> builder.add("A", "B", JAN, 1)).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Selection.everything().months(FEB, JAN)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void talliesNeverReadAMissingMonthAsZero() {
		Tally partial = new Tally(10, 11, List.of(MAR));
		assertThat(partial.count()).isEqualTo(OptionalLong.empty());
		assertThat(partial.periodMonths()).isEqualTo(12);
		assertThatThrownBy(() -> new Tally(3, 0, List.of(MAR))).isInstanceOf(IllegalArgumentException.class);
	}

}
