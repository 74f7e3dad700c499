package org.csphub.explore.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.IncidentStatistics;
import org.csphub.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Turns a profile's query (source, from, to and crime types, as typed into a bookmark or sent by the
 * filter form) into a checked {@link ProfileChoice}, or the problems with it, field by field.
 */
@Component
public class ProfileChoices {

	private final IncidentStatistics statistics;

	ProfileChoices(IncidentStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * @param options null when no incidents have been imported at all (then choice is null too)
	 * @param choice null when there are problems
	 */
	public record Resolved(ProfileOptions options, ProfileChoice choice, List<FieldProblem> problems) {

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

	}

	public Resolved resolve(String sourceCode, String fromText, String toText, List<String> categoryValues) {
		List<FieldProblem> problems = new ArrayList<>();
		List<IncidentSource> sources = statistics.sources();
		if (sources.isEmpty()) {
			return new Resolved(null, null, problems);
		}
		IncidentSource source = defaultSource(sources);
		if (!blank(sourceCode)) {
			IncidentSource named = sources.stream().filter(s -> s.code().equals(sourceCode.trim())).findFirst().orElse(null);
			if (named == null) {
				problems.add(new FieldProblem("source", "explore.source.unknown", "Choose a data source from the list"));
			}
			else {
				source = named;
			}
		}
		ProfileOptions options = options(sources, source);
		YearMonth from = month(fromText, "from", "start", options, problems);
		YearMonth to = month(toText, "to", "end", options, problems);
		if (from == null && blank(fromText)) {
			from = to == null ? options.defaultFrom() : latest(options.months().get(0), to.minusMonths(ProfileOptions.DEFAULT_MONTHS - 1));
		}
		if (to == null && blank(toText)) {
			to = blank(fromText) || from == null ? options.defaultTo()
					: earliest(options.months().get(options.months().size() - 1), from.plusMonths(ProfileOptions.DEFAULT_MONTHS - 1));
		}
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new FieldProblem("to", "explore.to.beforeFrom",
					"The end month must be the same as or after the start month"));
		}
		List<String> categories = new ArrayList<>();
		if (categoryValues != null) {
			for (String value : categoryValues) {
				if (blank(value)) {
					continue;
				}
				if (!options.categories().contains(value)) {
					problems.add(new FieldProblem("category", "explore.category.unknown",
							"Choose crime types from the list"));
					break;
				}
				categories.add(value);
			}
		}
		if (!problems.isEmpty()) {
			return new Resolved(options, null, problems);
		}
		return new Resolved(options, new ProfileChoice(source, from, to, categories), problems);
	}

	/** police.uk street crime by default, the source with the most months loaded among those. */
	private static IncidentSource defaultSource(List<IncidentSource> sources) {
		Comparator<IncidentSource> order = Comparator.comparing((IncidentSource s) -> !s.policeUkStreet())
			.thenComparing(Comparator.comparingInt(IncidentSource::monthsLoaded).reversed())
			.thenComparing(IncidentSource::code);
		return sources.stream().sorted(order).findFirst().orElseThrow();
	}

	private ProfileOptions options(List<IncidentSource> sources, IncidentSource source) {
		SortedSet<YearMonth> loaded = statistics.loadedMonths(source.code());
		List<YearMonth> loadedList = new ArrayList<>(loaded);
		YearMonth defaultTo = loaded.last();
		YearMonth defaultFrom = loadedList.get(Math.max(0, loadedList.size() - ProfileOptions.DEFAULT_MONTHS));
		return new ProfileOptions(sources, source, loaded, Months.between(loaded.first(), loaded.last()),
				statistics.categories(source.code()), defaultFrom, defaultTo);
	}

	private static YearMonth month(String text, String field, String word, ProfileOptions options,
			List<FieldProblem> problems) {
		if (blank(text)) {
			return null;
		}
		YearMonth month;
		try {
			month = YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			month = null;
		}
		if (month == null || !options.months().contains(month)) {
			problems.add(new FieldProblem(field, "explore." + field + ".invalid", "Choose a " + word + " month from "
					+ Months.label(options.months().get(0)) + " to " + Months.label(options.months().get(options.months().size() - 1))));
			return null;
		}
		return month;
	}

	private static YearMonth latest(YearMonth a, YearMonth b) {
		return a.isAfter(b) ? a : b;
	}

	private static YearMonth earliest(YearMonth a, YearMonth b) {
		return a.isBefore(b) ? a : b;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
