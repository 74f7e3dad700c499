package org.csphub.analysis.forecast;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The training data of a forecast: the events strictly before a cutoff, optionally only those from
 * the start of a training window.
 *
 * <p><b>Contract.</b> Every event satisfies {@code since <= time < cutoff} ({@code since} null = no
 * lower limit); the constructor refuses any other, and {@link #of} filters to them. The list is an
 * immutable copy in the given order.
 *
 * @param since the start of the training window, inclusive, or null for all history
 * @param cutoff the end of the training data, exclusive: nothing at or after it is seen
 * @param events the training events
 */
public record EventsBefore(LocalDateTime since, LocalDateTime cutoff, List<ForecastEvent> events) {

	public EventsBefore {
		Objects.requireNonNull(cutoff, "cutoff");
		events = List.copyOf(events);
		if (since != null && since.isAfter(cutoff)) {
			throw new IllegalArgumentException("The training window starts (" + since + ") after its cutoff (" + cutoff
					+ ")");
		}
		for (ForecastEvent e : events) {
			if (!inWindow(e.time(), since, cutoff)) {
				throw new IllegalArgumentException("Training event at " + e.time() + " is outside [" + since + ", "
						+ cutoff + ")");
			}
		}
	}

	/** The events strictly before the cutoff. */
	public static EventsBefore of(Collection<ForecastEvent> all, LocalDateTime cutoff) {
		return of(all, null, cutoff);
	}

	/** The events from {@code since} (inclusive, null = no limit) to {@code cutoff} (exclusive). */
	public static EventsBefore of(Collection<ForecastEvent> all, LocalDateTime since, LocalDateTime cutoff) {
		Objects.requireNonNull(cutoff, "cutoff");
		return new EventsBefore(since, cutoff, all.stream().filter(e -> inWindow(e.time(), since, cutoff)).toList());
	}

	private static boolean inWindow(LocalDateTime time, LocalDateTime since, LocalDateTime cutoff) {
		return time.isBefore(cutoff) && (since == null || !time.isBefore(since));
	}

	/** Refuses a prediction for a time before the cutoff, which would let a model see its own future. */
	void requireNotAfter(LocalDateTime predictionTime) {
		if (predictionTime.isBefore(cutoff)) {
			throw new IllegalArgumentException("The prediction time " + predictionTime
					+ " is before the end of the training data " + cutoff);
		}
	}

}
