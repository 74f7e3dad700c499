package org.csphub.analysis.forecast;

import java.time.YearMonth;

/**
 * One score of an evaluation: a model's forecast for a test month on one of the grids, at one coverage.
 *
 * @param model the model's {@link RiskModel#name()}
 * @param month the test month
 * @param grid the index of the grid in the evaluation's list (one per offset)
 * @param score hit rate, PAI, PEI and the counts behind them
 */
public record EvaluationRow(String model, YearMonth month, int grid, ForecastScore score) {
}
