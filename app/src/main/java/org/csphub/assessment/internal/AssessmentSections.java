package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.csphub.areas.Areas;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.incidents.IncidentStatistics;
import org.csphub.reporting.Block;
import org.csphub.reporting.ReportSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every section of a strategic assessment from the data: police.uk street-level crime and ASB
 * (every police source loaded), partner sources, the areas and their reference data. It reads the data
 * once ({@link AssessmentInputs}: grouped counts by area × crime type × month, located incidents, counts
 * per map point, loaded months), in one repeatable-read transaction so that an import running at the
 * same time cannot make the sections disagree, then builds each section with the analysis engine.
 *
 * <p><b>Section ids</b> (stable: the analyst's commentary is attached to them; unique across the
 * document, subsections included). Sections, in order:
 * <ul>
 * <li>{@code overview}: total crime and ASB, change on the comparison period with the Poisson verdict,
 * rate per 1,000, monthly chart;</li>
 * <li>{@code crime-types}: every police.uk type with count, share, change and verdict; table and bar chart;</li>
 * <li>{@code areas}, with subsections {@code areas-wards}, {@code areas-parishes},
 * {@code areas-priority-neighbourhoods} (custom areas) and {@code areas-lsoas}: crime and ASB with rates per
 * 1,000 residents and the change in crime;</li>
 * <li>{@code rural-urban}: crime and ASB by RUC 2011 class of the LSOAs, urban and rural totals and rates;</li>
 * <li>{@code hotspots}, with subsections {@code hotspots-crime} and {@code hotspots-asb}: kernel density and
 * Gi* maps on 250 m squares masked to the borough, and the busiest squares;</li>
 * <li>{@code repeats}, with subsections {@code repeat-locations} (crime per police.uk map point and
 * concentration over LSOAs) and {@code near-repeats} (Knox tests of burglary and vehicle crime in months);</li>
 * <li>{@code seasonality}: seasonal profile by calendar month, Mann-Kendall trend and Sen's slope;</li>
 * <li>{@code deprivation}: crime and ASB rates by IMD 2019 decile;</li>
 * <li>the themes {@code theme-drugs}, {@code theme-violence}, {@code theme-asb}, {@code theme-rural-crime},
 * {@code theme-vehicle-crime}, {@code theme-shoplifting-business}, {@code theme-criminal-damage},
 * {@code theme-weapons}: count, change, verdict, top wards (rural LSOAs for rural crime), monthly chart;</li>
 * <li>{@code partner-data}, with a subsection {@code partner-<name>} per partner source (for example
 * {@code partner-fly-tipping}): counts by month, category and ward, data gaps;</li>
 * <li>{@code priority-ranking}: the priority index of wards (or LSOAs), each indicator's contribution.</li>
 * </ul>
 * Appendices: {@code data-quality} (missing months, rows without location or outside the borough,
 * partner data gaps) and {@code method} (sources, definitions, tests, caveats, licences).
 *
 * <p>A section whose data is absent (no police months in the period, no parish boundaries, no reference
 * data, no partner source) says so with a {@link Block.Note} rather than showing empty figures. Every
 * chart and map is SVG with a text alternative and a data table of its figures.
 */
@Component
public class AssessmentSections implements SectionSource {

	static final String OVERVIEW = "overview";

	static final String CRIME_TYPES = "crime-types";

	static final String AREAS = "areas";

	static final String AREAS_WARDS = "areas-wards";

	static final String AREAS_PARISHES = "areas-parishes";

	static final String AREAS_PRIORITY_NEIGHBOURHOODS = "areas-priority-neighbourhoods";

	static final String AREAS_LSOAS = "areas-lsoas";

	static final String RURAL_URBAN = "rural-urban";

	static final String HOTSPOTS = "hotspots";

	static final String HOTSPOTS_CRIME = "hotspots-crime";

	static final String HOTSPOTS_ASB = "hotspots-asb";

	static final String REPEATS = "repeats";

	static final String REPEAT_LOCATIONS = "repeat-locations";

