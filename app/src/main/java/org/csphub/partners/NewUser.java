package org.csphub.partners;

import java.util.Set;

/**
 * What is needed to add a user. A temporary password (one a coordinator chose for someone else)
 * must be changed at first sign-in; a password people chose themselves (at the command line) need not.
 */
public record NewUser(String username, String displayName, String email, OrganisationId organisationId,
		Set<Role> roles, char[] password, boolean passwordIsTemporary) {
}
