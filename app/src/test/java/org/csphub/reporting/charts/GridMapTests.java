package org.csphub.reporting.charts;

import java.util.ArrayList;
import java.util.List;

import org.csphub.reporting.charts.GridMap.LineStyle;
import org.csphub.reporting.charts.GridMap.MapClass;
import org.csphub.reporting.charts.GridMap.Outline;
import org.csphub.reporting.charts.GridMap.Square;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grid map: squares by class on the British National Grid, north up, with a key and a scale. */
class GridMapTests {

	static final GeometryFactory GEOMETRY = new GeometryFactory();

	static Polygon rectangle(double west, double south, double east, double north) {
		return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
				new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
	}

	@Test
	void northIsUpAndEastIsRight() {
		// Two squares: one south-west, one north-east of it.
		List<Square> squares = List.of(new Square(450_000, 300_000, 0), new Square(451_000, 301_000, 1));
		SvgDocument doc = SvgDocument.parse(GridMap.svg("g", "Two squares", 250, GridMap.quintiles(List.of("Low", "High")),
				squares, List.of(), "")).assertAccessibleChart();
		double[] low = firstCorner(doc, 0);
		double[] high = firstCorner(doc, 1);
		assertThat(high[0]).as("the eastern square is to the right").isGreaterThan(low[0]);
		assertThat(high[1]).as("the northern square is higher up: smaller y").isLessThan(low[1]);
		// Equal scale in both directions: 1,000 m east and 1,000 m north are the same distance.
		assertThat(high[0] - low[0]).isCloseTo(low[1] - high[1], org.assertj.core.data.Offset.offset(0.2));
	}

	private static double[] firstCorner(SvgDocument doc, int mapClass) {
		Element path = doc.all("path").stream()
			.filter(p -> p.getAttribute("class").equals("csp-grid-map__class-" + mapClass))
			.findFirst()
			.orElseThrow();
		String[] parts = path.getAttribute("d").substring(1).split("[ H]");
		return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]) };
	}

	@Test
	void everyClassHasAKeyEntryAndAPatternSoColourIsNotTheOnlyCue() {
		List<MapClass> classes = GridMap.hotAndColdSpots();
		List<Square> squares = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			squares.add(new Square(440_000 + 250 * i, 310_000, i));
		}
		SvgDocument doc = SvgDocument.parse(GridMap.svg("hs", "Hot spots", 250, classes, squares, List.of(), ""))
			.assertAccessibleChart();
		assertThat(doc.texts()).containsAll(classes.stream().map(MapClass::label).toList()).contains("Key", "N");
		// Every class but "not significant" is painted with a pattern, each different.
		List<String> hatches = classes.stream().map(MapClass::hatch).map(Enum::name).toList();
		assertThat(hatches.stream().filter(h -> !h.equals("NONE")).distinct()).hasSize(classes.size() - 1);
		assertThat(doc.all("pattern")).hasSize(classes.size() - 1);
		assertThat(doc.description()).contains("Map of 7 squares of 250 m on the British National Grid.")
			.contains("Hot spot, 99% confidence: 1");
	}

	@Test
	void boundariesAreOutlinedWithAScaleBarAndTheCallersNote() {
		Polygon ward = rectangle(450_000, 300_000, 454_000, 303_000);
		SvgDocument doc = SvgDocument.parse(GridMap.svg("b", "A ward", 250, GridMap.quintiles(List.of("1", "2", "3", "4", "5")),
				List.of(new Square(451_000, 301_000, 4)), List.of(new Outline("Ward boundary", LineStyle.DASHED, List.of(ward))),
				"Locations are approximate: police.uk moves each crime to a nearby map point.")).assertAccessibleChart();
		Element outline = doc.all("path").stream().filter(p -> "none".equals(p.getAttribute("fill"))).findFirst().orElseThrow();
		assertThat(outline.getAttribute("d")).startsWith("M").endsWith("Z");
		assertThat(outline.getAttribute("stroke-dasharray")).isNotEmpty();
		assertThat(doc.texts()).contains("Ward boundary", "0", "1 km")
			.anyMatch(t -> t.startsWith("Locations are approximate"));
		assertThat(doc.description()).contains("with ward boundary").endsWith("moves each crime to a nearby map point.");
	}

	@Test
	void aSquareOfAnUnknownClassIsRefused() {
		assertThatThrownBy(() -> GridMap.svg("x", "Bad", 250, GridMap.quintiles(List.of("a")),
				List.of(new Square(0, 0, 3)), List.of(), "")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void fiveThousandSquaresMakeOnePathPerClass() {
		List<Square> squares = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			squares.add(new Square(430_000 + 250 * (i % 100), 300_000 + 250 * (i / 100), i % 5));
		}
		String svg = GridMap.svg("big", "Many", 250, GridMap.quintiles(List.of("1", "2", "3", "4", "5")), squares,
				List.of(), "");
		SvgDocument doc = SvgDocument.parse(svg).assertAccessibleChart();
		assertThat(doc.all("path").stream().filter(p -> p.getAttribute("class").startsWith("csp-grid-map__class-")))
			.hasSize(5);
		assertThat(svg.length()).as("about 40 characters a square").isLessThan(5_000 * 60);
	}

}
