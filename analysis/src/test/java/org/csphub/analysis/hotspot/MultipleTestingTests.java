package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.junit.jupiter.api.Test;

class MultipleTestingTests {

	/**
	 * By hand from the definition, m = 5, α = 0.05: sorted p = 0.005, 0.03, 0.035, 0.039, 0.6 against
	 * kα/m = 0.01, 0.02, 0.03, 0.04, 0.05. k = 1 qualifies, 2 and 3 do not, 4 does (0.039 ≤ 0.04), 5 does
	 * not; the largest is k = 4, so the four smallest are significant (step-up: p(2) and p(3) count even
	 * though they failed their own comparison). The NaN is not a test.
	 */
	private static final double[] P = { 0.035, 0.6, 0.005, Double.NaN, 0.039, 0.03 };

	@Test
	void benjaminiHochbergByHand() {
		assertThat(MultipleTesting.benjaminiHochberg(P, 0.05)).containsExactly(true, false, true, false, true, true);
		assertThat(MultipleTesting.threshold(P, 0.05, Correction.BENJAMINI_HOCHBERG)).isEqualTo(0.039);
		// At α = 0.03, kα/m = 0.006, 0.012, 0.018, 0.024, 0.03: only k = 1 qualifies.
		assertThat(MultipleTesting.benjaminiHochberg(P, 0.03)).containsExactly(false, false, true, false, false, false);
		// At α = 0.004, none: 0.005 > 0.0008.
		assertThat(MultipleTesting.benjaminiHochberg(P, 0.004)).containsOnly(false);
	}

	@Test
	void bonferroniAndNone() {
		// α/m = 0.01.
		assertThat(MultipleTesting.bonferroni(P, 0.05)).containsExactly(false, false, true, false, false, false);
		assertThat(MultipleTesting.significant(P, 0.05, Correction.NONE)).containsExactly(true, false, true, false,
				true, true);
	}

	@Test
	void tiesAreAllSignificantOrNone() {
		// m = 4, α = 0.1: kα/m = 0.025, 0.05, 0.075, 0.1; sorted 0.02, 0.06, 0.06, 0.5: k = 3 qualifies.
		assertThat(MultipleTesting.benjaminiHochberg(new double[] { 0.06, 0.5, 0.02, 0.06 }, 0.1))
				.containsExactly(true, false, true, true);
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> MultipleTesting.benjaminiHochberg(new double[] { 1.5 }, 0.05))
				.hasMessageContaining("between 0 and 1");
		assertThatThrownBy(() -> MultipleTesting.benjaminiHochberg(new double[] { 0.5 }, 0))
				.hasMessageContaining("strictly between");
		assertThat(MultipleTesting.benjaminiHochberg(new double[0], 0.05)).isEmpty();
	}

}
