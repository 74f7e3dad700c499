package org.csphub.analyse.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * One area read from GeoJSON: its id and its Polygon or MultiPolygon on the British National Grid.
 *
 * @param id the value of the id property, as text
 * @param geometry the boundary in metres
 */
public record Area(String id, Geometry geometry) {
}
