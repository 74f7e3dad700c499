package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

/**
 * Properties of coverage selection and scoring over many seeded random grids, masks, risks (with many
 * ties) and outcomes. Coverages are whole percentages so that ⌊N·c⌋ is computed here in integers,
 * independently of the code under test; each failure names its case seed.
 */
class ForecastPropertyTests {

	private static final int CASES = 500;

	private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

	private record Case(Grid grid, double[] risk, List<ForecastEvent> events) {
	}

	private static Case randomCase(Random random) {
		int columns = 1 + random.nextInt(15);
		int rows = 1 + random.nextInt(15);
		boolean[] mask = new boolean[columns * rows];
		double maskShare = random.nextDouble() * 0.6;
		for (int i = 0; i < mask.length; i++) {
			mask[i] = random.nextDouble() < maskShare;
		}
		Grid grid = Grid.of(100, 200, 10, columns, rows).withExcluded(mask);
		double[] risk = new double[mask.length];
		int levels = 1 + random.nextInt(5); // few levels: many ties
		boolean continuous = random.nextInt(4) == 0;
		for (int i = 0; i < risk.length; i++) {
			risk[i] = continuous ? random.nextDouble() : random.nextInt(levels);
		}
		List<ForecastEvent> events = new ArrayList<>();
		int n = random.nextInt(60);
		for (int i = 0; i < n; i++) {
			// Some land outside the grid.
			double x = 90 + random.nextDouble() * (columns * 10 + 20);
			double y = 190 + random.nextDouble() * (rows * 10 + 20);
			events.add(ForecastEvent.on(x, y, DAY));
		}
		return new Case(grid, risk, events);
	}

	private static List<Double> percentages() {
		List<Double> coverages = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent++) {
			coverages.add(percent / 100.0);
		}
		return coverages;
	}

	@Test
	void exactlyFloorOfNTimesCCellsAreFlaggedAndTheyAreTheRiskiest() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(20_000 + c);
			Case k = randomCase(random);
			int n = k.grid().includedCount();
			for (int percent = 0; percent <= 100; percent++) {
				boolean[] flagged = CoverageSelection.select(k.grid(), k.risk(), percent / 100.0);
				int count = 0;
				double lowestFlagged = Double.POSITIVE_INFINITY;
				double highestUnflagged = Double.NEGATIVE_INFINITY;
				for (int cell = 0; cell < flagged.length; cell++) {
					if (k.grid().isExcluded(cell)) {
						assertThat(flagged[cell]).as("case %d: excluded cell %d flagged", c, cell).isFalse();
					}
					else if (flagged[cell]) {
						count++;
						lowestFlagged = Math.min(lowestFlagged, k.risk()[cell]);
					}
					else {
						highestUnflagged = Math.max(highestUnflagged, k.risk()[cell]);
					}
				}
				assertThat(count).as("case %d at %d%%", c, percent).isEqualTo(n * percent / 100);
				assertThat(lowestFlagged).as("case %d at %d%%", c, percent).isGreaterThanOrEqualTo(highestUnflagged);
				// Ties at the threshold: every unflagged tied cell comes before every flagged tied cell.
				int lastUnflaggedTie = -1;
				int firstFlaggedTie = Integer.MAX_VALUE;
				for (int cell = 0; cell < flagged.length; cell++) {
					if (k.grid().isIncluded(cell) && k.risk()[cell] == lowestFlagged) {
						if (flagged[cell]) {
							firstFlaggedTie = Math.min(firstFlaggedTie, cell);
						}
						else {
							lastUnflaggedTie = cell;
						}
					}
				}
				assertThat(lastUnflaggedTie).as("case %d at %d%%", c, percent).isLessThan(firstFlaggedTie);
			}
		}
	}

	@Test
	void hitRateNeverFallsAsCoverageGrows() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(30_000 + c);
			Case k = randomCase(random);
			List<ForecastScore> scores = ForecastScoring.score(k.grid(), k.risk(), CellCounts.of(k.grid(), k.events()),
					percentages());
			for (int i = 1; i < scores.size(); i++) {
				ForecastScore before = scores.get(i - 1);
				ForecastScore after = scores.get(i);
				assertThat(after.captured()).as("case %d", c).isGreaterThanOrEqualTo(before.captured());
				if (!Double.isNaN(before.hitRate())) {
					assertThat(after.hitRate()).as("case %d", c).isGreaterThanOrEqualTo(before.hitRate());
				}
			}
		}
	}

	@Test
	void aUniformOutcomeHasPaiAndPeiOneWheneverACellIsFlagged() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(40_000 + c);
			Case k = randomCase(random);
			Grid grid = k.grid();
			List<ForecastEvent> oneEach = new ArrayList<>();
			for (int cell = 0; cell < grid.cellCount(); cell++) {
				if (grid.isIncluded(cell)) {
					oneEach.add(ForecastEvent.on(grid.centreX(grid.column(cell)), grid.centreY(grid.row(cell)), DAY));
				}
			}
			for (ForecastScore score : ForecastScoring.score(grid, k.risk(), CellCounts.of(grid, oneEach),
					percentages())) {
				if (score.flaggedCells() > 0) {
					assertThat(score.pai()).as("case %d at %s", c, score.coverage()).isCloseTo(1.0, within(1e-12));
					assertThat(score.pei()).as("case %d at %s", c, score.coverage()).isEqualTo(1.0);
				}
				else {
					assertThat(score.pai()).isNaN();
				}
			}
		}
	}

	@Test
	void peiLiesBetweenZeroAndOneAndCountsAddUp() {
		for (int c = 0; c < CASES; c++) {
			Random random = new Random(50_000 + c);
			Case k = randomCase(random);
			CellCounts outcome = CellCounts.of(k.grid(), k.events());
			assertThat(outcome.inIncludedCells() + outcome.outsideGrid() + outcome.inExcludedCells())
				.isEqualTo(k.events().size());
			for (ForecastScore score : ForecastScoring.score(k.grid(), k.risk(), outcome, percentages())) {
				assertThat(score.captured()).isLessThanOrEqualTo(score.bestCaptured());
				assertThat(score.bestCaptured()).isLessThanOrEqualTo(score.events());
				if (!Double.isNaN(score.pei())) {
					assertThat(score.pei()).as("case %d", c).isBetween(0.0, 1.0);
				}
			}
		}
	}

}
