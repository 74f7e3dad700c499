package org.csphub.areas.internal;

import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a projected boundary and repairs it where that is safe.
 *
 * <p>A valid (OGC simple features) Polygon or MultiPolygon passes unchanged. An invalid one (a
 * self-intersecting ring, a bow-tie, overlapping parts, a spike) is repaired with JTS
 * {@link GeometryFixer}, which keeps every part of the area the rings enclose. The repair is accepted
 * when the result is a non-empty Polygon or MultiPolygon with a positive area, and is reported with
 * the original fault; otherwise, for example a ring that collapses to a line, the feature is refused.
 */
final class GeometryCheck {

	/** The checked geometry, what was repaired (or null), or why it was refused (or null). */
	record Outcome(Geometry geometry, String repair, String refusal) {
	}

	private GeometryCheck() {
	}

	static Outcome check(Geometry geometry) {
		if (geometry.isEmpty()) {
			return new Outcome(null, null, "the geometry is empty");
		}
		IsValidOp validation = new IsValidOp(geometry);
		if (validation.isValid()) {
			return new Outcome(geometry, null, null);
		}
		TopologyValidationError fault = validation.getValidationError();
		String what = describe(fault);
		Geometry fixed = GeometryFixer.fix(geometry);
		if (!(fixed instanceof Polygonal) || fixed.isEmpty() || !(fixed.getArea() > 0) || !fixed.isValid()) {
			return new Outcome(null, null, "the geometry is invalid (" + what + ") and cannot be repaired safely: "
					+ "repairing it leaves no area");
		}
		String repair = String.format(Locale.UK, "%s; repaired, leaving %s of %.4f km²", what,
				fixed.getNumGeometries() == 1 ? "one polygon" : fixed.getNumGeometries() + " polygons",
				fixed.getArea() / 1e6);
		return new Outcome(fixed, repair, null);
	}

	private static String describe(TopologyValidationError fault) {
		String message = fault.getMessage().toLowerCase(Locale.UK);
		if (fault.getCoordinate() == null) {
			return message;
		}
		return String.format(Locale.UK, "%s near easting %.0f, northing %.0f", message, fault.getCoordinate().x,
				fault.getCoordinate().y);
	}

}
