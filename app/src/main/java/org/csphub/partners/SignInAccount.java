package org.csphub.partners;

import java.util.Set;

/** What the sign-in needs to know about a user, including the password hash. */
public record SignInAccount(UserId id, String username, String displayName, String passwordHash, boolean enabled,
		boolean mustChangePassword, Set<Role> roles, OrganisationId organisationId, String organisationName) {
}
