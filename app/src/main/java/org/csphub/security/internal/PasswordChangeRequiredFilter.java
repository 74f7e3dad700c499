package org.csphub.security.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a temporary password (set by a coordinator or the command line) can do nothing but
 * choose their own password or sign out.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/account/password";

	private static final Set<String> ALLOWED = Set.of(CHANGE_PASSWORD, "/sign-out", "/error", "/accessibility");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof CspUserPrincipal principal
				&& principal.mustChangePassword() && !ALLOWED.contains(path) && !path.startsWith("/assets/")
				&& !path.startsWith("/webjars/")) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			return;
		}
		chain.doFilter(request, response);
	}

}
