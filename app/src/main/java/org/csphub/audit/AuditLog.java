package org.csphub.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.csphub.audit.internal.AuditEntryRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and searches the audit log. Records join the caller's transaction, so a change and its
 * audit entry are written together or not at all. The actor and address come from the current
 * sign-in and request unless given.
 */
@Service
public class AuditLog {

	public static final String SYSTEM = "system";

	public static final String ANONYMOUS = "anonymous";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records a successful action by the current user. */
	public void record(String action, String recordType, Object recordId, String detail) {
		record(action, recordType, recordId, AuditOutcome.SUCCESS, detail);
	}

	/** Records an action by the current user with the given outcome. */
	public void record(String action, String recordType, Object recordId, AuditOutcome outcome, String detail) {
		recordAs(currentActor(), action, recordType, recordId, outcome, detail);
	}

	/** Records an action by a named actor, such as the username typed at a failed sign-in. */
	public void recordAs(String actor, String action, String recordType, Object recordId, AuditOutcome outcome,
			String detail) {
		entries.append(clock.instant(), truncate(actor, 100), currentAddress(), action, recordType,
				recordId == null ? null : truncate(recordId.toString(), 100), outcome, truncate(detail, 1000));
	}

	/**
	 * Records an action done on someone's behalf away from their request (a background import, say),
	 * naming the actor and the address they asked from.
	 */
	public void recordFrom(String actor, String remoteAddress, String action, String recordType, Object recordId,
			AuditOutcome outcome, String detail) {
		entries.append(clock.instant(), truncate(actor, 100), truncate(remoteAddress, 64), action, recordType,
				recordId == null ? null : truncate(recordId.toString(), 100), outcome, truncate(detail, 1000));
	}

	public AuditPage search(AuditQuery query) {
		return entries.search(query);
	}

	/** The distinct action names recorded so far, for the filter form. */
	public List<String> actions() {
		return entries.actions();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		return authentication.getName();
	}

	/** The address of the current request, or {@code command line} outside a request. */
	public static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "command line";
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
