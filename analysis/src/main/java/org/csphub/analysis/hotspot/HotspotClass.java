package org.csphub.analysis.hotspot;

/**
 * The hot and cold spot classes of ArcGIS's Hot Spot Analysis ({@code Gi_Bin}): the sign of the Gi*
 * z-score and the highest confidence level (99, 95, 90 %) at which the cell is significant.
 */
public enum HotspotClass {

	/** Cold spot, significant at 99 % confidence ({@code Gi_Bin} −3). */
	COLD_99(-3, 0.01),

	/** Cold spot, 95 % ({@code Gi_Bin} −2). */
	COLD_95(-2, 0.05),

	/** Cold spot, 90 % ({@code Gi_Bin} −1). */
	COLD_90(-1, 0.10),

	/** Not significant at 90 % ({@code Gi_Bin} 0), or not in the study area. */
	NOT_SIGNIFICANT(0, Double.NaN),

	/** Hot spot, 90 % ({@code Gi_Bin} 1). */
	HOT_90(1, 0.10),

	/** Hot spot, 95 % ({@code Gi_Bin} 2). */
	HOT_95(2, 0.05),

	/** Hot spot, 99 % ({@code Gi_Bin} 3). */
	HOT_99(3, 0.01);

	private final int bin;

	private final double alpha;

	HotspotClass(int bin, double alpha) {
		this.bin = bin;
		this.alpha = alpha;
	}

	/** ArcGIS's {@code Gi_Bin}: −3 to 3. */
	public int bin() {
		return bin;
	}

	/** The significance level of the class (0.01, 0.05, 0.10); NaN for {@link #NOT_SIGNIFICANT}. */
	public double alpha() {
		return alpha;
	}

}
