package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.weights.DistanceBandWeights;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

class LocalMoranTests {

	private static final double[] Y = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	private final SpatialWeights rook = GridWeights.rook(Grid.of(0, 0, 1, 3, 3));

	@Test
	void localValuesAndQuadrantsByHand() {
		// z = y − 5 = −4..4, m2 = 60/9. Corner 0: neighbours 1, 3 (z −3, −1), lag −4, I = 16/(60/9) = 2.4.
		// Cell 2: z −2, neighbours 1, 5 (−3, 1), lag −2, I = 4·9/60 = 0.6. Centre: z = 0, I = 0.
		Lisa lisa = LocalMoran.of(Y, rook);
		double[] localI = lisa.localI();
		assertThat(localI[0]).isCloseTo(2.4, within(1e-12));
		assertThat(localI[2]).isCloseTo(0.6, within(1e-12));
		assertThat(localI[4]).isZero();
		assertThat(localI[6]).isCloseTo(0.6, within(1e-12));
		assertThat(localI[8]).isCloseTo(2.4, within(1e-12));
		assertThat(lisa.lag()[0]).isCloseTo(-4, within(1e-12));
		// The centre has z = 0 and lag 0: a value equal to the mean counts as low (PySAL's convention).
		assertThat(lisa.quadrants()).containsExactly(LisaQuadrant.LOW_LOW, LisaQuadrant.LOW_LOW, LisaQuadrant.LOW_LOW,
				LisaQuadrant.LOW_LOW, LisaQuadrant.LOW_LOW, LisaQuadrant.HIGH_HIGH, LisaQuadrant.HIGH_HIGH,
				LisaQuadrant.HIGH_HIGH, LisaQuadrant.HIGH_HIGH);
	}

	@Test
	void localValuesSumToS0TimesGlobalI() {
		// Σ_i I_i = Σ_i z_i lag_i / m2 = n Σ z lag / Σ z² = S0 · I = 24 · 0.5 (reference section 2).
		double sum = 0;
		for (double v : LocalMoran.of(Y, rook).localI()) {
			sum += v;
		}
		assertThat(sum).isCloseTo(12, within(1e-12));
	}

	@Test
	void momentsByHandForTheCorner() {
		// E[I_0] = −w_0 z_0² / ((n − 1) m2) = −2·16 / (8·60/9) = −0.6;
		// Var[I_0] = (z/m2)² · n/(n−2) · (w(2) − w²/(n−1)) · (m2 − z²/(n−1)) = 0.36 · 9/7 · 1.5 · 14/3 = 3.24.
		Lisa lisa = LocalMoran.of(Y, rook);
		assertThat(lisa.expected()[0]).isCloseTo(-0.6, within(1e-12));
		assertThat(lisa.variance()[0]).isCloseTo(3.24, within(1e-12));
		assertThat(lisa.z()[0]).isCloseTo(3.0 / 1.8, within(1e-12));
	}

	@Test
	void analyticMomentsAreThoseOfTheExactPermutationDistribution() {
		// Enumerate every assignment of other values to the neighbours: the definition of the null.
		double[] xs = { 10, 20, 40, 15, 30, 30, 22, 35 };
		double[] ys = { 10, 10, 10, 20, 20, 30, 5, 25 };
		double[] y = { 2, 3, 3.2, 5, 8, 7, 1, 4 };
		for (SpatialWeights w : new SpatialWeights[] { DistanceBandWeights.build(xs, ys, 15),
				DistanceBandWeights.build(xs, ys, 15).rowStandardised() }) {
			Lisa lisa = LocalMoran.of(y, w);
			double mean = Enumeration.mean(y);
			double[] z = new double[y.length];
			double m2 = 0;
			for (int i = 0; i < y.length; i++) {
				z[i] = y[i] - mean;
				m2 += z[i] * z[i] / y.length;
			}
			for (int i = 0; i < y.length; i++) {
				double[] lags = Enumeration.lags(z, w, i);
				double factor = z[i] / m2;
				assertThat(lisa.expected()[i]).as("E %d", i).isCloseTo(factor * Enumeration.mean(lags), within(1e-9));
				assertThat(lisa.variance()[i]).as("Var %d", i)
						.isCloseTo(factor * factor * Enumeration.variance(lags), within(1e-9));
			}
		}
	}

	@Test
	void permutationPValuesApproachTheExactOnes() {
		double[] xs = { 10, 20, 40, 15, 30, 30, 22, 35, 12, 41 };
		double[] ys = { 10, 10, 10, 20, 20, 30, 5, 25, 28, 19 };
		double[] y = { 2, 3, 3.2, 5, 8, 7, 1, 4, 6, 9 };
		SpatialWeights w = DistanceBandWeights.build(xs, ys, 16).rowStandardised();
		PermutationInference inference = LocalMoran.permutations(y, w, 9999, 20240501L);
		Lisa lisa = LocalMoran.of(y, w);
		double mean = Enumeration.mean(y);
		double[] z = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			z[i] = y[i] - mean;
		}
		for (int i = 0; i < y.length; i++) {
			double[] lags = Enumeration.lags(z, w, i);
			double exact = Enumeration.foldedP(lags, lisa.lag()[i]);
			// Monte Carlo standard error of a proportion near 0.5 with 9999 draws is 0.005.
			assertThat(inference.p(i)).as("p %d", i).isCloseTo(exact, within(0.025));
		}
	}

	@Test
	void outliersAmongDissimilarNeighbours() {
		// A low centre among high values, and a high centre among low values.
		assertThat(LocalMoran.of(new double[] { 5, 5, 5, 5, 0, 5, 5, 5, 5 }, rook).quadrants()[4])
				.isEqualTo(LisaQuadrant.LOW_HIGH);
		assertThat(LocalMoran.of(new double[] { 0, 0, 0, 0, 9, 0, 0, 0, 0 }, rook).quadrants()[4])
				.isEqualTo(LisaQuadrant.HIGH_LOW);
	}

	@Test
	void clustersKeepOnlySignificantQuadrants() {
		Lisa lisa = LocalMoran.of(Y, rook);
		boolean[] significant = new boolean[9];
		significant[0] = true;
		significant[8] = true;
		assertThat(lisa.clusters(significant)).containsExactly(LisaQuadrant.LOW_LOW, LisaQuadrant.NOT_SIGNIFICANT,
				LisaQuadrant.NOT_SIGNIFICANT, LisaQuadrant.NOT_SIGNIFICANT, LisaQuadrant.NOT_SIGNIFICANT,
				LisaQuadrant.NOT_SIGNIFICANT, LisaQuadrant.NOT_SIGNIFICANT, LisaQuadrant.NOT_SIGNIFICANT,
				LisaQuadrant.HIGH_HIGH);
	}

	@Test
	void anIslandHasNoInference() {
		double[] xs = { 0, 1, 2, 100 };
		double[] ys = { 0, 0, 0, 0 };
		SpatialWeights w = DistanceBandWeights.build(xs, ys, 1.5);
		Lisa lisa = LocalMoran.of(new double[] { 1, 2, 4, 9 }, w);
		assertThat(lisa.localI()[3]).isZero();
		assertThat(lisa.z()[3]).isNaN();
		assertThat(LocalMoran.permutations(new double[] { 1, 2, 4, 9 }, w, 99, 1).p(3)).isEqualTo(1);
	}

}
