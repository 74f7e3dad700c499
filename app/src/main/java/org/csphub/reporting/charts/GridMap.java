package org.csphub.reporting.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A map of British National Grid squares coloured by class (density quintiles, Gi* hot and cold
 * spots), with boundary outlines, a legend, a north arrow, a scale bar and a note, as SVG. Eastings
 * run left to right and northings bottom to top (the y axis is flipped), at one scale in both
 * directions.
 *
 * <p>Colour is never the only cue: every class but the plainest has a pattern of its own (dots,
 * lines, crosses) drawn over its colour, shown the same way in the legend, and every square is
 * outlined so that the palest class stands out from the white page. Squares of a class are drawn as
 * one path, so a map of thousands of squares stays small. Boundaries are simplified to half a pixel.
 *
 * <p>The description says how many squares each class has; the figures themselves belong in a table
 * beside the map.
 */
public final class GridMap {

	/** The pattern drawn over a class's colour. */
	public enum Hatch {
		NONE, DOTS, LINES_UP, LINES_DOWN, CROSS, HORIZONTAL, VERTICAL, GRID
	}

	/**
	 * A class of squares: its label in the legend, its fill colour, and its pattern in a colour that
	 * stands out on the fill.
	 */
	public record MapClass(String label, String fill, Hatch hatch, String hatchColour) {

		public MapClass {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(fill, "fill");
			Objects.requireNonNull(hatch, "hatch");
			hatchColour = hatchColour == null ? Svg.TEXT : hatchColour;
		}

	}

	/**
	 * A square: the easting and northing of its south-west corner in metres, and the index of its
	 * class in the map's list of classes.
	 */
	public record Square(double west, double south, int mapClass) {
	}

	/** How an outline is drawn. */
	public enum LineStyle {
		/** A solid black line, 1.5 units wide: the study area. */
		SOLID,
		/** A dashed black line: a priority neighbourhood or other area of interest. */
		DASHED,
		/** A thin grey line: wards or LSOAs as background. */
		THIN
	}

	/**
	 * Boundaries drawn as outlines, with one entry in the legend.
	 * @param label the legend's text, such as "Ward boundaries"
	 * @param geometries polygons or lines on the British National Grid (metres)
	 */
	public record Outline(String label, LineStyle style, List<Geometry> geometries) {

		public Outline {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(style, "style");
			geometries = List.copyOf(geometries);
		}

	}

	private static final int MARGIN = 10;

	private static final int MAP_WIDTH = 560;

	private static final int MAP_HEIGHT_MAX = 620;

	private static final int LEGEND_GAP = 24;

	private static final int LEGEND_WIDTH = 230;

	private GridMap() {
	}

	/**
	 * Five density classes (quintiles), palest first, in a sequential orange-red scheme with a
	 * different pattern each: none, dots, rising lines, falling lines, crosses.
	 * @param labels one to five labels, lowest first, such as "1 to 3 incidents"
	 */
	public static List<MapClass> quintiles(List<String> labels) {
		if (labels.isEmpty() || labels.size() > 5) {
			throw new IllegalArgumentException("One to five quintile labels, not " + labels.size());
		}
		String[] fills = { "#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15" };
		Hatch[] hatches = { Hatch.NONE, Hatch.DOTS, Hatch.LINES_UP, Hatch.LINES_DOWN, Hatch.CROSS };
		String[] marks = { Svg.TEXT, Svg.TEXT, Svg.TEXT, "#ffffff", "#ffffff" };
		List<MapClass> classes = new ArrayList<>();
		// With fewer than five classes, spread them over the scheme so the darkest is still dark.
		for (int i = 0; i < labels.size(); i++) {
			int k = labels.size() == 1 ? 4 : Math.round(i * 4f / (labels.size() - 1));
			classes.add(new MapClass(labels.get(i), fills[k], hatches[k], marks[k]));
		}
		return classes;
	}

