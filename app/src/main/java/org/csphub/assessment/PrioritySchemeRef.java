package org.csphub.assessment;

import java.util.Objects;

/** Names one version of a priority-setting scheme, such as {@code csp-priority-matrix} version 2. */
public record PrioritySchemeRef(String schemeId, int version) {

	public PrioritySchemeRef {
		Objects.requireNonNull(schemeId, "schemeId");
		if (version < 1) {
			throw new IllegalArgumentException("Scheme versions start at 1");
		}
	}

	@Override
	public String toString() {
		return schemeId + " v" + version;
	}

}
