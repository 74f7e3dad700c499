package org.csphub.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Records every refused request (wrong role, missing CSRF token) and shows the 403 page. */
class AuditedAccessDeniedHandler implements AccessDeniedHandler {

	private final AuditLog audit;

	AuditedAccessDeniedHandler(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String reason = denied instanceof CsrfException ? "missing or invalid CSRF token" : "not allowed for role";
		audit.record("access.denied", "page", request.getMethod() + " " + request.getRequestURI(), AuditOutcome.DENIED,
				reason);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
