package org.csphub.assessment.internal;

import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A map of grid cells as SVG: the cells of each class drawn as one path in the class's colour, the
 * borough's boundary on top (without slivers and pinholes), a legend and a scale bar, on a plain background (no tiles, so it prints
 * and needs no outside server). North is up; the British National Grid is drawn to scale.
 */
final class GridMapSvg {

	private static final int MAP_WIDTH = 600;

	private static final int MARGIN = 10;

	private static final int LEGEND_WIDTH = 300;

	/**
	 * Parts and holes of the boundary smaller than these (m²) are not drawn: a borough made from the union
	 * of its LSOAs has slivers and pinholes where the published boundaries do not quite meet.
	 */
	private static final double MIN_PART = 10_000;

	private static final double MIN_HOLE = 250_000;

	private GridMapSvg() {
	}

	/** One class of cells: its colour and legend label. */
	record MapClass(String colour, String label) {
	}

	/**
	 * @param classes the classes, in legend order
	 * @param classOfCell per grid cell, the index into {@code classes}, or -1 for a cell not drawn
	 */
	static String svg(String id, String title, String description, Grid grid, int[] classOfCell,
			List<MapClass> classes, Geometry boundary) {
		Envelope extent = boundary != null ? boundary.getEnvelopeInternal()
				: new Envelope(grid.xOrigin(), grid.xOrigin() + grid.columns() * grid.cellSize(), grid.yOrigin(),
						grid.yOrigin() + grid.rows() * grid.cellSize());
		double scale = MAP_WIDTH / Math.max(1, extent.getWidth());
		int mapHeight = (int) Math.ceil(extent.getHeight() * scale);
		int width = MARGIN + MAP_WIDTH + MARGIN + LEGEND_WIDTH;
		int height = Math.max(mapHeight + 2 * MARGIN + 30, 24 * classes.size() + 60);
		Projection at = new Projection(extent.getMinX(), extent.getMaxY(), scale);
		StringBuilder s = Svg.open(id, width, height, title, description);
		s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" fill=\"#ffffff\"/>");
		double size = grid.cellSize() * scale;
		for (int k = 0; k < classes.size(); k++) {
			StringBuilder path = new StringBuilder();
			for (int cell = 0; cell < classOfCell.length; cell++) {
				if (classOfCell[cell] != k) {
					continue;
				}
				double x = at.x(grid.xOrigin() + grid.column(cell) * grid.cellSize());
				double y = at.y(grid.yOrigin() + (grid.row(cell) + 1) * grid.cellSize());
				path.append('M').append(Svg.n(x)).append(' ').append(Svg.n(y)).append('h').append(Svg.n(size)).append('v')
					.append(Svg.n(size)).append('h').append(Svg.n(-size)).append('z');
			}
			if (!path.isEmpty()) {
				s.append("<path fill=\"").append(classes.get(k).colour()).append("\" d=\"").append(path).append("\"/>");
			}
		}
		if (boundary != null) {
			StringBuilder outline = new StringBuilder();
			for (int i = 0; i < boundary.getNumGeometries(); i++) {
				if (boundary.getGeometryN(i) instanceof Polygon polygon && polygon.getArea() >= MIN_PART) {
					ring(outline, polygon.getExteriorRing(), at, scale);
					for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
						LineString hole = polygon.getInteriorRingN(h);
						if (hole.getFactory().createPolygon(hole.getCoordinates()).getArea() >= MIN_HOLE) {
							ring(outline, hole, at, scale);
						}
					}
				}
			}
			s.append("<path fill=\"none\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"1.2\" d=\"").append(outline)
				.append("\"/>");
		}
		legend(s, classes, MARGIN + MAP_WIDTH + MARGIN);
		scaleBar(s, scale, mapHeight + MARGIN + 20);
		return s.append("</svg>").toString();
	}

	/** Draws a ring simplified to about a pixel. */
	private static void ring(StringBuilder path, LineString ring, Projection at, double scale) {
		Coordinate[] points = DouglasPeuckerSimplifier.simplify(ring, 1 / scale).getCoordinates();
		if (points.length < 4) {
			return;
		}
		for (int i = 0; i < points.length; i++) {
			path.append(i == 0 ? 'M' : 'L').append(Svg.n(at.x(points[i].x))).append(' ').append(Svg.n(at.y(points[i].y)));
		}
		path.append('z');
	}

	private static void legend(StringBuilder s, List<MapClass> classes, int x) {
		for (int k = 0; k < classes.size(); k++) {
			int y = MARGIN + 24 * k;
			s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"16\" height=\"16\" fill=\"")
				.append(classes.get(k).colour()).append("\" stroke=\"").append(Svg.BORDER).append("\"/>");
			s.append("<text x=\"").append(x + 22).append("\" y=\"").append(y + 13).append("\" fill=\"").append(Svg.TEXT)
				.append("\">").append(Svg.escape(classes.get(k).label())).append("</text>");
		}
	}

	/** A bar of a round number of kilometres, about a fifth of the map's width. */
	private static void scaleBar(StringBuilder s, double scale, int y) {
		double target = MAP_WIDTH / 5.0 / scale;
		double km = 1;
		for (double candidate : new double[] { 0.5, 1, 2, 5, 10, 20, 50 }) {
			if (candidate * 1000 <= target) {
				km = candidate;
			}
		}
		double length = km * 1000 * scale;
		s.append("<path d=\"M").append(MARGIN).append(' ').append(y).append("h").append(Svg.n(length))
			.append("\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"3\"/>");
		s.append("<text x=\"").append(Svg.n(MARGIN + length + 6)).append("\" y=\"").append(y + 4).append("\" fill=\"")
			.append(Svg.TEXT).append("\">").append(Svg.tick(km)).append(" km</text>");
	}

	/** British National Grid metres to SVG pixels, north up. */
	private record Projection(double west, double north, double scale) {

		double x(double easting) {
			return MARGIN + (easting - west) * scale;
		}

		double y(double northing) {
			return MARGIN + (north - northing) * scale;
		}

	}

}
