package org.csphub.audit;

/** How the audited action ended. */
public enum AuditOutcome {

	/** The action was done. */
	SUCCESS,
	/** The action was tried and failed (for example a wrong password). */
	FAILURE,
	/** The user was not allowed to do it. */
	DENIED

}
