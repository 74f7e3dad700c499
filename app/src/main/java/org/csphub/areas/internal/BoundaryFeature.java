package org.csphub.areas.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * One boundary read from a file, checked and on the British National Grid.
 * @param number the feature's position in its file, from 1
 * @param geometry a valid, non-empty Polygon or MultiPolygon in BNG metres
 * @param repair what was wrong with the geometry as published and has been repaired, or null
 */
public record BoundaryFeature(String file, int number, String code, String name, Geometry geometry, String repair) {
}
