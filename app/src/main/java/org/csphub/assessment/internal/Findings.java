package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csphub.assessment.internal.ComputedAssessment.CandidateIssue;

/**
 * What the sections find that the executive summary and the priority-setting matrix need: candidate
 * issues (one per key; a second reason for the same key is added to the first) and significant changes.
 */
final class Findings {

	private final Map<String, CandidateIssue> candidates = new LinkedHashMap<>();

	private final List<SignificantChange> changes = new ArrayList<>();

	/** A significant change of a crime type, for the executive summary. */
	record SignificantChange(String what, Change change) {
	}

	void candidate(String key, String title, String reason) {
		candidates.merge(key, new CandidateIssue(key, title, reason),
				(a, b) -> new CandidateIssue(a.key(), a.title(), a.reason() + "; " + b.reason()));
	}

	void significantChange(String what, Change change) {
		changes.add(new SignificantChange(what, change));
	}

	List<CandidateIssue> candidates() {
		return List.copyOf(candidates.values());
	}

	List<SignificantChange> changes() {
		return List.copyOf(changes);
	}

}
