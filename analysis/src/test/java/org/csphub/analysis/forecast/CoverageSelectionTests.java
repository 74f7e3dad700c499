package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

/** Coverage selection and the hit-rate fixture of reference section 3 (open_cp tests). */
class CoverageSelectionTests {

	private static Grid row(int cells) {
		return Grid.of(0, 0, 1, cells, 1);
	}

	@Test
	void distinctRisksFlagTheTopFloorOfNTimesC() {
		double[] risk = { 1, 2, 3, 4, 5, 6 };
		// 6 × 0.7 = 4.2: the 4 cells with risk > 2.
		assertThat(CoverageSelection.select(row(6), risk, 0.7)).containsExactly(false, false, true, true, true, true);
		// 6 × 0.6 = 3.6: risk > 3.
		assertThat(CoverageSelection.select(row(6), risk, 0.6)).containsExactly(false, false, false, true, true, true);
		assertThat(CoverageSelection.select(row(6), risk, 1.0)).containsOnly(true);
		assertThat(CoverageSelection.select(row(6), risk, 0.0)).containsOnly(false);
	}

	@Test
	void tiesAtTheThresholdKeepTheLaterCellsInRowMajorOrder() {
		assertThat(CoverageSelection.select(row(6), new double[] { 1, 1, 1, 2, 3, 4 }, 0.7))
			.containsExactly(false, false, true, true, true, true);
		assertThat(CoverageSelection.select(row(6), new double[] { 2, 3, 4, 1, 1, 1 }, 0.7))
			.containsExactly(true, true, true, false, false, true);
	}

	@Test
	void maskedCellsAreNeverFlaggedNorCounted() {
		Grid grid = row(6).withExcluded(new boolean[] { true, false, false, false, true, false });
		double[] risk = { 1, 2, 3, 0, 4, 5 };
		assertThat(CoverageSelection.select(grid, risk, 1.0)).containsExactly(false, true, true, true, false, true);
		assertThat(CoverageSelection.select(grid, risk, 0.0)).containsOnly(false);
		assertThat(CoverageSelection.select(grid, risk, 0.5)).containsExactly(false, false, true, false, false, true);
		assertThat(CoverageSelection.select(grid, risk, 0.4)).containsExactly(false, false, false, false, false, true);
	}

	/**
	 * Risk [[1,2,3,4],[5,6,7,8]] (row 0 south) on a 4 × 2 grid with one event in every cell: 1%, 2% and 5%
	 * of 8 cells flag none (hit rate 0); 49% flags 3 (3/8); 50% flags 4 (1/2); 100% all (1).
	 */
	@Test
	void theHitRateFixture() {
		Grid grid = Grid.of(2, 3, 10, 4, 2);
		double[] risk = { 1, 2, 3, 4, 5, 6, 7, 8 };
		List<ForecastEvent> events = new java.util.ArrayList<>();
		for (int row = 0; row < 2; row++) {
			for (int column = 0; column < 4; column++) {
				events.add(ForecastEvent.on(2 + 5 + 10 * column, 3 + 5 + 10 * row, java.time.LocalDate.of(2017, 1, 1)));
			}
		}
		CellCounts outcome = CellCounts.of(grid, events);
		List<ForecastScore> scores = ForecastScoring.score(grid, risk, outcome, List.of(0.01, 0.02, 0.05, 0.49, 0.5, 1.0));
		assertThat(scores).extracting(ForecastScore::flaggedCells).containsExactly(0, 0, 0, 3, 4, 8);
		assertThat(scores).extracting(ForecastScore::hitRate).containsExactly(0.0, 0.0, 0.0, 3.0 / 8, 0.5, 1.0);
		// Uniform outcome: PAI 1 whenever a cell is flagged.
		assertThat(scores.get(3).pai()).isEqualTo(1.0);
		assertThat(scores.get(5).pai()).isEqualTo(1.0);
		assertThat(scores.get(0).pai()).isNaN();
	}

	@Test
	void coverageIsTakenAsTheDecimalItPrintsAs() {
		// 0.29 × 100 is 28.999999999999996 in binary floating point; the decimal product is 29.
		assertThat(CoverageSelection.flaggedCount(100, 0.29)).isEqualTo(29);
		assertThat(CoverageSelection.flaggedCount(100, 0.07)).isEqualTo(7);
		assertThat(CoverageSelection.flaggedCount(6, 0.7)).isEqualTo(4);
		assertThat(CoverageSelection.flaggedCount(0, 0.5)).isZero();
	}

	@Test
	void negativeZeroTiesWithZeroAndNaNIsRefused() {
		assertThat(CoverageSelection.select(row(3), new double[] { 0.0, -0.0, 0.0 }, 0.34))
			.containsExactly(false, false, true);
		assertThat(CoverageSelection.select(row(3), new double[] { -0.0, 0.0, -0.0 }, 0.34))
			.containsExactly(false, false, true);
		assertThatThrownBy(() -> CoverageSelection.select(row(2), new double[] { 1, Double.NaN }, 0.5))
			.hasMessageContaining("not a number");
		assertThatThrownBy(() -> CoverageSelection.select(row(2), new double[] { 1, 2 }, 1.5))
			.hasMessageContaining("[0, 1]");
		assertThatThrownBy(() -> CoverageSelection.select(row(2), new double[] { 1 }, 0.5))
			.hasMessageContaining("grid has 2");
	}

	@Test
	void aMaskedNaNIsIgnored() {
		Grid grid = row(3).withExcluded(new boolean[] { false, true, false });
		assertThat(CoverageSelection.select(grid, new double[] { 1, Double.NaN, 2 }, 0.5))
			.containsExactly(false, false, true);
	}

}
