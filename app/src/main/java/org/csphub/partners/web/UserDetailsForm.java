package org.csphub.partners.web;

import java.util.Set;
import java.util.UUID;

import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;

/** The change user form. */
public record UserDetailsForm(String displayName, String email, UUID organisationId, Set<Role> roles, Integer version) {

	/** A form posted without its version (a hand-made request) counts as version 0. */
	public UserDetailsForm {
		version = version == null ? 0 : version;
	}

	static UserDetailsForm of(UserAccount user) {
		return new UserDetailsForm(user.displayName(), user.email(), user.organisation().id().value(), user.roles(),
				user.version());
	}

	public Set<Role> rolesOrEmpty() {
		return roles == null ? Set.of() : roles;
	}

}
