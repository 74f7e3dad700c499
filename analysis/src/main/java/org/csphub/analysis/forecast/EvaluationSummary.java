package org.csphub.analysis.forecast;

import java.time.YearMonth;

/**
 * Mean scores of one model at one coverage, over the grids of one test month or over every month.
 * Each mean is over the rows where that score is defined (not NaN, see {@link ForecastScore}); it is
 * NaN when none is.
 *
 * @param model the model's name
 * @param month the test month, or null for the summary over all months
 * @param coverage the coverage
 * @param rows the rows averaged (grids × months)
 * @param meanHitRate mean hit rate
 * @param meanPai mean PAI
 * @param meanPei mean PEI
 */
public record EvaluationSummary(String model, YearMonth month, double coverage, int rows, double meanHitRate,
		double meanPai, double meanPei) {
}
