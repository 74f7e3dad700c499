package org.csphub.assessment.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.csphub.assessment.IssueOrigin;
import org.csphub.assessment.PriorityDecision;

/**
 * An issue considered for priority: its scores on the scheme's criteria (code to 1–5), the confidence
 * grade, and the partnership's decision with its reason. {@code version} counts saves.
 *
 * @param key the candidate's stable key for issues the data suggested, null for ones the partnership added
 */
public record Issue(UUID id, int position, IssueOrigin origin, String key, String title, String reason,
		Map<String, Integer> scores, String confidence, PriorityDecision decision, String decisionReason,
		String updatedBy, Instant updatedAt, int version) {

	public Issue {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(origin, "origin");
		scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
	}

	Issue scored(Map<String, Integer> newScores, String grade, String by, Instant now) {
		return new Issue(id, position, origin, key, title, reason, newScores, grade, decision, decisionReason, by, now,
				version + 1);
	}

	Issue decided(PriorityDecision newDecision, String why, String by, Instant now) {
		return new Issue(id, position, origin, key, title, reason, scores, confidence, newDecision, why, by, now,
				version + 1);
	}

	Issue withReason(String newReason, String by, Instant now) {
		return new Issue(id, position, origin, key, title, newReason, scores, confidence, decision, decisionReason, by,
				now, version + 1);
	}

	/** A copy for another assessment: a new id, the same issue and scores, saved afresh (version 0). */
	Issue copiedAs(UUID newId, int newPosition, Map<String, Integer> keptScores, String keptGrade,
			PriorityDecision keptDecision, String keptReason, String by, Instant now) {
		return new Issue(newId, newPosition, origin, key, title, reason, keptScores, keptGrade, keptDecision, keptReason,
				by, now, 0);
	}

	boolean decided() {
		return decision != null;
	}

}
