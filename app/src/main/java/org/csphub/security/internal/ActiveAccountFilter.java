package org.csphub.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.csphub.partners.SignInAccount;
import org.csphub.partners.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request that the signed-in account is still enabled and still has the roles and
 * organisation it signed in with. This ends sessions at once even when the change was made
 * somewhere the session registry cannot see: the command line, or another server of a cluster.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final UserAccounts accounts;

	ActiveAccountFilter(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CspUserPrincipal principal
				&& !stillValid(principal)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/sign-in?ended");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(CspUserPrincipal principal) {
		SignInAccount account = accounts.forSignIn(principal.getUsername()).orElse(null);
		return account != null && account.enabled() && account.roles().equals(principal.roles())
				&& account.organisationName().equals(principal.organisationName());
	}

}
