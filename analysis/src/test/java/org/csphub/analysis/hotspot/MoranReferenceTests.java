package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.csphub.analysis.hotspot.ReferenceValues.assertMatches;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

/**
 * Reference README section 2 (PySAL esda {@code Moran}): 3×3 rook lattice, cells numbered row by row,
 * y = 1..9, binary weights. Every number listed there is asserted here.
 */
class MoranReferenceTests {

	private static final double[] Y = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	private final SpatialWeights rook = GridWeights.rook(Grid.of(0, 0, 1, 3, 3));

	@Test
	void moransIAndItsMoments() {
		MoransI moran = GlobalMoran.of(Y, rook);
		assertMatches(moran.i(), "0.5");
		assertMatches(moran.expected(), "-0.125");
		assertMatches(moran.varianceRandomisation(), "0.0596875");
		assertMatches(moran.varianceNormality(), "0.053125");
	}

	@Test
	void zAndPFollowFromTheMoments() {
		// By hand from the reference moments: z = (0.5 + 0.125) / sqrt(Var); p = 2 Φ(−|z|).
		MoransI moran = GlobalMoran.of(Y, rook);
		double zNormality = 0.625 / Math.sqrt(0.053125);
		double zRandomisation = 0.625 / Math.sqrt(0.0596875);
		assertThat(moran.zNormality()).isCloseTo(zNormality, within(1e-9));
		assertThat(moran.zRandomisation()).isCloseTo(zRandomisation, within(1e-9));
		// z = 2.7116 and 2.5582; Φ(−2.7116) = 0.003348, Φ(−2.5582) = 0.005261 (normal tables).
		assertThat(moran.pNormality()).isCloseTo(2 * 0.003348, within(2e-6));
		assertThat(moran.pRandomisation()).isCloseTo(2 * 0.005261, within(2e-6));
	}

	@Test
	void theRandomisationVarianceByHand() {
		// n = 9, S0 = 24, S1 = 48, S2 = 272; z = −4..4, Σz² = 60, Σz⁴ = 708, b2 = 9·708/60² = 1.77.
		// A = 9·(57·48 − 9·272 + 3·576) = 18144; B = 1.77·(72·48 − 18·272 + 6·576) = 3568.32;
		// Var = (A − B)/(8·7·6·576) − 1/64 = 0.0596875.
		double variance = (18144 - 3568.32) / (8.0 * 7 * 6 * 576) - 1.0 / 64;
		assertThat(variance).isCloseTo(0.0596875, within(1e-12));
		assertThat(GlobalMoran.of(Y, rook).varianceRandomisation()).isCloseTo(variance, within(1e-12));
	}

	@Test
	void refusesSelfWeightsAndTooFewObservations() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> GlobalMoran.of(Y, rook.withSelf()))
				.hasMessageContaining("withoutSelf");
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> GlobalMoran.of(new double[3], GridWeights.rook(Grid.of(0, 0, 1, 3, 1))))
				.hasMessageContaining("at least 4");
	}

	@Test
	void constantValuesHaveNoMoransI() {
		MoransI moran = GlobalMoran.of(new double[9], rook);
		assertThat(moran.i()).isNaN();
		assertThat(moran.pNormality()).isNaN();
	}

}
