package org.csphub.assessment;

import java.util.List;

import org.csphub.reporting.Block;

/**
 * The borough at a glance, for the home page: the last 12 loaded months against the 12 before them,
 * with the biggest significant changes (the strategic assessment's executive summary for that period)
 * and the crime hotspot map with its note and table.
 *
 * @param period the months shown and their comparison
 * @param summary key figures and the biggest significant changes
 * @param hotspots the crime hotspot map (kernel density and Gi*), its approximate-location note and its table
 */
public record BoroughOverview(AssessmentPeriod period, List<Block> summary, List<Block> hotspots) {

	public BoroughOverview {
		summary = List.copyOf(summary);
		hotspots = List.copyOf(hotspots);
	}

}
