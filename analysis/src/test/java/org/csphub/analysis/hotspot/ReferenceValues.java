package org.csphub.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/**
 * Compares results with numbers printed in the reference README. The README's tolerance is 1e-7
 * relative, but some numbers are printed with fewer significant digits (p = 0.172936 has six), so a
 * printed number is matched to within the larger of 1e-7 relative and half a unit in its last printed
 * digit (its own rounding).
 */
final class ReferenceValues {

	private ReferenceValues() {
	}

	static void assertMatches(double actual, String printed) {
		BigDecimal reference = new BigDecimal(printed);
		double expected = reference.doubleValue();
		double rounding = 0.5 * Math.pow(10, -reference.scale());
		double tolerance = Math.max(1e-7 * Math.abs(expected), rounding);
		assertThat(actual).as("reference %s", printed).isBetween(expected - tolerance, expected + tolerance);
	}

	static void assertMatches(double[] actual, String... printed) {
		assertThat(actual).hasSameSizeAs(printed);
		for (int i = 0; i < printed.length; i++) {
			assertMatches(actual[i], printed[i]);
		}
	}

}
