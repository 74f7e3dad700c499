package org.csphub.analysis.nearrepeat;

import java.time.LocalDate;

/**
 * One event for a Knox test: where it happened (x, y in metres on a projected plane) and when.
 *
 * @param x easting in metres, finite
 * @param y northing in metres, finite
 * @param time the time as a number in the unit of the temporal bands, finite; {@link #on} uses whole
 *     days (the epoch day), so differences between dates are whole numbers of days
 */
public record KnoxEvent(double x, double y, double time) {

	public KnoxEvent {
		if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(time)) {
			throw new IllegalArgumentException("A Knox event needs finite coordinates and time, not (" + x + ", " + y
					+ ", " + time + ")");
		}
	}

	/** An event dated to a day: its time is the day number (days since 1970-01-01). */
	public static KnoxEvent on(double x, double y, LocalDate date) {
		return new KnoxEvent(x, y, date.toEpochDay());
	}

}
