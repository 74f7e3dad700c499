package org.csphub.analysis.geo;

/**
 * A point on the British National Grid (OSGB36, EPSG:27700), in metres east and north of the grid's
 * false origin.
 */
public record GridPoint(double easting, double northing) {

	/** Euclidean distance in metres. */
	public double distanceTo(GridPoint other) {
		return Math.hypot(easting - other.easting, northing - other.northing);
	}

}
