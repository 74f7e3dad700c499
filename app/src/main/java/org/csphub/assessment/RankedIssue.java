package org.csphub.assessment;

import java.util.Map;
import java.util.UUID;

/**
 * An issue on the priority-setting matrix with its scores and its place in the ranking.
 *
 * @param rank its place by total (equal totals and equal harm share a place), null until fully scored
 * @param total the weighted total, null until every criterion is scored
 */
public record RankedIssue(UUID id, Integer rank, IssueOrigin origin, String title, String reason,
		Map<String, Integer> scores, String confidence, Integer total, Integer harm, PriorityDecision decision,
		String decisionReason, int version) {

	public boolean scored() {
		return total != null && confidence != null;
	}

}
