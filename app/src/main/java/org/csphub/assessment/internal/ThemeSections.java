package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;

import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.aggregate.Tally;
import org.csphub.analysis.change.ChangeVerdict;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * The thematic sections, one per theme of the partnership's assessment: {@code theme-drugs},
 * {@code theme-violence}, {@code theme-asb}, {@code theme-rural-crime}, {@code theme-vehicle-crime},
 * {@code theme-shoplifting-business}, {@code theme-criminal-damage}, {@code theme-weapons}. Each gives the
 * count in the assessment period, the change and its verdict, the rate per 1,000 residents, the ten
 * wards with the most (for rural crime: the ten rural LSOAs with the most) and a monthly chart.
 */
final class ThemeSections {

	private static final int TOP_AREAS = 10;

	private ThemeSections() {
	}

	/**
	 * A theme: its section id, title, the police.uk types it counts (empty for every crime type), whether it
	 * counts only rural LSOAs, and a note on what it can and cannot show.
	 */
	record Theme(String id, String title, Set<String> types, boolean ruralOnly, String note) {
	}

	static final List<Theme> THEMES = List.of(
			new Theme(AssessmentSections.THEME_DRUGS, "Drug crime", Set.of("Drugs"), false,
					"police.uk's Drugs type counts drug offences recorded by the police (mostly possession found by "
							+ "police activity), so it rises and falls with enforcement as well as with drug use."),
			new Theme(AssessmentSections.THEME_VIOLENCE, "Violence and sexual offences", Set.of("Violence and sexual offences"),
					false, "police.uk publishes violence and sexual offences as one type, from common assault and "
							+ "harassment to homicide and rape; domestic abuse is not identified in the open data."),
			new Theme(AssessmentSections.THEME_ASB, "Anti-social behaviour", Set.of(AssessmentInputs.ASB), false,
					"Anti-social behaviour reported to the police only; incidents reported to the council or social "
							+ "landlords are in partner data, where loaded."),
			new Theme(AssessmentSections.THEME_RURAL_CRIME, "Rural crime", Set.of(), true,
					"Every crime type (not anti-social behaviour) in the LSOAs classed as rural (RUC 2011 classes D1 to E2). "
							+ "police.uk does not identify farm, wildlife or heritage crime as such."),
			new Theme(AssessmentSections.THEME_VEHICLE_CRIME, "Vehicle crime", Set.of("Vehicle crime"), false,
					"Theft of and from vehicles and interfering with vehicles."),
			new Theme(AssessmentSections.THEME_SHOPLIFTING_BUSINESS, "Shoplifting and business crime", Set.of("Shoplifting"),
					false, "police.uk has no business-crime flag: this section counts shoplifting only. Burglary, criminal "
							+ "damage and robbery of businesses are in their own types, not separable in the open data."),
			new Theme(AssessmentSections.THEME_CRIMINAL_DAMAGE, "Criminal damage and arson", Set.of("Criminal damage and arson"),
					false, "Arson is not separable from criminal damage in police.uk data; fire and rescue data, where "
							+ "loaded as partner data, shows deliberate fires."),
			new Theme(AssessmentSections.THEME_WEAPONS, "Possession of weapons", Set.of("Possession of weapons"), false,
					"Possession offences found by the police; knife crime in which a weapon is used is counted under "
							+ "violence or robbery and is not separable in the open data."));

	static List<ReportSection> build(AssessmentInputs in, Findings findings) {
		List<ReportSection> sections = new ArrayList<>();
		for (Theme theme : THEMES) {
			sections.add(build(in, theme, findings));
		}
		return sections;
	}

	static Selection selection(AssessmentInputs in, Theme theme) {
		Selection selection = theme.types().isEmpty() ? in.crime() : Selection.everything().categories(theme.types());
		return theme.ruralOnly() ? selection.areas(RuralUrbanSection.ruralLsoas(in)) : selection;
	}

