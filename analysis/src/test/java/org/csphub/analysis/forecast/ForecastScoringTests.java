package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class ForecastScoringTests {

	private static final LocalDate DAY = LocalDate.of(2024, 4, 2);

	/**
	 * Four included cells of 10 m (a fifth excluded) with risk [4,3,2,1,9] and outcome events [0,1,5,2] in
	 * the included cells, 2 in the excluded cell and 3 outside the grid. At 50%, cells 0 and 1 are flagged:
	 * captured 1 of 8, hit rate 1/8, PAI (1/8)/(2/4) = 1/4; the best two cells hold 5 + 2 = 7, so PEI = 1/7.
	 */
	@Test
	void hitRatePaiAndPeiByHand() {
		Grid grid = Grid.of(0, 0, 10, 5, 1).withExcluded(new boolean[] { false, false, false, false, true });
		List<ForecastEvent> events = new ArrayList<>();
		int[] perCell = { 0, 1, 5, 2, 2 };
		for (int cell = 0; cell < perCell.length; cell++) {
			for (int i = 0; i < perCell[cell]; i++) {
				events.add(ForecastEvent.on(cell * 10 + 5, 5, DAY));
			}
		}
		events.add(ForecastEvent.on(-1, 5, DAY));
		events.add(ForecastEvent.on(5, 10, DAY)); // on the north edge: outside (half-open cells)
		events.add(ForecastEvent.on(50, 5, DAY));
		CellCounts outcome = CellCounts.of(grid, events);
		assertThat(outcome.inIncludedCells()).isEqualTo(8);
		assertThat(outcome.outsideGrid()).isEqualTo(3);
		assertThat(outcome.inExcludedCells()).isEqualTo(2);

		ForecastScore half = ForecastScoring.score(grid, new double[] { 4, 3, 2, 1, 9 }, outcome, 0.5);
		assertThat(half).isEqualTo(new ForecastScore(0.5, 4, 2, 8, 1, 7, 3, 2, 1.0 / 8, 0.25, 1.0 / 7));

		ForecastScore all = ForecastScoring.score(grid, new double[] { 4, 3, 2, 1, 9 }, outcome, 1.0);
		assertThat(all.hitRate()).isEqualTo(1.0);
		assertThat(all.pai()).isEqualTo(1.0);
		assertThat(all.pei()).isEqualTo(1.0);

		// A perfect forecast (risk = what happened) has PEI 1 and the largest PAI: (7/8) / (1/2).
		ForecastScore perfect = ForecastScoring.score(grid, new double[] { 0, 1, 5, 2, 0 }, outcome, 0.5);
		assertThat(perfect.pei()).isEqualTo(1.0);
		assertThat(perfect.pai()).isEqualTo(1.75);
	}

	@Test
	void withoutEventsOrFlaggedCellsTheRatiosAreUndefined() {
		Grid grid = Grid.of(0, 0, 10, 4, 1);
		CellCounts none = CellCounts.of(grid, List.of(ForecastEvent.on(100, 100, DAY)));
		ForecastScore score = ForecastScoring.score(grid, new double[] { 1, 2, 3, 4 }, none, 0.5);
		assertThat(score.events()).isZero();
		assertThat(score.outsideGrid()).isEqualTo(1);
		assertThat(score.hitRate()).isNaN();
		assertThat(score.pai()).isNaN();
		assertThat(score.pei()).isNaN();

		CellCounts one = CellCounts.of(grid, List.of(ForecastEvent.on(5, 5, DAY)));
		ForecastScore nothingFlagged = ForecastScoring.score(grid, new double[] { 1, 2, 3, 4 }, one, 0.1);
		assertThat(nothingFlagged.flaggedCells()).isZero();
		assertThat(nothingFlagged.hitRate()).isZero();
		assertThat(nothingFlagged.pai()).isNaN();
		assertThat(nothingFlagged.pei()).isNaN();
	}

}
