package org.csphub.security.internal;

import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.csphub.partners.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records every sign-in and every failed sign-in, with the reason, in the audit log. */
@Component
class SignInAuditor {

	private final AuditLog audit;

	private final UserAccounts accounts;

	SignInAuditor(AuditLog audit, UserAccounts accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		accounts.recordSignIn(username);
		audit.recordAs(username, "sign-in", "user", null, AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason = event.getException() instanceof LockedException ? "locked after repeated failures"
				: event.getException().getClass().getSimpleName();
		String typed = String.valueOf(event.getAuthentication().getName());
		audit.recordAs(typed.length() > 60 ? typed.substring(0, 60) : typed, "sign-in.failed", "user", null,
				AuditOutcome.FAILURE, reason);
	}

}