	/**
	 * The seven Gi* classes in the order of {@code org.csphub.analysis.hotspot.HotspotClass} (cold spot
	 * 99 % first, hot spot 99 % last), so a class's ordinal is its index: blues for cold, reds for hot,
	 * and patterns that differ between hot (crosses, rising lines, dots) and cold (grid, horizontal
	 * lines, vertical lines) and between confidence levels.
	 */
	public static List<MapClass> hotAndColdSpots() {
		return List.of(new MapClass("Cold spot, 99% confidence", "#2166ac", Hatch.GRID, "#ffffff"),
				new MapClass("Cold spot, 95% confidence", "#67a9cf", Hatch.HORIZONTAL, Svg.TEXT),
				new MapClass("Cold spot, 90% confidence", "#d1e5f0", Hatch.VERTICAL, Svg.TEXT),
				new MapClass("Not significant", "#f7f7f7", Hatch.NONE, Svg.TEXT),
				new MapClass("Hot spot, 90% confidence", "#fddbc7", Hatch.DOTS, Svg.TEXT),
				new MapClass("Hot spot, 95% confidence", "#ef8a62", Hatch.LINES_UP, Svg.TEXT),
				new MapClass("Hot spot, 99% confidence", "#b2182b", Hatch.CROSS, "#ffffff"));
	}

