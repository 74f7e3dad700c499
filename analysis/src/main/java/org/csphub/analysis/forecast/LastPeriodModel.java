package org.csphub.analysis.forecast;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Naive baseline "last period": a cell's risk is the number of training events in it during the period
 * just before the prediction time, {@code [predictionTime − period, predictionTime)}; one month by
 * default, so a prediction made on the first of a month uses the previous calendar month.
 *
 * <p>Edge cases: events outside the grid or in excluded cells add nothing; excluded cells are 0. If
 * the training data ends before the prediction time, the period may hold fewer events or none (all
 * zeros). Exact integer counts.
 */
public record LastPeriodModel(Period period) implements RiskModel {

	public LastPeriodModel {
		Objects.requireNonNull(period, "period");
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("The period must be positive, not " + period);
		}
	}

	/** The previous month. */
	public static LastPeriodModel month() {
		return new LastPeriodModel(Period.ofMonths(1));
	}

	@Override
	public String name() {
		return "last period " + period;
	}

	@Override
	public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
		training.requireNotAfter(predictionTime);
		LocalDateTime from = predictionTime.minus(period);
		double[] risk = new double[grid.cellCount()];
		for (ForecastEvent e : training.events()) {
			if (e.time().isBefore(from) || !e.time().isBefore(predictionTime)) {
				continue;
			}
			int cell = grid.indexOf(e.x(), e.y());
			if (cell >= 0 && grid.isIncluded(cell)) {
				risk[cell]++;
			}
		}
		return risk;
	}

}
