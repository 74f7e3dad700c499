package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.csphub.analysis.weights.DistanceBandWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

class GetisOrdLocalTests {

	private static final double[] XS = { 10, 20, 40, 15, 30, 30, 22, 35 };

	private static final double[] YS = { 10, 10, 10, 20, 20, 30, 5, 25 };

	private static final double[] Y = { 2, 3, 3.2, 5, 8, 7, 1, 4 };

	@Test
	void giMomentsAreThoseOfTheExactPermutationDistribution() {
		// For Gi (self excluded) the Ord-Getis variance is exact under conditional randomisation.
		SpatialWeights w = DistanceBandWeights.build(XS, YS, 15);
		LocalG gi = GetisOrdLocal.gi(Y, w);
		double sum = Enumeration.mean(Y) * Y.length;
		for (int i = 0; i < Y.length; i++) {
			double[] lags = Enumeration.lags(Y, w, i);
			double others = sum - Y[i];
			assertThat(gi.expected()[i]).isCloseTo(Enumeration.mean(lags) / others, within(1e-12));
			assertThat(gi.variance()[i]).isCloseTo(Enumeration.variance(lags) / (others * others), within(1e-12));
		}
	}

	@Test
	void permutationsAgreeWithTheExactDistribution() {
		SpatialWeights w = DistanceBandWeights.build(XS, YS, 15);
		PermutationInference inference = GetisOrdLocal.giStarPermutations(Y, w, 9999, 99L);
		double sum = Enumeration.mean(Y) * Y.length;
		for (int i = 0; i < Y.length; i++) {
			// Gi*: y_i keeps its self weight 1; the neighbour slots take the other values.
			double[] lags = Enumeration.lags(Y, w, i);
			double[] statistics = new double[lags.length];
			for (int k = 0; k < lags.length; k++) {
				statistics[k] = (Y[i] + lags[k]) / sum;
			}
			double observed = GetisOrdLocal.giStar(Y, w).g()[i];
			assertThat(inference.p(i)).as("p %d", i).isCloseTo(Enumeration.foldedP(statistics, observed), within(0.025));
			assertThat(inference.mean()[i]).isCloseTo(Enumeration.mean(statistics), within(0.005));
		}
	}

	@Test
	void undefinedStatisticsAreNaN() {
		// Point 3 is an island; constant values have no variance.
		double[] xs = { 0, 1, 2, 100 };
		SpatialWeights w = DistanceBandWeights.build(xs, new double[4], 1.5);
		LocalG gi = GetisOrdLocal.gi(new double[] { 1, 2, 4, 9 }, w);
		assertThat(gi.z(3)).isNaN();
		assertThat(gi.p(3)).isNaN();
		assertThat(gi.g()[3]).isZero();
		assertThat(GetisOrdLocal.giStar(new double[] { 3, 3, 3, 3 }, w).z(0)).isNaN();
		// Gi* of an island compares y_i alone with the mean: defined.
		assertThat(GetisOrdLocal.giStar(new double[] { 1, 2, 4, 9 }, w).z(3)).isPositive();
	}

	@Test
	void refusesMismatchedInput() {
		SpatialWeights w = DistanceBandWeights.build(XS, YS, 15);
		assertThatThrownBy(() -> GetisOrdLocal.gi(new double[3], w)).hasMessageContaining("3 values");
		assertThatThrownBy(() -> GetisOrdLocal.gi(Y, w.withSelf())).hasMessageContaining("withoutSelf");
		double[] bad = Y.clone();
		bad[2] = Double.NaN;
		assertThatThrownBy(() -> GetisOrdLocal.giStar(bad, w)).hasMessageContaining("observation 2 is NaN");
		assertThatThrownBy(() -> GetisOrdLocal.giStarPermutations(Y, w, 0, 1)).hasMessageContaining("permutation");
	}

}
