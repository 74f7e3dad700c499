package org.csphub.partners;

import java.time.Instant;
import java.util.Set;

/** A person who uses CSP Hub, as coordinators see them. Holds no password. */
public record UserAccount(UserId id, String username, String displayName, String email, Organisation organisation,
		Set<Role> roles, boolean enabled, boolean mustChangePassword, Instant lastSignedInAt, Instant createdAt,
		Instant updatedAt, int version) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

}
