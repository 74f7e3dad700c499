package org.csphub.assessment;

/** Where a candidate issue came from: suggested by the data, or added by the partnership. */
public enum IssueOrigin {

	DATA,
	PARTNERSHIP;

	public String messageKey() {
		return "assessment.origin." + name();
	}

}
