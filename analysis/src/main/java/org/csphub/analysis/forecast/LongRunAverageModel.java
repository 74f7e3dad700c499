package org.csphub.analysis.forecast;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Naive baseline "long-run average": a cell's risk is its mean number of training events per period
 * (one month by default) over all training periods.
 *
 * <p><b>Definition.</b> Periods are laid back from the prediction time: period {@code k ≥ 1} is
 * {@code [predictionTime − k·period, predictionTime − (k−1)·period)}. The training span starts at the
 * training window's start ({@link EventsBefore#since()}) or, without one, at the earliest training event;
 * {@code K} is the smallest {@code k} whose period starts at or before that. The risk of a cell is
 * (training events in the cell) / K. With a one-month period and a prediction on the first of a month,
 * the periods are calendar months.
 *
 * <p>Edge cases: no training events and no window give all zeros; events outside the grid or in
 * excluded cells add nothing; excluded cells are 0.
 */
public record LongRunAverageModel(Period period) implements RiskModel {

	public LongRunAverageModel {
		Objects.requireNonNull(period, "period");
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("The period must be positive, not " + period);
		}
	}

	/** Mean events per month. */
	public static LongRunAverageModel monthly() {
		return new LongRunAverageModel(Period.ofMonths(1));
	}

	@Override
	public String name() {
		return "long-run average per " + period;
	}

	@Override
	public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
		training.requireNotAfter(predictionTime);
		double[] risk = new double[grid.cellCount()];
		LocalDateTime start = training.since();
		for (ForecastEvent e : training.events()) {
			if (start == null || e.time().isBefore(start)) {
				start = e.time();
			}
			int cell = grid.indexOf(e.x(), e.y());
			if (cell >= 0 && grid.isIncluded(cell)) {
				risk[cell]++;
			}
		}
		if (start == null) {
			return risk;
		}
		long periods = periodsBack(predictionTime, start);
		for (int i = 0; i < risk.length; i++) {
			risk[i] /= periods;
		}
		return risk;
	}

	/** The number K of periods back from the prediction time needed to reach the start (at least 1). */
	long periodsBack(LocalDateTime predictionTime, LocalDateTime start) {
		long k = 1;
		while (predictionTime.minus(period.multipliedBy((int) Math.min(k, Integer.MAX_VALUE))).isAfter(start)) {
			k++;
		}
		return k;
	}

}
