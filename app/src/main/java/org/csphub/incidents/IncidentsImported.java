package org.csphub.incidents;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/** An import changed these sources and months. */
public record IncidentsImported(UUID runId, Set<String> sources, Set<YearMonth> months) {

	public IncidentsImported {
		sources = Set.copyOf(sources);
		months = Set.copyOf(months);
	}

}
