package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.junit.jupiter.api.Test;

class GridHotspotsTests {

	/** Gi* straight from the reference README's formula, binary queen weights with self, by loops. */
	private static double giStarByDefinition(Grid grid, double[] counts, int cell) {
		int n = 0;
		double sum = 0;
		double squares = 0;
		for (int c = 0; c < counts.length; c++) {
			if (grid.isIncluded(c)) {
				n++;
				sum += counts[c];
				squares += counts[c] * counts[c];
			}
		}
		double mean = sum / n;
		double s = Math.sqrt(squares / n - mean * mean);
		double weighted = 0;
		int neighbours = 0; // Σ wij = Σ wij² for binary weights
		for (int c = 0; c < counts.length; c++) {
			boolean queen = Math.abs(grid.column(c) - grid.column(cell)) <= 1 && Math.abs(grid.row(c) - grid.row(cell)) <= 1;
			if (grid.isIncluded(c) && queen) {
				weighted += counts[c];
				neighbours++;
			}
		}
		return (weighted - mean * neighbours)
				/ (s * Math.sqrt((n * (double) neighbours - (double) neighbours * neighbours) / (n - 1)));
	}

	@Test
	void zScoresFollowTheOrdGetisFormulaOverIncludedCells() {
		boolean[] mask = new boolean[49];
		mask[0] = true;
		mask[24] = true;
		Grid grid = Grid.of(0, 0, 100, 7, 7).withExcluded(mask);
		SplittableRandom random = new SplittableRandom(17);
		double[] counts = new double[49];
		for (int c = 0; c < 49; c++) {
			counts[c] = random.nextInt(10);
		}
		counts[0] = 1000; // excluded: must not matter
		GridHotspotMap map = GridHotspots.giStar(grid, counts, GridNeighbourhood.queen(), Correction.NONE, 0.05);
		for (int c = 0; c < 49; c++) {
			if (grid.isIncluded(c)) {
				assertThat(map.z(c)).as("cell %d", c).isCloseTo(giStarByDefinition(grid, counts, c), within(1e-12));
				assertThat(map.p(c)).isCloseTo(2 * Inputs.NORMAL.cumulativeProbability(-Math.abs(map.z(c))), within(1e-15));
			}
			else {
				assertThat(map.z(c)).isNaN();
				assertThat(map.hotspotClass(c)).isEqualTo(HotspotClass.NOT_SIGNIFICANT);
				assertThat(map.isSignificant(c)).isFalse();
			}
		}
	}

	@Test
	void aClusterOfHighCountsIsAHotSpotAndClassesFollowTheLevels() {
		Grid grid = Grid.of(0, 0, 100, 20, 20);
		double[] counts = new double[400];
		SplittableRandom random = new SplittableRandom(8);
		for (int c = 0; c < 400; c++) {
			counts[c] = random.nextInt(3);
		}
		for (int row = 9; row <= 11; row++) {
			for (int column = 9; column <= 11; column++) {
				counts[grid.index(column, row)] = 12;
			}
		}
		GridHotspotMap map = GridHotspots.giStar(grid, counts, GridNeighbourhood.queen(), Correction.NONE, 0.05);
		assertThat(map.hotspotClass(grid.index(10, 10))).isEqualTo(HotspotClass.HOT_99);
		for (int c = 0; c < 400; c++) {
			double p = map.p(c);
			HotspotClass expected = p <= 0.01 ? (map.z(c) > 0 ? HotspotClass.HOT_99 : HotspotClass.COLD_99)
					: p <= 0.05 ? (map.z(c) > 0 ? HotspotClass.HOT_95 : HotspotClass.COLD_95)
							: p <= 0.10 ? (map.z(c) > 0 ? HotspotClass.HOT_90 : HotspotClass.COLD_90)
									: HotspotClass.NOT_SIGNIFICANT;
			assertThat(map.hotspotClass(c)).as("cell %d p %s", c, p).isEqualTo(expected);
			assertThat(map.isSignificant(c)).isEqualTo(p <= 0.05);
		}
		// False discovery rate control flags no more cells, and every flagged cell is in a class.
		GridHotspotMap fdr = GridHotspots.giStar(grid, counts, GridNeighbourhood.queen(), Correction.BENJAMINI_HOCHBERG,
				0.05);
		int flagged = 0;
		int fdrFlagged = 0;
		for (int c = 0; c < 400; c++) {
			flagged += map.isSignificant(c) ? 1 : 0;
			fdrFlagged += fdr.isSignificant(c) ? 1 : 0;
			if (fdr.isSignificant(c)) {
				assertThat(fdr.hotspotClass(c).bin()).isNotZero();
			}
		}
		assertThat(fdrFlagged).isPositive().isLessThan(flagged);
		assertThat(fdr.significant()).containsExactly(MultipleTesting.benjaminiHochberg(map.p(), 0.05));
	}

	@Test
	void aDistanceBandOfOneCellIsRookContiguity() {
		Grid grid = Grid.of(0, 0, 50, 6, 5);
		double[] counts = new double[30];
		for (int c = 0; c < 30; c++) {
			counts[c] = (c * 7) % 5;
		}
		assertThat(GridHotspots.giStar(grid, counts, GridNeighbourhood.distanceBand(50), Correction.NONE, 0.1))
				.isEqualTo(GridHotspots.giStar(grid, counts, GridNeighbourhood.rook(), Correction.NONE, 0.1));
	}

	@Test
	void countsEventsInHalfOpenCells() {
		Grid grid = Grid.of(0, 0, 10, 2, 2);
		double[] counts = GridHotspots.countEvents(grid, new double[] { 0, 10, 9.99, 20, 5 },
				new double[] { 0, 0, 9.99, 5, 15 });
		assertThat(counts).containsExactly(2, 1, 1, 0);
	}

	@Test
	void refusesNonsense() {
		Grid grid = Grid.of(0, 0, 10, 2, 2);
		assertThatThrownBy(() -> GridHotspots.giStar(grid, new double[3], GridNeighbourhood.queen(), Correction.NONE, 0.05))
				.hasMessageContaining("3 counts for 4 cells");
		assertThatThrownBy(() -> GridNeighbourhood.distanceBand(-1)).hasMessageContaining("distance band");
		assertThatThrownBy(() -> new GridNeighbourhood(GridNeighbourhood.Kind.QUEEN, 5)).hasMessageContaining("threshold");
	}

}
