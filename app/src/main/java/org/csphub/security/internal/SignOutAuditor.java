package org.csphub.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records each sign-out. */
class SignOutAuditor implements LogoutHandler {

	private final AuditLog audit;

	SignOutAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null) {
			audit.recordAs(authentication.getName(), "sign-out", "user", null, AuditOutcome.SUCCESS, null);
		}
	}

}
