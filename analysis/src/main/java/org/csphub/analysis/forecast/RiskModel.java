package org.csphub.analysis.forecast;

import java.time.LocalDateTime;

import org.csphub.analysis.grid.Grid;

/**
 * A forecasting method: from training events, a relative risk for every cell of a grid at a prediction
 * time. Implementations are pluggable into {@link ForecastEvaluation}.
 *
 * <p><b>Contract.</b> {@link #risk} returns a new array of {@link Grid#cellCount()} finite, non-negative
 * values in row-major cell order (see {@link Grid}); excluded (masked) cells hold 0 and are never
 * selected anyway. Only the order of the values matters to {@link CoverageSelection}; ties are broken
 * there. The model sees only {@code training} (events before its cutoff) and refuses a prediction time
 * before that cutoff. Implementations are immutable and thread-safe.
 */
public interface RiskModel {

	/** A short name for tables and reports, unique within one evaluation. */
	String name();

	/** The risk of every cell at the prediction time. */
	double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime);

}
