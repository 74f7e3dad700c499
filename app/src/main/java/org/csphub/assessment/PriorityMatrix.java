package org.csphub.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An assessment's issues ranked on its scheme version. The order: the weighted total, highest first;
 * equal totals by the first group of criteria (harm), highest first; then by name. Issues with the
 * same total and harm share a rank (1, 2, 2, 4). Issues not yet fully scored come last, unranked.
 */
public record PriorityMatrix(AssessmentId assessmentId, String assessmentTitle, AssessmentStatus status,
		PriorityScheme scheme, List<RankedIssue> issues) {

	public PriorityMatrix {
		issues = List.copyOf(issues);
	}

	public boolean editable() {
		return status == AssessmentStatus.DRAFT;
	}

	/** Ranks issues whose total and harm are given (nulls for the unscored), setting each one's rank. */
	public static List<RankedIssue> rank(List<RankedIssue> unranked) {
		Comparator<RankedIssue> order = Comparator
			.comparing((RankedIssue i) -> i.total() == null ? Integer.MIN_VALUE : i.total(), Comparator.reverseOrder())
			.thenComparing(i -> i.harm() == null ? Integer.MIN_VALUE : i.harm(), Comparator.reverseOrder())
			.thenComparing(i -> i.title().toLowerCase(java.util.Locale.UK));
		List<RankedIssue> sorted = new ArrayList<>(unranked);
		sorted.sort(order);
		List<RankedIssue> ranked = new ArrayList<>();
		RankedIssue previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			RankedIssue issue = sorted.get(i);
			Integer place = null;
			if (issue.total() != null) {
				boolean tie = previous != null && issue.total().equals(previous.total())
						&& java.util.Objects.equals(issue.harm(), previous.harm());
				rank = tie ? rank : i + 1;
				place = rank;
				previous = issue;
			}
			ranked.add(new RankedIssue(issue.id(), place, issue.origin(), issue.title(), issue.reason(), issue.scores(),
					issue.confidence(), issue.total(), issue.harm(), issue.decision(), issue.decisionReason(),
					issue.version()));
		}
		return ranked;
	}

	public RankedIssue issue(java.util.UUID id) {
		return issues.stream()
			.filter(i -> i.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new org.csphub.shared.NotFoundException("Issue"));
	}

}
