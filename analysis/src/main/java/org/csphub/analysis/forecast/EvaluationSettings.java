package org.csphub.analysis.forecast;

import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rolling-origin evaluation covers.
 *
 * @param firstMonth the first test month
 * @param lastMonth the last test month, not before the first
 * @param trainingWindow how far back training reaches from the start of each test month, or null for
 *     all earlier events
 * @param coverages the coverages to score, each in [0, 1] and listed once, in the order reported
 */
public record EvaluationSettings(YearMonth firstMonth, YearMonth lastMonth, Period trainingWindow,
		List<Double> coverages) {

	public EvaluationSettings {
		Objects.requireNonNull(firstMonth, "firstMonth");
		Objects.requireNonNull(lastMonth, "lastMonth");
		if (lastMonth.isBefore(firstMonth)) {
			throw new IllegalArgumentException("The last test month " + lastMonth + " is before the first " + firstMonth);
		}
		if (trainingWindow != null && (trainingWindow.isNegative() || trainingWindow.isZero())) {
			throw new IllegalArgumentException("The training window must be positive, not " + trainingWindow);
		}
		coverages = List.copyOf(coverages);
		if (coverages.isEmpty()) {
			throw new IllegalArgumentException("At least one coverage is needed");
		}
		for (double c : coverages) {
			CoverageSelection.flaggedCount(0, c); // validates the range
		}
		if (coverages.stream().distinct().count() != coverages.size()) {
			throw new IllegalArgumentException("A coverage is listed twice: " + coverages);
		}
	}

	/** The default coverages: 1% to 10% in steps of 1%. */
	public static List<Double> defaultCoverages() {
		List<Double> coverages = new ArrayList<>();
		for (int percent = 1; percent <= 10; percent++) {
			coverages.add(percent / 100.0);
		}
		return List.copyOf(coverages);
	}

	/** Test months from first to last, all history for training, the default coverages. */
	public static EvaluationSettings months(YearMonth firstMonth, YearMonth lastMonth) {
		return new EvaluationSettings(firstMonth, lastMonth, null, defaultCoverages());
	}

	/** These settings with a training window. */
	public EvaluationSettings withTrainingWindow(Period window) {
		return new EvaluationSettings(firstMonth, lastMonth, window, coverages);
	}

	/** These settings with other coverages. */
	public EvaluationSettings withCoverages(List<Double> other) {
		return new EvaluationSettings(firstMonth, lastMonth, trainingWindow, other);
	}

}
