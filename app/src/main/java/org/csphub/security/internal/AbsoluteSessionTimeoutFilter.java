package org.csphub.security.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than the absolute timeout, however active it has been
 * (the idle timeout is the servlet session timeout).
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".signedInAt";

	private final Duration timeout;

	private final Clock clock;

	private final AuditLog audit;

	AbsoluteSessionTimeoutFilter(Duration timeout, Clock clock, AuditLog audit) {
		this.timeout = timeout;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal())) {
			Object signedInAt = session.getAttribute(SIGNED_IN_AT);
			long now = clock.millis();
			if (signedInAt == null) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (now - (Long) signedInAt > timeout.toMillis()) {
				audit.record("session.expired", "user", null, AuditOutcome.SUCCESS,
						"absolute timeout of " + timeout.toHours() + " hours");
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/sign-in?timeout");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
