package org.csphub.analysis.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GridTests {

	private final GeometryFactory geometry = new GeometryFactory();

	@Test
	void cellsAreHalfOpenAndNumberedRowMajorFromTheSouth() {
		Grid grid = Grid.of(0, 0, 50, 3, 2);
		assertThat(grid.indexOf(0, 0)).isZero();
		assertThat(grid.indexOf(50, 0)).isEqualTo(1);
		assertThat(grid.indexOf(49.999, 49.999)).isZero();
		assertThat(grid.indexOf(0, 50)).isEqualTo(3);
		assertThat(grid.indexOf(149.9, 99.9)).isEqualTo(5);
		assertThat(grid.indexOf(150, 0)).isEqualTo(-1);
		assertThat(grid.indexOf(-0.001, 10)).isEqualTo(-1);
		assertThat(grid.column(5)).isEqualTo(2);
		assertThat(grid.row(5)).isEqualTo(1);
		assertThat(grid.centreX(2)).isEqualTo(125);
		assertThat(grid.centreY(1)).isEqualTo(75);
	}

	@Test
	void coveringAlignsCellEdgesToTheOffset() {
		Grid grid = Grid.covering(new Envelope(1003, 1198, 2010, 2090), 100, 25, 0);
		assertThat(grid.xOrigin()).isEqualTo(925);
		assertThat(grid.yOrigin()).isEqualTo(2000);
		assertThat(grid.columns()).isEqualTo(3); // 925..1225 covers 1198
		assertThat(grid.rows()).isEqualTo(1);
		assertThat(grid.indexOf(1198, 2090)).isNotNegative();
		assertThat(grid.indexOf(1003, 2010)).isNotNegative();
	}

	@Test
	void maskingExcludesCellsWhoseCentreIsOutsideTheBoundary() {
		// A right triangle with its hypotenuse from (0,100) to (100,0): on a 2 × 2 grid of 50 m the
		// north-east cell's centre (75,75) lies outside; (25,75) and (75,25) lie inside.
		Polygon triangle = geometry.createPolygon(new Coordinate[] { new Coordinate(0, 0), new Coordinate(100, 0),
				new Coordinate(0, 100), new Coordinate(0, 0) });
		Grid grid = Grid.covering(triangle, 50, 0, 0);
		assertThat(grid.cellCount()).isEqualTo(9); // 0..150 because the max edge 100 starts a new cell
		assertThat(grid.isIncluded(grid.index(0, 0))).isTrue();
		assertThat(grid.isIncluded(grid.index(1, 0))).isTrue();
		assertThat(grid.isIncluded(grid.index(0, 1))).isTrue();
		assertThat(grid.isExcluded(grid.index(1, 1))).isTrue();
		assertThat(grid.includedCount()).isEqualTo(3);
		assertThat(grid.cellArea()).isEqualTo(2500);
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> Grid.of(0, 0, 0, 1, 1)).hasMessageContaining("cell size");
		assertThatThrownBy(() -> Grid.of(0, 0, 10, 0, 1)).hasMessageContaining("at least one column");
		assertThatThrownBy(() -> Grid.of(0, 0, 10, 100_000, 100_000)).hasMessageContaining("too large");
		assertThatThrownBy(() -> Grid.of(0, 0, 10, 2, 2).withExcluded(new boolean[3])).hasMessageContaining("mask");
	}

}