	static final String NEAR_REPEATS = "near-repeats";

	static final String SEASONALITY = "seasonality";

	static final String DEPRIVATION = "deprivation";

	static final String THEME_DRUGS = "theme-drugs";

	static final String THEME_VIOLENCE = "theme-violence";

	static final String THEME_ASB = "theme-asb";

	static final String THEME_RURAL_CRIME = "theme-rural-crime";

	static final String THEME_VEHICLE_CRIME = "theme-vehicle-crime";

	static final String THEME_SHOPLIFTING_BUSINESS = "theme-shoplifting-business";

	static final String THEME_CRIMINAL_DAMAGE = "theme-criminal-damage";

	static final String THEME_WEAPONS = "theme-weapons";

	static final String PARTNER_DATA = "partner-data";

	static final String PRIORITY_RANKING = "priority-ranking";

	static final String DATA_QUALITY = "data-quality";

	static final String METHOD = "method";

	/** The top-level section ids in order (subsections and partner sources' ids are listed above). */
	static final List<String> SECTION_IDS = List.of(OVERVIEW, CRIME_TYPES, AREAS, RURAL_URBAN, HOTSPOTS, REPEATS,
			SEASONALITY, DEPRIVATION, THEME_DRUGS, THEME_VIOLENCE, THEME_ASB, THEME_RURAL_CRIME, THEME_VEHICLE_CRIME,
			THEME_SHOPLIFTING_BUSINESS, THEME_CRIMINAL_DAMAGE, THEME_WEAPONS, PARTNER_DATA, PRIORITY_RANKING);

	static final List<String> APPENDIX_IDS = List.of(DATA_QUALITY, METHOD);

	private final IncidentStatistics statistics;

	private final Areas areas;

	AssessmentSections(IncidentStatistics statistics, Areas areas) {
		this.statistics = statistics;
		this.areas = areas;
	}

	/** Every section of the assessment of the period, from every source loaded. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ComputedAssessment compute(AssessmentPeriod period) {
		return compute(period, AssessmentSources.all(statistics), Steps.NONE);
	}

	/** Every section from the given sources, each step run through {@code steps} (to time them). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ComputedAssessment compute(AssessmentPeriod period, AssessmentSources sources, Steps steps) {
		AssessmentInputs in = AssessmentInputs.load(period, sources, statistics, areas, steps);
		Findings findings = new Findings();
		List<ReportSection> sections = new ArrayList<>();
		sections.add(steps.run(OVERVIEW, () -> OverviewSection.build(in)));
		sections.add(steps.run(CRIME_TYPES, () -> CrimeTypesSection.build(in, findings)));
		sections.add(steps.run(AREAS, () -> AreasSection.build(in, findings)));
		sections.add(steps.run(RURAL_URBAN, () -> RuralUrbanSection.build(in, findings)));
		HotspotSection.HotspotGrid grid = steps.run("hotspots: borough grid", () -> HotspotSection.HotspotGrid.of(in));
		sections.add(steps.run(HOTSPOTS, () -> HotspotSection.build(in, findings, grid)));
		sections.add(steps.run(REPEATS, () -> RepeatsSection.build(in)));
		sections.add(steps.run(SEASONALITY, () -> SeasonalitySection.build(in)));
		sections.add(steps.run(DEPRIVATION, () -> DeprivationSection.build(in)));
		sections.addAll(steps.run("themes", () -> ThemeSections.build(in, findings)));
		sections.add(steps.run(PARTNER_DATA, () -> PartnerDataSection.build(in)));
		sections.add(steps.run(PRIORITY_RANKING, () -> PriorityRankingSection.build(in, findings)));
		List<ReportSection> appendices = List.of(steps.run(DATA_QUALITY, () -> DataQualityAppendix.build(in)),
				steps.run(METHOD, () -> MethodAppendix.build(in)));
		List<Block> summary = steps.run("executive summary", () -> ExecutiveSummary.build(in, findings));
		return new ComputedAssessment(summary, sections, appendices, findings.candidates());
	}

}
