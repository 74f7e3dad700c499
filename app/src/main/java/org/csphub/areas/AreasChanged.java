package org.csphub.areas;

import java.util.Set;

/**
 * Boundaries of these types were imported or replaced: incidents must be assigned again. An empty set
 * means that only the per-LSOA reference data (population, deprivation, rural-urban) changed.
 */
public record AreasChanged(Set<AreaType> types) {

	public AreasChanged {
		types = Set.copyOf(types);
	}

	/** True when any boundary changed, so that points must be located again. */
	public boolean boundariesChanged() {
		return !types.isEmpty();
	}

}
