package org.csphub.incidents;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an import did. {@code imported} rows were stored; {@code replaced} rows of the same sources
 * and months were removed in their favour; rows {@code withoutLocation} or {@code outsideArea} were
 * left out by rule; {@code rejected} is the number of problems (then nothing was imported at all).
 */
public record ImportSummary(UUID runId, boolean succeeded, long rowsRead, long imported, long replaced,
		long withoutLocation, long outsideArea, long rejected, Set<YearMonth> months, List<ImportProblem> problems) {

	public ImportSummary {
		months = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(months));
		problems = List.copyOf(problems);
	}

	/** The months for people: "2019-12 to 2022-04 (29 months)", "2021-06 (1 month)" or "none". */
	public String monthsDescribed() {
		if (months.isEmpty()) {
			return "none";
		}
		java.util.SortedSet<YearMonth> sorted = (java.util.SortedSet<YearMonth>) months;
		String range = sorted.size() == 1 ? sorted.first().toString() : sorted.first() + " to " + sorted.last();
		return range + " (" + sorted.size() + (sorted.size() == 1 ? " month)" : " months)");
	}

}