	private static ReportSection build(AssessmentInputs in, Theme theme, Findings findings) {
		if (!in.hasPeriodData()) {
			return new ReportSection(theme.id(), theme.title(), List.of(Notes.noPoliceData(in)));
		}
		if (theme.ruralOnly() && RuralUrbanSection.ruralLsoas(in).isEmpty()) {
			return new ReportSection(theme.id(), theme.title(), List.of(new Block.Note("No LSOA of the borough is classed as "
					+ "rural (or no rural-urban classification is loaded), so there is no rural crime to report.")));
		}
		Selection selection = selection(in, theme);
		Change change = Change.of(in.now(AreaType.LSOA, selection), in.before(AreaType.LSOA, selection));
		long allCrime = in.now(AreaType.LSOA, in.crime()).countInCoveredMonths();
		List<Block> blocks = new ArrayList<>();
		List<Block.KeyFigure> figures = new ArrayList<>();
		figures.add(new Block.KeyFigure(theme.title(), Format.count(change.count()), change.text()));
		OptionalDouble population = theme.ruralOnly() ? ruralPopulation(in) : in.boroughPopulation();
		Double rate = Tables.rate(change.count(), population);
		if (rate != null) {
			figures.add(new Block.KeyFigure("Per 1,000 residents", Format.decimal(rate),
					theme.ruralOnly() ? "residents of rural LSOAs (2019)" : "borough residents (2019)"));
		}
		if (!theme.types().contains(AssessmentInputs.ASB) && allCrime > 0) {
			figures.add(new Block.KeyFigure("Share of all crime", Format.percent((double) change.count() / allCrime), ""));
		}
		blocks.add(new Block.KeyFigures(figures));
		if (change.count() == 0 && (change.earlier() == null || change.earlier() == 0)) {
			blocks.add(new Block.Note("No " + theme.title().toLowerCase() + " was recorded in either period."));
		}
		blocks.add(new Block.Note(theme.note()));
		Notes.missingMonths(in).ifPresent(blocks::add);
		if (theme.ruralOnly() && change.is(ChangeVerdict.SIGNIFICANT_RISE)) {
			findings.candidate("theme:rural-crime", "Rural crime", "Significant rise: " + change.against()
					+ " in rural LSOAs");
		}
		blocks.add(topAreas(in, theme, selection));
		blocks.addAll(Tables.monthly(theme.id() + "-monthly", theme.title() + " each month", theme.title().toLowerCase(),
				in, List.of(theme.title()),
				List.of(in.cubes.get(AreaType.LSOA).byMonth(selection.months(in.spanFirst, in.spanLast)))));
		return new ReportSection(theme.id(), theme.title(), blocks);
	}

	private static OptionalDouble ruralPopulation(AssessmentInputs in) {
		long total = 0;
		for (String code : RuralUrbanSection.ruralLsoas(in)) {
			Integer p = in.lsoas.get(code).population2019();
			if (p == null) {
				return OptionalDouble.empty();
			}
			total += p;
		}
		return total > 0 ? OptionalDouble.of(total) : OptionalDouble.empty();
	}

	private static Block topAreas(AssessmentInputs in, Theme theme, Selection selection) {
		AreaType type = theme.ruralOnly() ? AreaType.LSOA : AreaType.WARD;
		Selection categories = theme.ruralOnly() ? in.crime() : selection;
		List<String> codes = theme.ruralOnly() ? List.copyOf(RuralUrbanSection.ruralLsoas(in))
				: in.areas.get(AreaType.WARD).stream().map(AreaSummary::code).toList();
		String id = theme.id() + (theme.ruralOnly() ? "-lsoas" : "-wards");
		String noun = theme.ruralOnly() ? "rural LSOAs" : "wards";
		if (codes.isEmpty()) {
			return new Block.Note("No ward boundaries are loaded, so there is no breakdown by ward.");
		}
		List<List<Object>> rows = new ArrayList<>();
		{
			SortedMap<String, Tally> now = in.cubes.get(type).byArea(in.now(categories.areas(codes)));
			SortedMap<String, Tally> before = in.cubes.get(type).byArea(in.before(categories.areas(codes)));
			List<Map.Entry<String, Tally>> top = now.entrySet().stream()
				.filter(e -> e.getValue().countInCoveredMonths() > 0)
				.sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().countInCoveredMonths())
					.reversed().thenComparing(Map.Entry::getKey))
				.limit(TOP_AREAS)
				.toList();
			for (Map.Entry<String, Tally> e : top) {
				Change c = Change.of(e.getValue(), before.get(e.getKey()));
				rows.add(Tables.row(in.name(type, e.getKey()), e.getKey(), c.count(),
						Tables.rate(c.count(), in.population(type, e.getKey())), c.earlier(), c.fraction(), c.verdictText()));
			}
		}
		return new DataTable(id, theme.title() + ": the " + TOP_AREAS + " " + noun + " with the most",
				List.of(Tables.text(theme.ruralOnly() ? "LSOA" : "Ward"), Tables.text("Code"), Tables.count("Assessment period"),
						Tables.decimal("Per 1,000 residents"), Tables.count("Comparison period"), Tables.percent("Change"),
						Tables.text("Verdict")),
				rows);
	}

}
