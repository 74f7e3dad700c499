package org.csphub.partners;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation. */
public record OrganisationId(UUID value) {

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	public static OrganisationId newId() {
		return new OrganisationId(UUID.randomUUID());
	}

	public static OrganisationId parse(String text) {
		return new OrganisationId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
