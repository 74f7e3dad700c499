package org.csphub.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page. It says only "wrong username or password" or
 * "locked": never whether the account exists or is disabled.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LockedException ? "locked" : "error";
		response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
	}

}
