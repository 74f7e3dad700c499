package org.csphub.partners.web;

import java.util.Set;
import java.util.UUID;

import org.csphub.partners.Role;

/**
 * The add user form, its fields in the order the page shows them. The password is a temporary one;
 * the user chooses their own at first sign-in.
 */
public record NewUserForm(String displayName, String username, String email, UUID organisationId, Set<Role> roles,
		String password, String confirmPassword) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", null, Set.of(), "", "");
	}

	public Set<Role> rolesOrEmpty() {
		return roles == null ? Set.of() : roles;
	}

}
