package org.csphub.security;

import java.util.Optional;
import java.util.Set;

import org.csphub.partners.Role;
import org.csphub.partners.UserId;
import org.csphub.security.internal.CspUserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, as the pages show them. */
public record CurrentUser(UserId id, String username, String displayName, String organisationName, Set<Role> roles) {

	/** The user signed in on this request, if any. */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CspUserPrincipal principal) {
			return Optional.of(new CurrentUser(principal.userId(), principal.getUsername(), principal.displayName(),
					principal.organisationName(), principal.roles()));
		}
		return Optional.empty();
	}

	public boolean hasAnyRole(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
