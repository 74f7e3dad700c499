package org.csphub.assessment;

/**
 * Where an assessment is in its review: analysts and coordinators change a draft, submit it for
 * review, and a coordinator approves it or returns it to draft. An approved assessment never changes.
 */
public enum AssessmentStatus {

	DRAFT,
	IN_REVIEW,
	APPROVED;

	/** The message key of the status's label, such as {@code assessment.status.DRAFT}. */
	public String messageKey() {
		return "assessment.status." + name();
	}

}