	/**
	 * @param id a prefix for the ids inside the SVG, unique on the page
	 * @param title the map's title (its accessible name)
	 * @param squareSize the side of a square in metres
	 * @param classes the classes, in legend order
	 * @param squares the squares to draw (squares not listed are left blank)
	 * @param outlines boundaries, drawn over the squares in the order given
	 * @param note a note printed under the map, such as "Locations are approximate"; may be empty
	 */
	public static String svg(String id, String title, double squareSize, List<MapClass> classes, List<Square> squares,
			List<Outline> outlines, String note) {
		if (!(squareSize > 0)) {
			throw new IllegalArgumentException("The square size must be positive: " + squareSize);
		}
		Envelope bounds = new Envelope();
		int[] perClass = new int[classes.size()];
		for (Square square : squares) {
			if (square.mapClass() < 0 || square.mapClass() >= classes.size()) {
				throw new IllegalArgumentException("Square at " + square.west() + ", " + square.south() + " has class "
						+ square.mapClass() + " but the map has " + classes.size() + " classes");
			}
			perClass[square.mapClass()]++;
			bounds.expandToInclude(square.west(), square.south());
			bounds.expandToInclude(square.west() + squareSize, square.south() + squareSize);
		}
		for (Outline outline : outlines) {
			outline.geometries().forEach(g -> bounds.expandToInclude(g.getEnvelopeInternal()));
		}
		if (bounds.isNull()) {
			bounds.expandToInclude(0, 0);
			bounds.expandToInclude(squareSize, squareSize);
		}
		bounds.expandBy(Math.max(bounds.getWidth(), bounds.getHeight()) * 0.02 + 1);
		double scale = MAP_WIDTH / bounds.getWidth();
		if (bounds.getHeight() * scale > MAP_HEIGHT_MAX) {
			scale = MAP_HEIGHT_MAX / bounds.getHeight();
		}
		Projection p = new Projection(bounds, scale);
		double mapWidth = bounds.getWidth() * scale;
		double mapHeight = bounds.getHeight() * scale;
		int legendLeft = (int) Math.ceil(MARGIN + mapWidth + LEGEND_GAP);
		int width = legendLeft + LEGEND_WIDTH + MARGIN;
		List<String> noteLines = wrap(note == null ? "" : note, (int) ((width - 2 * MARGIN) / (12 * 0.6)));
		int legendHeight = 60 + 26 * (classes.size() + outlines.size());
		int mapBottom = (int) Math.ceil(MARGIN + Math.max(mapHeight, legendHeight));
		int height = mapBottom + 44 + 17 * noteLines.size() + MARGIN;

		StringBuilder s = new StringBuilder(4096 + squares.size() * 48);
		Svg.open(s, id, "csp-chart csp-grid-map", width, height, 13, title,
				describe(squareSize, classes, perClass, outlines, note));
		s.append("<defs>");
		for (int k = 0; k < classes.size(); k++) {
			pattern(s, id + "-c" + k, classes.get(k));
		}
		s.append("</defs>");
		// The map's frame.
		s.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"").append(Svg.n(mapWidth))
			.append("\" height=\"").append(Svg.n(mapHeight)).append("\" fill=\"#ffffff\" stroke=\"").append(Svg.BORDER)
			.append("\"/>");
		squares(s, id, classes, squares, squareSize, p);
		for (Outline outline : outlines) {
			outline(s, outline, p);
		}
		legend(s, id, classes, outlines, legendLeft);
		scaleBar(s, mapBottom + 14, mapWidth, scale);
		double y = mapBottom + 56;
		for (String line : noteLines) {
			Svg.text(s, MARGIN, y, "start", Svg.TEXT, "font-size=\"12\"", line);
			y += 17;
		}
		s.append("</svg>");
		return s.toString();
	}

	/** British National Grid metres to SVG units: x east, y down from the northern edge. */
	private record Projection(Envelope bounds, double scale) {

		double x(double easting) {
			return MARGIN + (easting - bounds.getMinX()) * scale;
		}

		double y(double northing) {
			return MARGIN + (bounds.getMaxY() - northing) * scale;
		}

	}

	private static void squares(StringBuilder s, String id, List<MapClass> classes, List<Square> squares, double size,
			Projection p) {
		double stroke = Math.min(0.5, Math.max(0.2, size * p.scale() * 0.05));
		for (int k = 0; k < classes.size(); k++) {
			StringBuilder d = new StringBuilder();
			for (Square square : squares) {
				if (square.mapClass() != k) {
					continue;
				}
				// Absolute corners, so neighbouring squares share their rounded edges exactly.
				String x0 = Svg.n(p.x(square.west()));
				String x1 = Svg.n(p.x(square.west() + size));
				String y0 = Svg.n(p.y(square.south() + size));
				String y1 = Svg.n(p.y(square.south()));
				d.append('M').append(x0).append(' ').append(y0).append('H').append(x1).append('V').append(y1).append('H')
					.append(x0).append('Z');
			}
			if (d.isEmpty()) {
				continue;
			}
			s.append("<path class=\"csp-grid-map__class-").append(k).append("\" d=\"").append(d).append("\" fill=\"")
				.append(paint(id, k, classes.get(k))).append("\" stroke=\"").append(Svg.DARK_GREY).append("\" stroke-width=\"")
				.append(String.format(Locale.ROOT, "%.2f", stroke)).append("\"/>");
		}
	}

	private static String paint(String id, int k, MapClass mapClass) {
		return mapClass.hatch() == Hatch.NONE ? mapClass.fill() : "url(#" + id + "-c" + k + ")";
	}

	private static void pattern(StringBuilder s, String patternId, MapClass c) {
		if (c.hatch() == Hatch.NONE) {
			return;
		}
		String mark = " stroke=\"" + c.hatchColour() + "\" stroke-width=\"1\"";
		s.append("<pattern id=\"").append(patternId)
			.append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"")
			.append(c.fill()).append("\"/>");
		switch (c.hatch()) {
			case DOTS -> s.append("<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"").append(c.hatchColour()).append("\"/>");
			case LINES_UP -> s.append("<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\"").append(mark).append("/>");
			case LINES_DOWN -> s.append("<path d=\"M0 0L6 6M-1 5L1 7M5 -1L7 1\"").append(mark).append("/>");
			case CROSS -> s.append("<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5M0 0L6 6M-1 5L1 7M5 -1L7 1\"").append(mark)
				.append("/>");
			case HORIZONTAL -> s.append("<path d=\"M0 3H6\"").append(mark).append("/>");
			case VERTICAL -> s.append("<path d=\"M3 0V6\"").append(mark).append("/>");
			case GRID -> s.append("<path d=\"M0 3H6M3 0V6\"").append(mark).append("/>");
			case NONE -> {
			}
		}
		s.append("</pattern>");
	}

	private static void outline(StringBuilder s, Outline outline, Projection p) {
		StringBuilder d = new StringBuilder();
		for (Geometry geometry : outline.geometries()) {
			Geometry simple = DouglasPeuckerSimplifier.simplify(geometry, 0.5 / p.scale());
			for (int i = 0; i < simple.getNumGeometries(); i++) {
				Geometry part = simple.getGeometryN(i);
				if (part instanceof Polygon polygon) {
					ring(d, polygon.getExteriorRing(), p, true);
					for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
						ring(d, polygon.getInteriorRingN(h), p, true);
					}
				}
				else if (part instanceof LineString line) {
					ring(d, line, p, false);
				}
			}
		}
		if (d.isEmpty()) {
			return;
		}
		s.append("<path d=\"").append(d).append("\" fill=\"none\" ").append(stroke(outline.style()))
			.append(" stroke-linejoin=\"round\"/>");
	}

	private static String stroke(LineStyle style) {
		return switch (style) {
			case SOLID -> "stroke=\"" + Svg.TEXT + "\" stroke-width=\"1.5\"";
			case DASHED -> "stroke=\"" + Svg.TEXT + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"";
			case THIN -> "stroke=\"" + Svg.DARK_GREY + "\" stroke-width=\"0.7\"";
		};
	}

	private static void ring(StringBuilder d, LineString line, Projection p, boolean closed) {
		Coordinate[] coordinates = line.getCoordinates();
		int n = closed && coordinates.length > 1 ? coordinates.length - 1 : coordinates.length;
		for (int i = 0; i < n; i++) {
			d.append(i == 0 ? 'M' : 'L').append(Svg.n(p.x(coordinates[i].x))).append(' ').append(Svg.n(p.y(coordinates[i].y)));
		}
		if (closed && n > 0) {
			d.append('Z');
		}
	}

	private static void legend(StringBuilder s, String id, List<MapClass> classes, List<Outline> outlines, int left) {
		// A north arrow.
		s.append("<path d=\"M").append(left + 12).append(" 12L").append(left + 20).append(" 34L").append(left + 12)
			.append(" 29L").append(left + 4).append(" 34Z\" fill=\"").append(Svg.TEXT).append("\"/>");
		Svg.text(s, left + 26, 30, "start", Svg.TEXT, "font-weight=\"bold\"", "N");
		Svg.text(s, left, 60, "start", Svg.TEXT, "font-weight=\"bold\"", "Key");
		int y = 70;
		for (int k = 0; k < classes.size(); k++) {
			MapClass c = classes.get(k);
			s.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"24\" height=\"16\" fill=\"")
				.append(paint(id, k, c)).append("\" stroke=\"").append(Svg.DARK_GREY).append("\"/>");
			Svg.text(s, left + 32, y + 13, "start", Svg.TEXT, "", c.label());
			y += 26;
		}
		for (Outline outline : outlines) {
			s.append("<line x1=\"").append(left).append("\" y1=\"").append(y + 8).append("\" x2=\"").append(left + 24)
				.append("\" y2=\"").append(y + 8).append("\" ").append(stroke(outline.style())).append("/>");
			Svg.text(s, left + 32, y + 13, "start", Svg.TEXT, "", outline.label());
			y += 26;
		}
	}

	private static void scaleBar(StringBuilder s, int top, double mapWidth, double scale) {
		double target = mapWidth / 4 / scale;
		double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
		double metres = magnitude;
		for (double step : new double[] { 1, 2, 5 }) {
			if (step * magnitude <= target) {
				metres = step * magnitude;
			}
		}
		double length = metres * scale;
		double half = length / 2;
		s.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(top).append("\" width=\"").append(Svg.n(half))
			.append("\" height=\"6\" fill=\"").append(Svg.TEXT).append("\"/>");
		s.append("<rect x=\"").append(Svg.n(MARGIN + half)).append("\" y=\"").append(top).append("\" width=\"")
			.append(Svg.n(half)).append("\" height=\"6\" fill=\"#ffffff\" stroke=\"").append(Svg.TEXT).append("\"/>");
		s.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(top).append("\" width=\"").append(Svg.n(length))
			.append("\" height=\"6\" fill=\"none\" stroke=\"").append(Svg.TEXT).append("\"/>");
		Svg.text(s, MARGIN, top + 22, "start", Svg.TEXT, "font-size=\"12\"", "0");
		Svg.text(s, MARGIN + length, top + 22, "middle", Svg.TEXT, "font-size=\"12\"", distance(metres));
	}

	static String distance(double metres) {
		if (metres >= 1000) {
			double km = metres / 1000;
			return (km == Math.rint(km) ? Long.toString((long) km) : String.valueOf(km)) + " km";
		}
		return (long) metres + " m";
	}

	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The text alternative: the squares, each class's number of squares, the outlines and the note. */
	static String describe(double squareSize, List<MapClass> classes, int[] perClass,
			List<Outline> outlines, String note) {
		int total = java.util.Arrays.stream(perClass).sum();
		StringBuilder d = new StringBuilder("Map of ").append(Svg.count(total)).append(total == 1 ? " square" : " squares")
			.append(" of ").append(distance(squareSize)).append(" on the British National Grid");
		if (!outlines.isEmpty()) {
			d.append(", with ").append(Svg.lowerFirst(Lists.and(outlines.stream().map(Outline::label).toList())));
		}
		d.append('.');
		List<String> counts = new ArrayList<>();
		for (int k = 0; k < classes.size(); k++) {
			counts.add(classes.get(k).label() + ": " + Svg.count(perClass[k]));
		}
		if (!counts.isEmpty()) {
			d.append(" Squares in each class: ").append(String.join("; ", counts)).append('.');
		}
		if (note != null && !note.isBlank()) {
			d.append(' ').append(note.trim());
		}
		return d.toString();
	}

}
