package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class GridWeightsTests {

	@Test
	void rookAndQueenNeighbourCountsOnAThreeByThreeLattice() {
		Grid grid = Grid.of(0, 0, 1, 3, 3);
		SpatialWeights rook = GridWeights.rook(grid);
		SpatialWeights queen = GridWeights.queen(grid);
		int[] rookCounts = new int[9];
		int[] queenCounts = new int[9];
		for (int i = 0; i < 9; i++) {
			rookCounts[i] = rook.neighbourCount(i);
			queenCounts[i] = queen.neighbourCount(i);
		}
		assertThat(rookCounts).containsExactly(2, 3, 2, 3, 4, 3, 2, 3, 2);
		assertThat(queenCounts).containsExactly(3, 5, 3, 5, 8, 5, 3, 5, 3);
		assertThat(rook.neighbours(4)).containsExactly(1, 3, 5, 7);
		assertThat(rook.ids()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8");
	}

	@Test
	void excludedCellsAreNeitherObservationsNorNeighbours() {
		// 3 × 3 without the centre (cell 4): 8 observations; cell 1 loses its neighbour 4.
		Grid grid = Grid.of(0, 0, 1, 3, 3).withExcluded(ContiguityWeightsTests.mask(9, 4));
		SpatialWeights rook = GridWeights.rook(grid);
		assertThat(rook.size()).isEqualTo(8);
		assertThat(GridWeights.cellIndexes(grid)).containsExactly(0, 1, 2, 3, 5, 6, 7, 8);
		assertThat(rook.ids()).containsExactly("0", "1", "2", "3", "5", "6", "7", "8");
		assertThat(rook.neighbours(1)).containsExactly(0, 2); // cell 1: cells 0 and 2
		assertThat(rook.neighbours(4)).containsExactly(2, 7); // cell 5: cells 2 and 8
	}

	@Test
	void distanceBandMatchesThePointBuilderOnCellCentres() {
		Grid grid = Grid.of(1000, 2000, 50, 9, 7).withExcluded(ContiguityWeightsTests.mask(63, 0, 10, 20, 40, 62));
		int[] cells = GridWeights.cellIndexes(grid);
		double[] xs = new double[cells.length];
		double[] ys = new double[cells.length];
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			xs[i] = grid.centreX(grid.column(cells[i]));
			ys[i] = grid.centreY(grid.row(cells[i]));
			ids.add(Integer.toString(cells[i]));
		}
		for (double threshold : new double[] { 0, 49, 50, 70.8, 100, 150, 1000 }) {
			assertThat(GridWeights.distanceBand(grid, threshold)).as("threshold %s", threshold)
					.isEqualTo(DistanceBandWeights.build(xs, ys, threshold, ids));
		}
		// A 50 m band is rook contiguity; 75 m (above 50·√2 = 70.7) is queen.
		assertThat(GridWeights.distanceBand(grid, 50)).isEqualTo(GridWeights.rook(grid));
		assertThat(GridWeights.distanceBand(grid, 75)).isEqualTo(GridWeights.queen(grid));
	}

}
