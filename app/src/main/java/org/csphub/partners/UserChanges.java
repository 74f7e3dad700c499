package org.csphub.partners;

import java.util.Set;

/** A coordinator's change to a user's details, against the version they saw. */
public record UserChanges(String displayName, String email, OrganisationId organisationId, Set<Role> roles,
		int version) {
}
