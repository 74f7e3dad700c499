package org.csphub.incidents;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.csphub.areas.AreaRef;

/**
 * Which incidents to count: one data source, one area, the months from {@code from} to {@code to}
 * inclusive, and the categories (all of them when the set is empty).
 *
 * <p>Which incidents are in an area: those the import placed there by their location (point in
 * polygon against the boundaries of the time). Every stored incident is inside the borough, so the
 * borough counts everything of the source; a ward, parish or LSOA counts the incidents given its code,
 * and a custom area those linked to it (custom areas may overlap).
 */
public record IncidentQuery(String source, AreaRef area, YearMonth from, YearMonth to, Set<String> categories) {

	public IncidentQuery {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		categories = categories == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(categories));
	}

	/** The same query over other months. */
	public IncidentQuery withMonths(YearMonth newFrom, YearMonth newTo) {
		return new IncidentQuery(source, area, newFrom, newTo, categories);
	}

}
