package org.csphub.areas;

import java.util.Objects;

/** Names one area: its type and its code (an ONS code such as E05005497, or a custom area's slug). */
public record AreaRef(AreaType type, String code) {

	public AreaRef {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(code, "code");
	}

	@Override
	public String toString() {
		return type.name().toLowerCase() + ":" + code;
	}

}
