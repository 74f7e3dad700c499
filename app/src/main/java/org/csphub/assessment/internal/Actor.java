package org.csphub.assessment.internal;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.csphub.partners.Role;

/** Who is acting on an assessment: their user id, their name as shown, and their roles. */
public record Actor(UUID id, String name, Set<Role> roles) {

	public Actor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		roles = Set.copyOf(roles);
	}

	/** Analysts and coordinators write assessments. */
	public boolean author() {
		return roles.contains(Role.ANALYST) || roles.contains(Role.COORDINATOR);
	}

	/** Coordinators approve and return them. */
	public boolean coordinator() {
		return roles.contains(Role.COORDINATOR);
	}

}
