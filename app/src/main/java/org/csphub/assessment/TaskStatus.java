package org.csphub.assessment;

/** The status of a task on an assessment's task list (GOV.UK task list statuses). */
public enum TaskStatus {

	NOT_STARTED,
	IN_PROGRESS,
	COMPLETED,
	CANNOT_START_YET;

	public String messageKey() {
		return "assessment.task." + name();
	}

}
