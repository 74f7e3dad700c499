package org.csphub.analysis.change;

/**
 * What a two-period comparison says in words. The rule is {@link PoissonRateComparison}'s.
 */
public enum ChangeVerdict {

	/** The later period's rate is higher and the difference is statistically significant. */
	SIGNIFICANT_RISE,

	/** The later period's rate is lower and the difference is statistically significant. */
	SIGNIFICANT_FALL,

	/** The difference is within what chance alone would often give. */
	NO_SIGNIFICANT_CHANGE,

	/** Too few incidents for a test to mean anything: no verdict either way. */
	TOO_FEW_TO_TELL

}
