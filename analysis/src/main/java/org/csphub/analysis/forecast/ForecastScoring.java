package org.csphub.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Scores a risk surface against the events that followed: hit rate, PAI and PEI at one or more
 * coverages. Definitions, units and edge cases are those of {@link ForecastScore}; the flagged cells
 * are chosen by {@link CoverageSelection}. Ratios of integer counts, so exact up to one rounding.
 */
public final class ForecastScoring {

	private ForecastScoring() {
	}

	/** The score at one coverage. */
	public static ForecastScore score(Grid grid, double[] risk, CellCounts outcome, double coverage) {
		return score(grid, risk, outcome, List.of(coverage)).get(0);
	}

	/** The scores at each coverage, in the given order, from one ranking of the cells. */
	public static List<ForecastScore> score(Grid grid, double[] risk, CellCounts outcome, List<Double> coverages) {
		Objects.requireNonNull(outcome, "outcome");
		if (outcome.counts().length != grid.cellCount()) {
			throw new IllegalArgumentException("The outcome was counted on another grid");
		}
		int[] ranking = CoverageSelection.ranking(grid, risk);
		int n = ranking.length;
		long[] capturedPrefix = new long[n + 1];
		int[] busiest = new int[n];
		for (int i = 0; i < n; i++) {
			int count = outcome.count(ranking[i]);
			capturedPrefix[i + 1] = capturedPrefix[i] + count;
			busiest[i] = count;
		}
		Arrays.sort(busiest);
		long[] bestPrefix = new long[n + 1];
		for (int i = 0; i < n; i++) {
			bestPrefix[i + 1] = bestPrefix[i] + busiest[n - 1 - i];
		}
		int events = outcome.inIncludedCells();
		List<ForecastScore> scores = new ArrayList<>(coverages.size());
		for (double coverage : coverages) {
			int k = CoverageSelection.flaggedCount(n, coverage);
			int captured = (int) capturedPrefix[k];
			int best = (int) bestPrefix[k];
			double hitRate = (double) captured / events;
			double pai = k == 0 ? Double.NaN : hitRate / ((double) k / n);
			double pei = best == 0 ? Double.NaN : (double) captured / best;
			scores.add(new ForecastScore(coverage, n, k, events, captured, best, outcome.outsideGrid(),
					outcome.inExcludedCells(), hitRate, pai, pei));
		}
		return scores;
	}

}
