package org.csphub.audit;

import java.time.LocalDate;

/**
 * A filter over the audit log; every criterion is optional. Dates are inclusive and in the
 * service's time zone. Pages count from 1.
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, AuditOutcome outcome,
		LocalDate from, LocalDate to, int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		page = Math.max(1, page);
		pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, 500);
	}

	public static AuditQuery forRecord(String recordType, String recordId) {
		return new AuditQuery(null, null, recordType, recordId, null, null, null, 1, DEFAULT_PAGE_SIZE);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
