package org.csphub.assessment;

import java.time.Instant;

/** One assessment version in the list: its name from its period, its version and status. */
public record AssessmentSummary(AssessmentId id, String title, AssessmentPeriod period, int versionNumber,
		AssessmentStatus status, Instant updatedAt, Instant approvedAt, boolean latestInSeries) {
}
