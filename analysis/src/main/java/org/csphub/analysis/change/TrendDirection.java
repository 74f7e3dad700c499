package org.csphub.analysis.change;

/** The direction a trend test reports at its significance level. */
public enum TrendDirection {

	/** A significant upward trend. */
	INCREASING,

	/** A significant downward trend. */
	DECREASING,

	/** No significant trend (including series too short to test). */
	NO_TREND

}
