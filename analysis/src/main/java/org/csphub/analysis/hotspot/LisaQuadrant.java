package org.csphub.analysis.hotspot;

/**
 * Where an observation falls on the Moran scatter plot: its own value against the spatially lagged
 * values of its neighbours, both relative to the mean. "High" means strictly above the mean (PySAL's
 * convention: a value equal to the mean counts as low). PySAL's numbers are 1 HH, 2 LH, 3 LL, 4 HL.
 */
public enum LisaQuadrant {

	/** High value among high values: a hot spot. */
	HIGH_HIGH,

	/** Low value among high values: a low outlier. */
	LOW_HIGH,

	/** Low value among low values: a cold spot. */
	LOW_LOW,

	/** High value among low values: a high outlier. */
	HIGH_LOW,

	/** Not significant at the chosen level (only in {@link Lisa#clusters}). */
	NOT_SIGNIFICANT

}
