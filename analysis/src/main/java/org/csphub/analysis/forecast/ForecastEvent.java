package org.csphub.analysis.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded crime for forecasting: where (x, y in metres on the grid's plane, British National Grid
 * in the product) and when (local time, no zone: police records are local).
 *
 * @param x easting in metres, finite
 * @param y northing in metres, finite
 * @param time when it happened; a date alone is taken as the start of that day ({@link #on})
 */
public record ForecastEvent(double x, double y, LocalDateTime time) {

	public ForecastEvent {
		Objects.requireNonNull(time, "time");
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("An event needs finite coordinates, not (" + x + ", " + y + ")");
		}
	}

	/** An event dated to a day, at the start of that day. */
	public static ForecastEvent on(double x, double y, LocalDate date) {
		return new ForecastEvent(x, y, date.atStartOfDay());
	}

}
