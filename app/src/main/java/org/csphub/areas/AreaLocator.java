package org.csphub.areas;

/**
 * Finds the areas that contain a point on the British National Grid (EPSG:27700, metres). A locator
 * is an immutable snapshot of the boundaries at the time it was made, safe to share between threads.
 * A point exactly on a shared boundary belongs to exactly one of the polygons (the one whose interior
 * or lowest-ordered boundary it touches), so that counts add up.
 */
public interface AreaLocator {

	AreaMatch locate(double easting, double northing);

}
