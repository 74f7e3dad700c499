package org.csphub.security.internal;

import org.csphub.partners.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for sign-in from the partners module. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.forSignIn(username)
			.map(CspUserPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
