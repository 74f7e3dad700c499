package org.csphub.areas;

import java.util.Set;

/** Boundaries of these types were imported or replaced: incidents must be assigned again. */
public record AreasChanged(Set<AreaType> types) {

	public AreasChanged {
		types = Set.copyOf(types);
	}

}
