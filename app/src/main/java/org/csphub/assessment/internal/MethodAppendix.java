package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.csphub.reporting.Block;
import org.csphub.reporting.ReportSection;

/**
 * Appendix {@code method}: the sources read, the definitions, the statistical tests and their settings,
 * the caveats, and the data licences' attributions.
 */
final class MethodAppendix {

	/** The attributions every output of police.uk data, boundaries and reference data must show. */
	static final List<String> ATTRIBUTIONS = List.of(
			"Contains public sector information licensed under the Open Government Licence v3.0. Source: data.police.uk.",
			"Contains Ordnance Survey, Office for National Statistics, National Records Scotland and LPS Intellectual "
					+ "Property data © Crown copyright and database right 2016.",
			"English Indices of Deprivation 2019 (MHCLG), rural-urban classification 2011 and population estimates (ONS): "
					+ "Open Government Licence v3.0.");

	static final String FIXMYSTREET = "FixMyStreet report counts: mySociety, Open Data Commons Attribution licence "
			+ "(ODC-By 1.0).";

	private MethodAppendix() {
	}

	static ReportSection build(AssessmentInputs in) {
		List<Block> blocks = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		in.loaded.forEach((source, months) -> sources.add(AssessmentSources.label(source) + ": "
				+ Format.plural(months.size(), "month", "months") + " loaded between " + Format.month(in.spanFirst) + " and "
				+ Format.month(in.spanLast)));
		blocks.add(new Block.Paragraph("Assessment period: " + Format.period(in.period.first(), in.period.last())
				+ "; comparison period: " + Format.period(in.period.comparisonFirst(), in.period.comparisonLast())
				+ ". Sources read:"));
		blocks.add(new Block.BulletList(sources.isEmpty() ? List.of("None: no incident data is loaded.") : sources));
		blocks.add(new Block.Paragraph("Definitions"));
		blocks.add(new Block.BulletList(List.of(
				"Crime: every police.uk street-level crime type except anti-social behaviour; anti-social behaviour is "
						+ "reported alongside it.",
				"An incident is in an area (ward, parish, LSOA, priority neighbourhood) when the import placed its published "
						+ "location inside the area's boundary; a point on a shared boundary goes to one area only.",
				"Rates are per 1,000 residents of 2019 (ONS), over the months counted, not annualised. An area's population "
						+ "is the sum over the LSOAs whose interior point lies in it.",
				"Rural and urban: the ONS rural-urban classification 2011 of the LSOA an incident is in; classes D1, D2, E1 "
						+ "and E2 are rural.",
				"Deprivation: the national decile and rank of the English Index of Multiple Deprivation 2019.",
				"A month not loaded is missing data, never zero; counts cover the loaded months, and changes compare the "
						+ "average monthly count of the months loaded in each period.")));
		blocks.add(new Block.Paragraph("Statistical methods"));
		blocks.add(new Block.BulletList(List.of(
				"Change between periods: the exact conditional test for two Poisson counts (as R's poisson.test), "
						+ "two-sided, at the 5% level; \"too few to tell\" when the two counts total under 10 or either "
						+ "expected count is under 5.",
				"Trend: the Mann-Kendall test on the monthly counts of both periods, with Sen's slope in incidents per "
						+ "month; seasonal profile: the mean count of each calendar month over the months loaded and its "
						+ "ratio to the average month.",
				"Density maps: quartic kernel density of " + (int) HotspotSection.BANDWIDTH + " m radius on "
						+ HotspotSection.CELL_SIZE + " m squares of the British National Grid masked to the borough, in "
						+ "incidents per km², shaded by percentile of the borough's squares.",
				"Hot spots: the Getis-Ord Gi* statistic of the count in each " + HotspotSection.CELL_SIZE
						+ " m square with its eight neighbours, significance controlled by the Benjamini-Hochberg false "
						+ "discovery rate and classed at 90, 95 and 99% as ArcGIS does.",
				"Repeat locations: crimes per police.uk map point; concentration across LSOAs by the Gini coefficient and "
						+ "the share of crime in the busiest 10% of LSOAs, those without crime counted.",
				"Near repeats: the Knox test of burglary and of vehicle crime, distance bands 0 m (the same map point), up "
						+ "to 200 m and 200 to 400 m, time bands of 0, 1 and 2 months (right-closed), "
						+ RepeatsSection.PERMUTATIONS + " random permutations of the months (seed " + RepeatsSection.SEED
						+ "); the Knox ratio is the observed count of pairs over the mean of the permutations.",
				"Priority ranking: a weighted mean of five indicators, each normalised to 0 to 1 by rank percentile; "
						+ "missing indicators are left out and the other weights scaled up.")));
		blocks.add(new Block.Paragraph("Caveats"));
		blocks.add(new Block.BulletList(List.of(
				Notes.APPROXIMATE_LOCATIONS,
				"police.uk gives the month of a crime, not the day or time: no analysis here is finer than a month.",
				"Recorded crime reflects reporting and police activity as well as offending (drugs and weapons "
						+ "possession especially).",
				"Rows without coordinates (listed in the data quality appendix) are in no area's figures, nor in the "
						+ "borough's.",
				"Ward boundaries are those imported (for the open data, 2013); incidents are placed by location, never by "
						+ "published code.")));
		blocks.add(new Block.Paragraph("Data sources and licences"));
		List<String> attributions = new ArrayList<>(ATTRIBUTIONS);
		if (in.sources.partners().stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("fixmystreet"))) {
			attributions.add(FIXMYSTREET);
		}
		if (!in.sources.partners().isEmpty()) {
			attributions.add("Partner data: supplied by the partners named, under the partnership's information sharing "
					+ "agreement.");
		}
		blocks.add(new Block.BulletList(attributions));
		return new ReportSection(AssessmentSections.METHOD, "Method, sources and caveats", blocks);
	}

}
