package org.csphub.analysis.forecast;

import java.util.List;

/**
 * The outcome of a rolling-origin evaluation ({@link ForecastEvaluation}).
 *
 * @param rows every score: model × month × grid × coverage, in that nesting order (models and coverages in
 *     the order given, months ascending)
 * @param byMonth per model, month and coverage, the means over the grids
 * @param overall per model and coverage, the means over all months and grids
 */
public record EvaluationResult(List<EvaluationRow> rows, List<EvaluationSummary> byMonth,
		List<EvaluationSummary> overall) {

	public EvaluationResult {
		rows = List.copyOf(rows);
		byMonth = List.copyOf(byMonth);
		overall = List.copyOf(overall);
	}

	/** The overall summary of one model at one coverage, if any. */
	public EvaluationSummary overall(String model, double coverage) {
		return overall.stream()
			.filter(s -> s.model().equals(model) && s.coverage() == coverage)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No summary for " + model + " at " + coverage));
	}

}
