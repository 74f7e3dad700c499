package org.csphub.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An assessment as its task list shows it: what it covers, where it is in its review, each computed
 * section's commentary status, the progress of the priority-setting matrix and what still stops it
 * being submitted.
 *
 * @param unfinished what must be done before it can be submitted (empty when it can be)
 * @param latestInSeries whether no later version of it exists (only the latest can have a new version)
 */
public record AssessmentOverview(AssessmentId id, String title, String periodText, AssessmentPeriod period,
		int versionNumber, AssessmentStatus status, int version, PrioritySchemeRef scheme, String schemeName,
		Instant computedAt, String createdBy, Instant createdAt, AssessmentId copiedFrom, ActionStamp submitted,
		ActionStamp returned, String returnReason, ActionStamp approved, List<SectionTask> sections,
		List<SectionTask> appendices, int issues, int issuesScored, int issuesDecided, int priorities,
		List<String> unfinished, boolean latestInSeries) {

	/** A section of the assessment and the status of its commentary. */
	public record SectionTask(String id, String title, TaskStatus status) {
	}

	public boolean editable() {
		return status == AssessmentStatus.DRAFT;
	}

	public TaskStatus scoringStatus() {
		return issues == 0 || issuesScored == 0 ? TaskStatus.NOT_STARTED
				: issuesScored == issues ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	public TaskStatus decisionStatus() {
		return issues == 0 || issuesDecided == 0 ? TaskStatus.NOT_STARTED
				: issuesDecided == issues ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	public TaskStatus submissionStatus() {
		if (status != AssessmentStatus.DRAFT) {
			return TaskStatus.COMPLETED;
		}
		return unfinished.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.CANNOT_START_YET;
	}

}
