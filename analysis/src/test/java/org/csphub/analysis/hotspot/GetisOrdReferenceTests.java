package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csphub.analysis.hotspot.ReferenceValues.assertMatches;

import org.csphub.analysis.weights.DistanceBandWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

/**
 * Reference README section 1 (PySAL esda {@code G_Local} and {@code G}): six points, binary
 * distance-band weights with threshold 15 inclusive. Every number listed there is asserted here.
 */
class GetisOrdReferenceTests {

	private static final double[] XS = { 10, 20, 40, 15, 30, 30 };

	private static final double[] YS = { 10, 10, 10, 20, 20, 30 };

	private static final double[] Y = { 2, 3, 3.2, 5, 8, 7 };

	private final SpatialWeights binary = DistanceBandWeights.build(XS, YS, 15);

	@Test
	void neighbourCountsExcludeSelf() {
		int[] counts = new int[6];
		for (int i = 0; i < 6; i++) {
			counts[i] = binary.neighbourCount(i);
		}
		assertThat(counts).containsExactly(2, 3, 1, 3, 4, 1);
	}

	@Test
	void giBinary() {
		assertMatches(GetisOrdLocal.gi(Y, binary).z(), "-1.0136729", "-0.04361589", "1.31558703", "-0.31412676",
				"1.15373986", "1.77833941");
	}

	@Test
	void giStarBinary() {
		LocalG result = GetisOrdLocal.giStar(Y, binary);
		assertThat(result.star()).isTrue();
		assertMatches(result.z(), "-1.39727626", "-0.28917762", "0.65064964", "-0.28917762", "1.23452088",
				"2.02424331");
		assertMatches(result.g(), "0.35460993", "0.63829787", "0.39716312", "0.63829787", "0.92907801",
				"0.53191489");
	}

	@Test
	void giRowStandardised() {
		assertMatches(GetisOrdLocal.gi(Y, binary.rowStandardised()).z(), "-0.62074534", "-0.01780611", "1.31558703",
				"-0.12824171", "0.28843496", "1.77833941");
	}

	@Test
	void giStarRowStandardisedWithSelfWeightTheRowMaximum() {
		String[] expected = { "-0.62488094", "-0.09144599", "0.41150696", "-0.09144599", "0.24690418", "1.28024388" };
		// Either order: self weight = row max (1), then standardised.
		assertMatches(GetisOrdLocal.giStar(Y, binary.rowStandardised()).z(), expected);
		assertMatches(GetisOrdLocal.giStar(Y, binary.withSelf().rowStandardised()).z(), expected);
	}

	@Test
	void generalG() {
		GeneralG g = GetisOrdGeneral.of(Y, binary);
		assertMatches(g.g(), "0.55709779");
		assertMatches(g.expected(), "0.46666667");
		assertMatches(g.variance(), "0.00920355");
		assertMatches(g.z(), "0.94262780");
		assertMatches(g.p(), "0.172936");
	}

	@Test
	void giStarBinaryFollowsTheOrdGetisFormulaOfTheReadme() {
		// Gi* = (Σ wij xj − x̄ Σ wij) / (S sqrt((n Σ wij² − (Σ wij)²)/(n−1))), S = sqrt(Σx²/n − x̄²), by hand
		// for point 0 (neighbours 1 and 3, self weight 1): x̄ = 28.2/6 = 4.7, Σx² = 161.24,
		// S² = 161.24/6 − 4.7² = 4.78333..., numerator = (2 + 3 + 5) − 4.7·3 = −4.1,
		// denominator = S sqrt((6·3 − 9)/5) = S sqrt(1.8).
		double s = Math.sqrt(161.24 / 6 - 4.7 * 4.7);
		double expected = -4.1 / (s * Math.sqrt(1.8));
		assertThat(GetisOrdLocal.giStar(Y, binary).z(0)).isCloseTo(expected,
				org.assertj.core.api.Assertions.within(1e-12));
	}

}
