package org.csphub.assessment.internal;

import java.util.List;

import org.csphub.reporting.Block;
import org.csphub.reporting.ReportSection;

/**
 * Everything an assessment computes from the data for its period: the executive summary's figures,
 * the sections (each with a stable id the analyst's commentary is attached to), the appendices (method,
 * data quality) and the candidate issues the data suggests for the priority-setting matrix.
 */
record ComputedAssessment(List<Block> summary, List<ReportSection> sections, List<ReportSection> appendices,
		List<CandidateIssue> candidates) {

	ComputedAssessment {
		summary = List.copyOf(summary);
		sections = List.copyOf(sections);
		appendices = List.copyOf(appendices);
		candidates = List.copyOf(candidates);
	}

	/**
	 * An issue the data suggests the partnership consider as a priority.
	 *
	 * @param key stable key, such as "crime-type:Shoplifting" or "area:E05012345"
	 * @param title what it is, such as "Shoplifting"
	 * @param reason why it is suggested, such as "Largest volume: 2,345 crimes (12.1% of all)" or
	 * "Significant rise: +34% (p < 0.001)"
	 */
	record CandidateIssue(String key, String title, String reason) {
	}

}
