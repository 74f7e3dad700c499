package org.csphub.partners;

import java.time.Instant;

/** A partner organisation. */
public record Organisation(OrganisationId id, String name, OrganisationType type, Instant createdAt,
		Instant updatedAt, int version) {
}
