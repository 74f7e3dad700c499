package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ContiguityWeightsTests {

	private final GeometryFactory geometry = new GeometryFactory();

	@Test
	void squaresMeetingAtACornerAreQueenButNotRookNeighbours() {
		Geometry a = square(0, 0, 10);
		Geometry b = square(10, 10, 10); // touches a at (10,10) only
		Geometry c = square(10, 0, 10); // shares the edge x = 10, 0..10 with a
		Geometry d = square(30, 30, 10); // apart
		SpatialWeights queen = ContiguityWeights.queen(List.of(a, b, c, d));
		SpatialWeights rook = ContiguityWeights.rook(List.of(a, b, c, d));
		assertThat(queen.neighbours(0)).containsExactly(1, 2);
		assertThat(rook.neighbours(0)).containsExactly(2);
		assertThat(rook.neighbours(1)).containsExactly(2); // b and c share the edge y = 10, 10..20
		assertThat(queen.islands()).containsExactly(3);
		assertThat(queen.isSymmetric()).isTrue();
	}

	@Test
	void overlappingPolygonsAreNeighboursUnderBothRules() {
		Geometry a = square(0, 0, 10);
		Geometry b = square(5, 5, 10);
		assertThat(ContiguityWeights.rook(List.of(a, b)).neighbours(0)).containsExactly(1);
		assertThat(ContiguityWeights.queen(List.of(a, b)).neighbours(0)).containsExactly(1);
	}

	@Test
	void cellSquaresGiveTheSameWeightsAsTheLattice() {
		Grid grid = Grid.of(0, 0, 100, 7, 5).withExcluded(mask(35, 3, 11, 12, 30));
		int[] cells = GridWeights.cellIndexes(grid);
		List<Geometry> squares = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int cell : cells) {
			squares.add(geometry.toGeometry(grid.cellEnvelope(cell)));
			ids.add(Integer.toString(cell));
		}
		assertThat(ContiguityWeights.build(squares, ContiguityWeights.Rule.QUEEN, ids)).isEqualTo(GridWeights.queen(grid));
		assertThat(ContiguityWeights.build(squares, ContiguityWeights.Rule.ROOK, ids)).isEqualTo(GridWeights.rook(grid));
	}

	@Test
	void refusesNonPolygons() {
		assertThatThrownBy(() -> ContiguityWeights.queen(List.of(geometry.createPoint(new Coordinate(1, 1)))))
				.hasMessageContaining("Geometry 0 must be a non-empty Polygon");
	}

	private Geometry square(double x, double y, double side) {
		return geometry.toGeometry(new Envelope(x, x + side, y, y + side));
	}

	static boolean[] mask(int size, int... excluded) {
		boolean[] mask = new boolean[size];
		for (int e : excluded) {
			mask[e] = true;
		}
		return mask;
	}

}
