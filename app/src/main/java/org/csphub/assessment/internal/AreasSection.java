package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

import org.csphub.analysis.aggregate.CountCube;
import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code areas}, with a subsection per kind of area: {@code areas-wards}, {@code areas-parishes},
 * {@code areas-priority-neighbourhoods} (custom areas) and {@code areas-lsoas}. Each lists every area
 * with its crime and ASB, rates per 1,000 residents (2019), the comparison period's crime and the change,
 * highest crime rate first. Incidents are in an area when the import placed them there by location.
 */
final class AreasSection {

	private AreasSection() {
	}

	/** One area's figures. */
	record AreaRow(String code, String name, OptionalDouble population, Change crime, long asb) {

		Double crimeRate() {
			return Tables.rate(crime.count(), population);
		}

		Double asbRate() {
			return Tables.rate(asb, population);
		}

	}

	static ReportSection build(AssessmentInputs in, Findings findings) {
		String title = "Crime and anti-social behaviour by area";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.AREAS, title, List.of(Notes.noPoliceData(in)));
		}
		List<ReportSection> subsections = new ArrayList<>();
		subsections.add(subsection(in, AreaType.WARD, AssessmentSections.AREAS_WARDS, "Wards", "ward", findings));
		subsections.add(subsection(in, AreaType.PARISH, AssessmentSections.AREAS_PARISHES, "Parishes", "parish", null));
		subsections.add(subsection(in, AreaType.CUSTOM, AssessmentSections.AREAS_PRIORITY_NEIGHBOURHOODS,
				"Priority neighbourhoods", "priority neighbourhood", null));
		subsections.add(subsection(in, AreaType.LSOA, AssessmentSections.AREAS_LSOAS,
				"Lower layer super output areas (LSOAs)", "LSOA", null));
		List<Block> blocks = List.of(new Block.Paragraph("Counts are of the incidents placed in each area by their "
				+ "(approximate) location when imported. Rates are per 1,000 residents of the area in 2019: the sum of the "
				+ "populations of the LSOAs whose interior point lies in it, so an area smaller than an LSOA may have no "
				+ "population and no rate. Rates over one period are not annualised."));
		return new ReportSection(AssessmentSections.AREAS, title, blocks, subsections);
	}

	/** The figures of every area of a type, highest crime rate first (areas without a rate last, by count). */
	static List<AreaRow> rows(AssessmentInputs in, AreaType type) {
		CountCube cube = in.cubes.get(type);
		SortedMap<String, Tally> crimeNow = cube.byArea(in.now(in.crime()));
		SortedMap<String, Tally> crimeBefore = cube.byArea(in.before(in.crime()));
		SortedMap<String, Tally> asbNow = cube.byArea(in.now(in.asb()));
		List<AreaRow> rows = new ArrayList<>();
		for (AreaSummary area : in.areas.get(type)) {
			rows.add(row(in, type, area.code(), crimeNow, crimeBefore, asbNow));
		}
		Tally outside = crimeNow.get(AssessmentInputs.NO_AREA);
		Tally outsideAsb = asbNow.get(AssessmentInputs.NO_AREA);
		if (type != AreaType.CUSTOM && outside != null
				&& (outside.countInCoveredMonths() > 0 || outsideAsb.countInCoveredMonths() > 0)) {
			rows.add(row(in, type, AssessmentInputs.NO_AREA, crimeNow, crimeBefore, asbNow));
		}
		rows.sort(Comparator.comparing((AreaRow r) -> r.crimeRate() == null ? Double.NEGATIVE_INFINITY : r.crimeRate())
			.reversed()
			.thenComparing(Comparator.comparingLong((AreaRow r) -> r.crime().count()).reversed())
			.thenComparing(AreaRow::code));
		return rows;
	}

	private static AreaRow row(AssessmentInputs in, AreaType type, String code, Map<String, Tally> crimeNow,
			Map<String, Tally> crimeBefore, Map<String, Tally> asbNow) {
		OptionalDouble population = AssessmentInputs.NO_AREA.equals(code) ? OptionalDouble.empty()
				: in.population(type, code);
		return new AreaRow(code, in.name(type, code), population, Change.of(crimeNow.get(code), crimeBefore.get(code)),
				asbNow.get(code).countInCoveredMonths());
	}

	private static ReportSection subsection(AssessmentInputs in, AreaType type, String id, String title, String noun,
			Findings findings) {
		if (in.areas.get(type).isEmpty()) {
			return new ReportSection(id, title, List.of(new Block.Note("No " + noun
					+ " boundaries are loaded, so there are no figures by " + noun + ". Import them (Import boundaries) to "
					+ "include them.")));
		}
		List<AreaRow> rows = rows(in, type);
		List<List<Object>> cells = new ArrayList<>();
		for (AreaRow r : rows) {
			cells.add(Tables.row(r.name(), r.code(), r.population().isPresent() ? (Object) (long) r.population().getAsDouble()
					: null, r.crime().count(), r.crimeRate(), r.asb(), r.asbRate(), r.crime().earlier(), r.crime().fraction(),
					r.crime().verdictText()));
		}
		List<Block> blocks = new ArrayList<>();
		List<AreaRow> rated = rows.stream().filter(r -> r.crimeRate() != null).toList();
		if (!rated.isEmpty()) {
			List<String> top = rated.stream().limit(3)
				.map(r -> r.name() + " (" + Format.decimal(r.crimeRate()) + " per 1,000, " + Format.count(r.crime().count())
						+ " crimes)")
				.toList();
			blocks.add(new Block.Paragraph("Highest crime rates: " + Format.list(top) + "."));
		}
		long unrated = rows.stream().filter(r -> r.crimeRate() == null && !AssessmentInputs.NO_AREA.equals(r.code())).count();
		if (unrated > 0) {
			blocks.add(new Block.Note(Format.plural(unrated, noun + " has", noun + "s have")
					+ " no known population (no LSOA's interior point lies in "
					+ (unrated == 1 ? "it" : "them") + ", or reference data is missing), so no rate."));
		}
		long rises = rows.stream().filter(r -> r.crime().is(org.csphub.analysis.change.ChangeVerdict.SIGNIFICANT_RISE)).count();
		blocks.add(new Block.Paragraph(Format.plural(rises, noun + " had", noun + "s had")
				+ " a significant rise in crime on the comparison period."));
		if (findings != null) {
			rated.stream().limit(3).forEach(r -> findings.candidate("area:" + type.name().toLowerCase() + ":" + r.code(),
					r.name(), "High crime rate: " + Format.decimal(r.crimeRate()) + " per 1,000 residents ("
							+ Format.count(r.crime().count()) + " crimes)"));
		}
		blocks.add(new DataTable(id + "-table", title + ": crime and anti-social behaviour",
				List.of(Tables.text("Area"), Tables.text("Code"), Tables.count("Population (2019)"), Tables.count("Crime"),
						Tables.decimal("Crime per 1,000"), Tables.count("Anti-social behaviour"),
						Tables.decimal("ASB per 1,000"), Tables.count("Crime, comparison period"),
						Tables.percent("Change in crime"), Tables.text("Verdict")),
				cells));
		return new ReportSection(id, title, blocks);
	}

}
