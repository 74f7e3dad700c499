package org.csphub.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 * @param actor the username, or {@code system}, or {@code cli:<os user>} for the command line
 * @param remoteAddress the client's IP address, or {@code command line}
 * @param action what was done, for example {@code user.disabled}
 * @param recordType the kind of record acted on, for example {@code user}
 * @param recordId the record's id, if any
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String remoteAddress, String action,
		String recordType, String recordId, AuditOutcome outcome, String detail) {
}
