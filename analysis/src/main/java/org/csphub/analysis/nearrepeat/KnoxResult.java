package org.csphub.analysis.nearrepeat;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of a Knox test: matrices with one row per distance band and one column per time band
 * (row 0 = closest, column 0 = soonest), and the settings that produced them.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>{@code observed[s][t]}: the number of unordered pairs of distinct events whose distance lies in
 * band {@code s} and whose absolute time difference lies in band {@code t}, under the echoed
 * {@link KnoxSettings#convention()} and {@link KnoxSettings#metric()}. Exact (integer) counts.</li>
 * <li>{@code pValues[s][t] = (1 + #{simulations with count >= observed}) / (iterations + 1)}: the
 * one-sided Monte Carlo p-value, which is never 0; with 0 iterations it is 1.</li>
 * <li>{@code meanSimulated} and {@code medianSimulated}: the mean and the median of the simulated counts
 * per cell (the median of an even number of simulations is the mean of the middle two). With 0
 * iterations both are NaN.</li>
 * <li>{@link #ratioToMean()} = observed / mean and {@link #ratioToMedian()} = observed / median, the Knox
 * ratios. Division follows IEEE arithmetic: a zero expectation gives +Infinity when something was
 * observed and NaN when nothing was (0/0); no iterations give NaN.</li>
 * <li>{@code simulated[s][t][i]}: the count of cell (s, t) in permutation {@code i}, in the order drawn,
 * for histograms and checks.</li>
 * <li>{@code candidatePairs}: the pairs inside some distance band, which the test permuted over (a
 * measure of the work done, not a statistic).</li>
 * </ul>
 * Arrays are copied in and out, so instances are immutable. Floating values are exact up to the
 * rounding of a mean or a division (about 1e-15 relative).
 */
public record KnoxResult(KnoxSettings settings, int eventCount, long candidatePairs, long[][] observed,
		double[][] pValues, double[][] meanSimulated, double[][] medianSimulated, long[][][] simulated) {

	public KnoxResult {
		Objects.requireNonNull(settings, "settings");
		observed = copy(observed);
		pValues = copy(pValues);
		meanSimulated = copy(meanSimulated);
		medianSimulated = copy(medianSimulated);
		long[][][] sims = new long[simulated.length][][];
		for (int s = 0; s < simulated.length; s++) {
			sims[s] = copy(simulated[s]);
		}
		simulated = sims;
	}

	@Override
	public long[][] observed() {
		return copy(observed);
	}

	@Override
	public double[][] pValues() {
		return copy(pValues);
	}

	@Override
	public double[][] meanSimulated() {
		return copy(meanSimulated);
	}

	@Override
	public double[][] medianSimulated() {
		return copy(medianSimulated);
	}

	@Override
	public long[][][] simulated() {
		long[][][] copy = new long[simulated.length][][];
		for (int s = 0; s < simulated.length; s++) {
			copy[s] = copy(simulated[s]);
		}
		return copy;
	}

	/** The simulated counts of distance band {@code s} and time band {@code t}, in the order drawn. */
	public long[] simulated(int s, int t) {
		return simulated[s][t].clone();
	}

	/** The observed count in distance band {@code s} and time band {@code t}. */
	public long observed(int s, int t) {
		return observed[s][t];
	}

	/** The Monte Carlo p-value of distance band {@code s} and time band {@code t}. */
	public double pValue(int s, int t) {
		return pValues[s][t];
	}

	/** Observed / mean of the simulations, per cell (see the class contract for division by zero). */
	public double[][] ratioToMean() {
		return ratio(meanSimulated);
	}

	/** Observed / median of the simulations, per cell (see the class contract for division by zero). */
	public double[][] ratioToMedian() {
		return ratio(medianSimulated);
	}

	private double[][] ratio(double[][] expected) {
		double[][] ratio = new double[observed.length][];
		for (int s = 0; s < observed.length; s++) {
			ratio[s] = new double[observed[s].length];
			for (int t = 0; t < observed[s].length; t++) {
				ratio[s][t] = observed[s][t] / expected[s][t];
			}
		}
		return ratio;
	}

	private static long[][] copy(long[][] matrix) {
		long[][] copy = new long[matrix.length][];
		for (int i = 0; i < matrix.length; i++) {
			copy[i] = matrix[i].clone();
		}
		return copy;
	}

	private static double[][] copy(double[][] matrix) {
		double[][] copy = new double[matrix.length][];
		for (int i = 0; i < matrix.length; i++) {
			copy[i] = matrix[i].clone();
		}
		return copy;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof KnoxResult r && r.settings.equals(settings) && r.eventCount == eventCount
				&& r.candidatePairs == candidatePairs && Arrays.deepEquals(r.observed, observed)
				&& Arrays.deepEquals(r.pValues, pValues) && Arrays.deepEquals(r.meanSimulated, meanSimulated)
				&& Arrays.deepEquals(r.medianSimulated, medianSimulated) && Arrays.deepEquals(r.simulated, simulated);
	}

	@Override
	public int hashCode() {
		return Objects.hash(settings, eventCount, candidatePairs, Arrays.deepHashCode(observed),
				Arrays.deepHashCode(pValues), Arrays.deepHashCode(meanSimulated), Arrays.deepHashCode(medianSimulated),
				Arrays.deepHashCode(simulated));
	}

	@Override
	public String toString() {
		return "KnoxResult[" + settings + ", events=" + eventCount + ", candidatePairs=" + candidatePairs
				+ ", observed=" + Arrays.deepToString(observed) + ", pValues=" + Arrays.deepToString(pValues) + "]";
	}

}
