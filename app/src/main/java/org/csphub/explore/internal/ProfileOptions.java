package org.csphub.explore.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;

import org.csphub.incidents.IncidentSource;

/**
 * What a profile's filters offer for one source: its loaded months, the months that can be chosen
 * (every month from the first loaded to the last, loaded or not), its crime types, and the default
 * period: the latest twelve loaded months (docs/adr/0010).
 */
public record ProfileOptions(List<IncidentSource> sources, IncidentSource source, SortedSet<YearMonth> loaded,
		List<YearMonth> months, List<String> categories, YearMonth defaultFrom, YearMonth defaultTo) {

	/** How many of the latest loaded months the default period covers. */
	public static final int DEFAULT_MONTHS = 12;

	public boolean isLoaded(YearMonth month) {
		return loaded.contains(month);
	}

}
