package org.csphub.analysis.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolygonIndexTests {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	/** An axis-aligned square with its lower-left corner at (x, y). */
	private static Polygon square(double x, double y, double side) {
		return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + side, y),
				new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y) });
	}

	/** A 2 x 2 tiling of unit squares named by position, added in the given order. */
	private static PolygonIndex<String> fourSquares(String... order) {
		Map<String, Polygon> squares = Map.of("SW", square(0, 0, 1), "SE", square(1, 0, 1), "NW", square(0, 1, 1),
				"NE", square(1, 1, 1));
		PolygonIndex.Builder<String> builder = PolygonIndex.builder();
		for (String name : order) {
			builder.add(name, squares.get(name));
		}
		return builder.build();
	}

	@Test
	void aPointInsideOnePolygonIsInThatPolygon() {
		PolygonIndex<String> index = fourSquares("SW", "SE", "NW", "NE");
		assertThat(index.locate(0.5, 0.5)).isEqualTo("SW");
		assertThat(index.locate(1.5, 0.5)).isEqualTo("SE");
		assertThat(index.locate(0.25, 1.75)).isEqualTo("NW");
		assertThat(index.locate(new GridPoint(1.99, 1.01))).isEqualTo("NE");
	}

	@Test
	void aPointOutsideEveryPolygonIsInNone() {
		PolygonIndex<String> index = fourSquares("SW", "SE", "NW", "NE");
		assertThat(index.locate(-0.5, 0.5)).isNull();
		assertThat(index.locate(2.000001, 1)).isNull();
		assertThat(index.locateAll(5, 5)).isEmpty();
	}

	@Test
	void aPointOnASharedEdgeGoesToTheEarliestAddedPolygonWhateverTheOrder() {
		assertThat(fourSquares("SW", "SE", "NW", "NE").locate(1, 0.5)).isEqualTo("SW");
		assertThat(fourSquares("SE", "SW", "NW", "NE").locate(1, 0.5)).isEqualTo("SE");
		assertThat(fourSquares("NE", "NW", "SE", "SW").locate(0.5, 1)).isEqualTo("NW");
	}

	@Test
	void aVertexSharedByFourPolygonsGoesToExactlyOne() {
		assertThat(fourSquares("SW", "SE", "NW", "NE").locate(1, 1)).isEqualTo("SW");
		assertThat(fourSquares("NE", "NW", "SE", "SW").locate(1, 1)).isEqualTo("NE");
		assertThat(fourSquares("SW", "SE", "NW", "NE").locateAll(1, 1)).containsExactly("SW", "SE", "NW", "NE");
	}

	@Test
	void theOuterBoundaryBelongsToThePolygonItBounds() {
		PolygonIndex<String> index = fourSquares("SW", "SE", "NW", "NE");
		assertThat(index.locate(0, 0)).isEqualTo("SW");
		assertThat(index.locate(2, 2)).isEqualTo("NE");
		assertThat(index.locate(2, 0.5)).isEqualTo("SE");
	}

	@Test
	void aPointInAHoleBelongsToTheIslandThatFillsItNotTheSurroundingPolygon() {
		LinearRing shell = GEOMETRY.createLinearRing(square(0, 0, 10).getExteriorRing().getCoordinates());
		LinearRing hole = GEOMETRY.createLinearRing(square(4, 4, 2).getExteriorRing().getCoordinates());
		Polygon doughnut = GEOMETRY.createPolygon(shell, new LinearRing[] { hole });
		PolygonIndex<String> index = PolygonIndex.<String>builder().add("doughnut", doughnut)
			.add("island", square(4, 4, 2))
			.build();
		assertThat(index.locate(5, 5)).isEqualTo("island");
		assertThat(index.locate(1, 1)).isEqualTo("doughnut");
		assertThat(index.locate(4, 5)).as("on the hole's edge, shared by both").isEqualTo("doughnut");
		PolygonIndex<String> holeOnly = PolygonIndex.<String>builder().add("doughnut", doughnut).build();
		assertThat(holeOnly.locate(5, 5)).isNull();
	}

	@Test
	void aMultiPolygonCoversEachOfItsParts() {
		Geometry twoIslands = GEOMETRY.createMultiPolygon(new Polygon[] { square(0, 0, 1), square(5, 5, 1) });
		PolygonIndex<String> index = PolygonIndex.<String>builder().add("islands", twoIslands).build();
		assertThat(index.locate(0.5, 0.5)).isEqualTo("islands");
		assertThat(index.locate(5.5, 5.5)).isEqualTo("islands");
		assertThat(index.locate(3, 3)).as("between the parts, inside the envelope").isNull();
	}

	@Test
	void anInteriorBeatsAnEarlierPolygonsBoundaryWhereTheyOverlap() {
		PolygonIndex<String> index = PolygonIndex.<String>builder()
			.add("small", square(0, 0, 1))
			.add("large", square(-5, -5, 10))
			.build();
		assertThat(index.locate(1, 0.5)).as("on small's edge, inside large").isEqualTo("large");
		assertThat(index.locate(0.5, 0.5)).as("inside both: the earlier wins").isEqualTo("small");
		assertThat(index.locateAll(0.5, 0.5)).containsExactly("small", "large");
	}

	@Test
	void nonFiniteCoordinatesAreInNothing() {
		PolygonIndex<String> index = PolygonIndex.<String>builder().add("everything", square(-1e9, -1e9, 2e9)).build();
		assertThat(index.locate(Double.NaN, 0)).isNull();
		assertThat(index.locate(0, Double.POSITIVE_INFINITY)).isNull();
		assertThat(index.locateAll(Double.NaN, Double.NaN)).isEmpty();
	}

	@Test
	void anEmptyIndexContainsNothing() {
		PolygonIndex<String> index = PolygonIndex.<String>builder().build();
		assertThat(index.isEmpty()).isTrue();
		assertThat(index.locate(0, 0)).isNull();
		assertThat(index.locateAll(0, 0)).isEmpty();
	}

	@Test
	void onlyNonEmptyPolygonsAreAccepted() {
		PolygonIndex.Builder<String> builder = PolygonIndex.builder();
		assertThatThrownBy(() -> builder.add("line", GEOMETRY.createLineString(
				new Coordinate[] { new Coordinate(0, 0), new Coordinate(1, 1) })))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line")
			.hasMessageContaining("LineString");
		assertThatThrownBy(() -> builder.add("nothing", GEOMETRY.createPolygon()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("empty");
	}

	/**
	 * A 20 x 20 tiling with random points, many of them snapped onto the grid lines and corners: every
	 * point in the tiled square is located exactly once, in the cell that an independent calculation
	 * gives, and the counts add up to the number of points.
	 */
	@Test
	void overATilingEveryPointIsCountedExactlyOnceAndCountsAddUp() {
		int n = 20;
		PolygonIndex.Builder<Integer> builder = PolygonIndex.builder();
		for (int row = 0; row < n; row++) {
			for (int col = 0; col < n; col++) {
				builder.add(row * n + col, square(col * 100.0, row * 100.0, 100));
			}
		}
		PolygonIndex<Integer> index = builder.build();
		Random random = new Random(42);
		Map<Integer, Integer> counts = new HashMap<>();
		int points = 20_000;
		for (int i = 0; i < points; i++) {
			double x = random.nextInt(4) == 0 ? random.nextInt(n + 1) * 100.0 : random.nextDouble() * n * 100;
			double y = random.nextInt(4) == 0 ? random.nextInt(n + 1) * 100.0 : random.nextDouble() * n * 100;
			Integer cell = index.locate(x, y);
			assertThat(cell).as("(%s, %s)", x, y).isNotNull();
			assertThat(cell).as("(%s, %s)", x, y).isEqualTo(expectedCell(x, y, n));
			counts.merge(cell, 1, Integer::sum);
		}
		assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(points);
	}

	/** The lowest-numbered cell whose closed square holds the point (rows then columns ascending). */
	private static int expectedCell(double x, double y, int n) {
		int row = y % 100 == 0 && y > 0 ? (int) (y / 100) - 1 : (int) (y / 100);
		int col = x % 100 == 0 && x > 0 ? (int) (x / 100) - 1 : (int) (x / 100);
		return Math.min(row, n - 1) * n + Math.min(col, n - 1);
	}

	@Test
	void oneIndexAnswersTheSameFromManyThreads() throws Exception {
		PolygonIndex<String> index = fourSquares("SW", "SE", "NW", "NE");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				results.add(pool.submit(() -> {
					for (int i = 0; i < 10_000; i++) {
						if (!"SW".equals(index.locate(1, 1)) || !"NE".equals(index.locate(1.5, 1.5))) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
