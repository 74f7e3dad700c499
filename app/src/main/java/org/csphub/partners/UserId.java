package org.csphub.partners;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account. */
public record UserId(UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId newId() {
		return new UserId(UUID.randomUUID());
	}

	public static UserId parse(String text) {
		return new UserId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
