package org.csphub.analysis.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Projects WGS84 longitude and latitude (as police.uk and GeoJSON give them) to the British National
 * Grid, where distances and areas are in metres, and back.
 *
 * <p>Contract: uses proj4j's EPSG:4326 to EPSG:27700 definitions, which apply the standard
 * seven-parameter Helmert datum shift. Against the Ordnance Survey's definitive OSTN15 transformation
 * the error is a few metres (at most about 5 m on the mainland), far below the police.uk location
 * anonymisation (points snapped to map points covering at least eight addresses), so it is fit for
 * assigning incidents to areas and for hotspot grids, not for surveying.
 *
 * <p>Input longitude must be in [-180, 180] and latitude in [-90, 90]; other values are refused with
 * {@link IllegalArgumentException}. Instances are not thread-safe (proj4j transforms keep scratch
 * state): use one per thread.
 */
public final class BritishNationalGrid {

	private static final CRSFactory CRS = new CRSFactory();

	private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");

	private static final CoordinateReferenceSystem OSGB36 = CRS.createFromName("EPSG:27700");

	private final CoordinateTransform toGrid;

	private final CoordinateTransform toWgs84;

	private final ProjCoordinate in = new ProjCoordinate();

	private final ProjCoordinate out = new ProjCoordinate();

	public BritishNationalGrid() {
		CoordinateTransformFactory factory = new CoordinateTransformFactory();
		this.toGrid = factory.createTransform(WGS84, OSGB36);
		this.toWgs84 = factory.createTransform(OSGB36, WGS84);
	}

	/** The grid point of a WGS84 longitude and latitude in decimal degrees. */
	public GridPoint project(double longitude, double latitude) {
		if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException(
					"longitude must be within -180..180 and latitude within -90..90, not " + longitude + ", " + latitude);
		}
		in.x = longitude;
		in.y = latitude;
		toGrid.transform(in, out);
		return new GridPoint(out.x, out.y);
	}

	/** The WGS84 longitude (x) and latitude (y) of a grid point, as a two-element array. */
	public double[] toLongitudeLatitude(GridPoint point) {
		in.x = point.easting();
		in.y = point.northing();
		toWgs84.transform(in, out);
		return new double[] { out.x, out.y };
	}

}
