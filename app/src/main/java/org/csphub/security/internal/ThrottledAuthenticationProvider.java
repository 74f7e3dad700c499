package org.csphub.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Username and password sign-in with throttling: a locked username is refused before its password
 * is checked, a wrong password counts towards the lock, and a sign-in clears the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (throttle.lockedUntil(username).isPresent()) {
			throw new LockedException("too many failed sign-ins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.registerSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (throttle.registerFailure(username)) {
				throw new LockedException("too many failed sign-ins", ex);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
