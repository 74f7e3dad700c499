package org.csphub.analysis.change;

import java.util.OptionalDouble;

/**
 * The result of comparing a later period's count with an earlier one's ({@link PoissonRateComparison}).
 *
 * @param current incidents in the later (current) period
 * @param currentExposure its exposure (months, or resident-months), positive
 * @param baseline incidents in the earlier (baseline) period
 * @param baselineExposure its exposure, in the same unit
 * @param expectedCurrent the later period's expected count if the rates were equal:
 *        {@code (current + baseline) × currentExposure / (currentExposure + baselineExposure)}
 * @param rateRatio {@code (current / currentExposure) / (baseline / baselineExposure)}; empty when the
 *        baseline count is 0
 * @param ratioLower the lower end of the exact confidence interval for the rate ratio ({@code >= 0})
 * @param ratioUpper the upper end ({@code +∞} when the baseline count is 0)
 * @param confidenceLevel the interval's confidence level, e.g. 0.95
 * @param pValue the two-sided exact p-value, in {@code [0, 1]}
 * @param percentChange {@code 100 × (rateRatio − 1)}: the change in the rate, in per cent; empty when the
 *        baseline count is 0
 * @param verdict the verdict in words
 */
public record RateComparison(long current, double currentExposure, long baseline, double baselineExposure,
		double expectedCurrent, OptionalDouble rateRatio, double ratioLower, double ratioUpper,
		double confidenceLevel, double pValue, OptionalDouble percentChange, ChangeVerdict verdict) {

	/** The later period's expected count if the rates were equal, for the baseline. */
	public double expectedBaseline() {
		return current + baseline - expectedCurrent;
	}

}
