package org.csphub.areas.internal;

import java.util.Locale;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a BNG Polygon or MultiPolygon as a GeoJSON geometry in WGS84 longitude and latitude for web
 * maps: RFC 7946 winding (exterior rings anticlockwise, holes clockwise) and six decimal places
 * (about 0.1 m, well inside the projection's few metres).
 */
public final class Wgs84GeoJson {

	private Wgs84GeoJson() {
	}

	public static String of(Geometry geometry) {
		BritishNationalGrid grid = new BritishNationalGrid();
		StringBuilder json = new StringBuilder(geometry.getNumPoints() * 24 + 64);
		if (geometry instanceof Polygon polygon) {
			json.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(json, polygon, grid);
		}
		else {
			json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				if (i > 0) {
					json.append(',');
				}
				polygon(json, (Polygon) geometry.getGeometryN(i), grid);
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	private static void polygon(StringBuilder json, Polygon polygon, BritishNationalGrid grid) {
		json.append('[');
		ring(json, polygon.getExteriorRing(), true, grid);
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			json.append(',');
			ring(json, polygon.getInteriorRingN(i), false, grid);
		}
		json.append(']');
	}

	private static void ring(StringBuilder json, LineString ring, boolean anticlockwise, BritishNationalGrid grid) {
		Coordinate[] coordinates = ring.getCoordinates();
		boolean reverse = Orientation.isCCW(coordinates) != anticlockwise;
		json.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			Coordinate c = coordinates[reverse ? coordinates.length - 1 - i : i];
			double[] lonLat = grid.toLongitudeLatitude(new GridPoint(c.x, c.y));
			if (i > 0) {
				json.append(',');
			}
			json.append(String.format(Locale.ROOT, "[%.6f,%.6f]", lonLat[0], lonLat[1]));
		}
		json.append(']');
	}

}
