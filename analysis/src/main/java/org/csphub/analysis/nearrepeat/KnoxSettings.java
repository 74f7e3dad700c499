package org.csphub.analysis.nearrepeat;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a Knox test counts and how it tests significance.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>{@code spatialEdges} are the upper edges of the distance bands in metres, strictly increasing and
 * finite; {@code temporalEdges} likewise for the time bands, in the unit of {@link KnoxEvent#time()}
 * (days for dated events). Bands start at 0; how edges are closed is set by {@code convention} (see
 * {@link IntervalConvention}). Under {@link IntervalConvention#LEFT_CLOSED} the first edge must be
 * positive; under {@link IntervalConvention#RIGHT_CLOSED} it may be 0.</li>
 * <li>{@code metric}: Euclidean or Manhattan distance between events.</li>
 * <li>{@code iterations}: Monte Carlo permutations, 0 or more (0 gives the observed counts only, see
 * {@link KnoxResult}). {@code seed} fixes the permutations: the same events, settings and seed give
 * the same result.</li>
 * </ul>
 * The arrays are copied in and out, so instances are immutable.
 */
public record KnoxSettings(double[] spatialEdges, double[] temporalEdges, IntervalConvention convention,
		DistanceMetric metric, int iterations, long seed) {

	public KnoxSettings {
		Objects.requireNonNull(convention, "convention");
		Objects.requireNonNull(metric, "metric");
		spatialEdges = checkedEdges(spatialEdges, convention, "spatial");
		temporalEdges = checkedEdges(temporalEdges, convention, "temporal");
		if (iterations < 0) {
			throw new IllegalArgumentException("The number of iterations cannot be negative: " + iterations);
		}
	}

	/** Euclidean, right-closed bands, 99 permutations. */
	public static KnoxSettings of(double[] spatialEdges, double[] temporalEdges, long seed) {
		return new KnoxSettings(spatialEdges, temporalEdges, IntervalConvention.RIGHT_CLOSED, DistanceMetric.EUCLIDEAN,
				99, seed);
	}

	/** These settings with another interval convention. */
	public KnoxSettings withConvention(IntervalConvention other) {
		return new KnoxSettings(spatialEdges, temporalEdges, other, metric, iterations, seed);
	}

	/** These settings with another distance metric. */
	public KnoxSettings withMetric(DistanceMetric other) {
		return new KnoxSettings(spatialEdges, temporalEdges, convention, other, iterations, seed);
	}

	/** These settings with another number of permutations. */
	public KnoxSettings withIterations(int other) {
		return new KnoxSettings(spatialEdges, temporalEdges, convention, metric, other, seed);
	}

	/** These settings with another seed. */
	public KnoxSettings withSeed(long other) {
		return new KnoxSettings(spatialEdges, temporalEdges, convention, metric, iterations, other);
	}

	private static double[] checkedEdges(double[] edges, IntervalConvention convention, String kind) {
		Objects.requireNonNull(edges, kind + " edges");
		if (edges.length == 0) {
			throw new IllegalArgumentException("At least one " + kind + " band edge is needed");
		}
		double[] copy = edges.clone();
		for (int i = 0; i < copy.length; i++) {
			if (!Double.isFinite(copy[i]) || copy[i] < 0) {
				throw new IllegalArgumentException("The " + kind + " band edges must be finite and not negative: "
						+ Arrays.toString(copy));
			}
			if (i > 0 && !(copy[i] > copy[i - 1])) {
				throw new IllegalArgumentException("The " + kind + " band edges must increase strictly: "
						+ Arrays.toString(copy));
			}
		}
		if (convention == IntervalConvention.LEFT_CLOSED && copy[0] == 0) {
			throw new IllegalArgumentException("With left-closed bands the first " + kind
					+ " edge must be positive ([0, 0) is empty)");
		}
		return copy;
	}

	@Override
	public double[] spatialEdges() {
		return spatialEdges.clone();
	}

	@Override
	public double[] temporalEdges() {
		return temporalEdges.clone();
	}

	/** The number of distance bands (rows of the result matrices). */
	public int spatialBands() {
		return spatialEdges.length;
	}

	/** The number of time bands (columns of the result matrices). */
	public int temporalBands() {
		return temporalEdges.length;
	}

	/** The label of distance band {@code row}, such as {@code "(0.1, 200]"}. */
	public String spatialLabel(int row) {
		return convention.label(spatialEdges, row);
	}

	/** The label of time band {@code column}, such as {@code "[0, 7)"}. */
	public String temporalLabel(int column) {
		return convention.label(temporalEdges, column);
	}

	double[] spatialEdgesShared() {
		return spatialEdges;
	}

	double[] temporalEdgesShared() {
		return temporalEdges;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof KnoxSettings s && Arrays.equals(s.spatialEdges, spatialEdges)
				&& Arrays.equals(s.temporalEdges, temporalEdges) && s.convention == convention && s.metric == metric
				&& s.iterations == iterations && s.seed == seed;
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(spatialEdges), Arrays.hashCode(temporalEdges), convention, metric,
				iterations, seed);
	}

	@Override
	public String toString() {
		return "KnoxSettings[spatialEdges=" + Arrays.toString(spatialEdges) + ", temporalEdges="
				+ Arrays.toString(temporalEdges) + ", convention=" + convention + ", metric=" + metric
				+ ", iterations=" + iterations + ", seed=" + seed + "]";
	}

}
