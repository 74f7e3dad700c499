package org.csphub.security.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.csphub.audit.AuditLog;
import org.csphub.partners.OwnPasswordChanged;
import org.csphub.partners.UserAccessChanged;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends sessions when a user's access changes: a disabled user, a changed role or organisation, or a
 * reset password takes effect on that user's very next request. When users change their own
 * password, their other sessions end and the current one carries on.
 */
@Component
@ConditionalOnWebApplication
class SessionTerminator {

	private final SessionRegistry sessions;

	private final AuditLog audit;

	SessionTerminator(SessionRegistry sessions, AuditLog audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	@EventListener
	void on(UserAccessChanged event) {
		int ended = expireSessionsOf(event.username(), null);
		if (ended > 0) {
			audit.record("session.ended", "user", event.userId(), ended + " session(s) ended: " + event.reason());
		}
	}

	@EventListener
	void on(OwnPasswordChanged event) {
		HttpServletRequest request = currentRequest();
		HttpSession current = request == null ? null : request.getSession(false);
		expireSessionsOf(event.username(), current == null ? null : current.getId());
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CspUserPrincipal principal
				&& principal.getUsername().equals(event.username())) {
			CspUserPrincipal updated = principal.withPasswordChanged();
			UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(updated,
					null, updated.getAuthorities());
			replaced.setDetails(authentication.getDetails());
			SecurityContext newContext = SecurityContextHolder.createEmptyContext();
			newContext.setAuthentication(replaced);
			SecurityContextHolder.setContext(newContext);
			if (current != null) {
				current.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, newContext);
			}
		}
	}

	private int expireSessionsOf(String username, String keepSessionId) {
		int ended = 0;
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				List<SessionInformation> active = sessions.getAllSessions(principal, false);
				for (SessionInformation session : active) {
					if (!session.getSessionId().equals(keepSessionId)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		return ended;
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
