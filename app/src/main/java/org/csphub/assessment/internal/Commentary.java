package org.csphub.assessment.internal;

import java.time.Instant;

/**
 * The analyst's commentary on one computed section. {@code version} counts saves (0 before the first),
 * for optimistic locking of the commentary page.
 */
public record Commentary(String sectionId, String body, boolean completed, String updatedBy, Instant updatedAt,
		int version) {

	/** Commentary copied into a new assessment: the same words, saved once, to be checked again. */
	Commentary copiedInto(String by, Instant now) {
		return new Commentary(sectionId, body, false, by, now, 1);
	}

}
