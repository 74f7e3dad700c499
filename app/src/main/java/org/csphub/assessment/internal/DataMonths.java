package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.IncidentStatistics;
import org.springframework.stereotype.Component;

/**
 * The months of data an assessment can cover: those loaded of the default source, police.uk street
 * crime with the most months loaded (as the area profiles choose).
 */
@Component
public class DataMonths {

	private final IncidentStatistics statistics;

	DataMonths(IncidentStatistics statistics) {
		this.statistics = statistics;
	}

	/** The default source, or empty when nothing is loaded. */
	public Optional<IncidentSource> source() {
		return statistics.sources()
			.stream()
			.sorted(Comparator.comparing((IncidentSource s) -> !s.policeUkStreet())
				.thenComparing(Comparator.comparingInt(IncidentSource::monthsLoaded).reversed())
				.thenComparing(IncidentSource::code))
			.findFirst();
	}

	/** The loaded months of the default source, in order; empty when nothing is loaded. */
	public SortedSet<YearMonth> loaded() {
		return source().map(s -> statistics.loadedMonths(s.code())).orElse(new TreeSet<>());
	}

	/** Every month from {@code first} to {@code last}. */
	public static List<YearMonth> between(YearMonth first, YearMonth last) {
		List<YearMonth> months = new java.util.ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
