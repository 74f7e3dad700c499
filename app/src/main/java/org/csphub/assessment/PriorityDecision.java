package org.csphub.assessment;

/** What the partnership decided about a candidate issue. */
public enum PriorityDecision {

	PRIORITY,
	NOT_PRIORITY;

	public String messageKey() {
		return "assessment.decision." + name();
	}

}
