package org.csphub.areas;

import org.locationtech.jts.geom.Geometry;

/**
 * One area with its boundary, for profile pages and maps.
 * @param geometry the Polygon or MultiPolygon on the British National Grid (EPSG:27700, metres); a
 *        copy, so callers may change it
 * @param geoJson the same boundary as a GeoJSON geometry object in WGS84 longitude and latitude
 *        (RFC 7946: exterior rings anticlockwise, six decimal places, about 0.1 m), for web maps
 */
public record AreaDetails(AreaRef ref, String name, double areaKm2, boolean derived, Geometry geometry,
		String geoJson) {

	public AreaType type() {
		return ref.type();
	}

	public String code() {
		return ref.code();
	}

}
