package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.csphub.analysis.aggregate.CountCube;
import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.LsoaReference;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.incidents.AreaMonthCategoryCount;
import org.csphub.incidents.IncidentStatistics;
import org.csphub.incidents.LoadedMonth;
import org.csphub.incidents.LocatedIncidents;
import org.csphub.incidents.LocationCount;
import org.csphub.incidents.PlacedCount;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything the sections are computed from, read once: count cubes of police.uk crime and ASB by
 * LSOA, ward, parish and custom area × crime type × month over both periods (grouped in the database),
 * the located incidents of the assessment period (for hotspots and near repeats), incidents per map
 * point, the loaded months of every source, the areas with their populations and the LSOAs' reference
 * data, and partner sources by ward.
 *
 * <p><b>Months.</b> The cubes cover the months from the earlier of the two periods' first months to
 * the later of their last months (the <em>span</em>). A month is covered when every police source has it
 * loaded; rows of other months are left out, so a month not loaded is missing, never zero.
 */
final class AssessmentInputs {

	/** police.uk's name for anti-social behaviour; every other police.uk type is a crime. */
	static final String ASB = "Anti-social behaviour";

	/** The area key of incidents the import placed in no area of a type (an unparished place, say). */
	static final String NO_AREA = "";

	final AssessmentPeriod period;

	final YearMonth spanFirst;

	final YearMonth spanLast;

	final AssessmentSources sources;

	/** The span's months loaded in every police source. */
	final SortedSet<YearMonth> policeMonths;

	final Map<AreaType, CountCube> cubes = new EnumMap<>(AreaType.class);

	/** Every police.uk category seen in the span, alphabetical. */
	final SortedSet<String> categories;

	final Map<AreaType, List<AreaSummary>> areas = new EnumMap<>(AreaType.class);

	/** Reference data by LSOA code (LSOAs without any are left out). */
	final Map<String, LsoaReference> lsoas;

	/** The borough's boundary on the British National Grid, if there is a borough. */
	final Optional<Geometry> borough;

	final AreaLocator locator;

	/** Crime (not ASB) located, assessment period. */
	final Points crimePoints;

	/** ASB located, assessment period. */
	final Points asbPoints;

	/** Crime (not ASB) per map point, assessment period. */
	final List<LocationCount> crimeLocations;

	/** Loaded months of every source (police, then partners) within the span. */
	final Map<String, List<LoadedMonth>> loaded;

	/** Partner sources with their loaded months and counts by ward. */
	final Map<String, PartnerData> partners;

	/** One partner source: its months in the span and a cube by ward × category × month. */
	record PartnerData(String source, SortedSet<YearMonth> months, CountCube byWard) {
	}

	private final Areas areaService;

	private AssessmentInputs(AssessmentPeriod period, AssessmentSources sources, IncidentStatistics statistics,
			Areas areaService, Steps steps) {
		this.areaService = areaService;
		this.period = period;
		this.sources = sources;
		this.spanFirst = min(period.first(), period.comparisonFirst());
		this.spanLast = max(period.last(), period.comparisonLast());
		this.loaded = steps.run("load: loaded months", () -> {
			Map<String, List<LoadedMonth>> map = new LinkedHashMap<>();
			sources.police().forEach(s -> map.put(s, statistics.loadedMonths(s, spanFirst, spanLast)));
			sources.partners().forEach(s -> map.put(s, statistics.loadedMonths(s, spanFirst, spanLast)));
			return map;
		});
		SortedSet<YearMonth> months = null;
		for (String source : sources.police()) {
			SortedSet<YearMonth> of = new TreeSet<>();
			loaded.get(source).forEach(m -> of.add(m.month()));
			if (months == null) {
				months = of;
			}
			else {
				months.retainAll(of);
			}
		}
		this.policeMonths = Collections.unmodifiableSortedSet(months == null ? new TreeSet<>() : months);
		steps.run("load: areas and reference data", () -> {
			for (AreaType type : AreaType.values()) {
				areas.put(type, areaService.list(type));
			}
			return null;
		});
		this.lsoas = steps.run("load: LSOA reference data", () -> {
			Map<String, LsoaReference> map = new HashMap<>();
			for (AreaSummary lsoa : areas.get(AreaType.LSOA)) {
				areaService.lsoaReference(lsoa.code()).ifPresent(r -> map.put(lsoa.code(), r));
			}
			return map;
		});
		this.borough = steps.run("load: borough boundary",
				() -> areas.get(AreaType.BOROUGH).stream().findFirst().flatMap(b -> areaService.boundary(b.ref())));
		this.locator = areaService.locator();
		SortedSet<String> seen = new TreeSet<>();
		steps.run("load: counts by LSOA, ward and parish × month × type", () -> {
			Map<AreaType, CountCube.Builder> builders = new EnumMap<>(AreaType.class);
			for (AreaType type : List.of(AreaType.LSOA, AreaType.WARD, AreaType.PARISH)) {
				builders.put(type, CountCube.builder().coverAll(policeMonths)
					.declareAreas(areas.get(type).stream().map(AreaSummary::code).toList()));
			}
			for (String source : sources.police()) {
				for (PlacedCount c : statistics.countsByLsoaWardAndParish(source, spanFirst, spanLast)) {
					if (policeMonths.contains(c.month())) {
						builders.get(AreaType.LSOA).add(code(c.lsoaCode()), c.category(), c.month(), c.count());
						builders.get(AreaType.WARD).add(code(c.wardCode()), c.category(), c.month(), c.count());
						builders.get(AreaType.PARISH).add(code(c.parishCode()), c.category(), c.month(), c.count());
						seen.add(c.category());
					}
				}
			}
			builders.forEach((type, builder) -> cubes.put(type, builder.build()));
			return null;
		});
		cubes.put(AreaType.CUSTOM, steps.run("load: counts by custom area × month × type", () -> {
			CountCube.Builder builder = CountCube.builder().coverAll(policeMonths);
			builder.declareAreas(areas.get(AreaType.CUSTOM).stream().map(AreaSummary::code).toList());
			for (String source : sources.police()) {
				for (AreaMonthCategoryCount c : statistics.countsByArea(AreaType.CUSTOM, source, spanFirst, spanLast)) {
					if (policeMonths.contains(c.month())) {
						builder.add(code(c.areaCode()), c.category(), c.month(), c.count());
					}
				}
			}
			return builder.build();
		}));
		this.categories = Collections.unmodifiableSortedSet(seen);
		Set<String> crimeTypes = crimeCategories();
		Set<YearMonth> periodMonths = new TreeSet<>(policeMonths.subSet(period.first(), period.last().plusMonths(1)));
		this.crimePoints = steps.run("load: located crime", () -> located(statistics, crimeTypes, periodMonths));
		this.asbPoints = steps.run("load: located ASB", () -> categories.contains(ASB)
				? located(statistics, Set.of(ASB), periodMonths) : Points.EMPTY);
		this.crimeLocations = steps.run("load: crime per map point", () -> locations(statistics, crimeTypes));
		this.partners = steps.run("load: partner data by ward", () -> {
			Map<String, PartnerData> map = new LinkedHashMap<>();
			for (String source : sources.partners()) {
				SortedSet<YearMonth> of = new TreeSet<>();
				loaded.get(source).forEach(m -> of.add(m.month()));
				CountCube.Builder builder = CountCube.builder().coverAll(of);
				builder.declareAreas(areas.get(AreaType.WARD).stream().map(AreaSummary::code).toList());
				for (AreaMonthCategoryCount c : statistics.countsByArea(AreaType.WARD, source, spanFirst, spanLast)) {
					if (of.contains(c.month())) {
						builder.add(c.areaCode() == null ? NO_AREA : c.areaCode(), c.category(), c.month(), c.count());
					}
				}
				map.put(source, new PartnerData(source, Collections.unmodifiableSortedSet(of), builder.build()));
			}
			return map;
		});
	}

	private static String code(String code) {
		return code == null ? NO_AREA : code;
	}

	static AssessmentInputs load(AssessmentPeriod period, AssessmentSources sources, IncidentStatistics statistics,
			Areas areas, Steps steps) {
		return new AssessmentInputs(period, sources, statistics, areas, steps);
	}

	private Points located(IncidentStatistics statistics, Set<String> categories, Set<YearMonth> months) {
		if (months.isEmpty() || categories.isEmpty()) {
			return Points.EMPTY;
		}
		List<LocatedIncidents> located = new ArrayList<>();
		for (String source : sources.police()) {
			located.add(statistics.locatedIncidents(source, period.first(), period.last(), categories));
		}
		return Points.of(period.first(), located, months);
	}

	private List<LocationCount> locations(IncidentStatistics statistics, Set<String> categories) {
		if (categories.isEmpty() || !hasPeriodData()) {
			return List.of();
		}
		if (sources.police().size() == 1 && periodComplete()) {
			return statistics.countsByLocation(sources.police().get(0), period.first(), period.last(), categories);
		}
		// Several sources or missing months: merge by point, over the covered months only.
		Map<List<Double>, LocationCount> merged = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
				? Double.compare(a.get(1), b.get(1)) : Double.compare(a.get(0), b.get(0)));
		for (YearMonth month : policeMonths.subSet(period.first(), period.last().plusMonths(1))) {
			for (String source : sources.police()) {
				for (LocationCount c : statistics.countsByLocation(source, month, month, categories)) {
					merged.merge(List.of(c.easting(), c.northing()), c, (a, b) -> new LocationCount(a.easting(),
							a.northing(), a.location() != null ? a.location() : b.location(), a.count() + b.count()));
				}
			}
		}
		return List.copyOf(merged.values());
	}

	/** The codes of the LSOAs that make up an area (those whose interior point it holds: ADR 0008). */
	List<String> lsoasOf(AreaType type, String code) {
		return areaService.lsoasOf(new org.csphub.areas.AreaRef(type, code));
	}

	/** The police.uk categories other than ASB. */
	SortedSet<String> crimeCategories() {
		SortedSet<String> crime = new TreeSet<>(categories);
		crime.remove(ASB);
		return crime;
	}

	/** Whether any month of the assessment period has police data. */
	boolean hasPeriodData() {
		return !policeMonths.subSet(period.first(), period.last().plusMonths(1)).isEmpty();
	}

	/** Whether every month of the assessment period has police data. */
	boolean periodComplete() {
		return policeMonths.subSet(period.first(), period.last().plusMonths(1)).size() == period.months();
	}

	/** The assessment period's months of a selection. */
	Selection now(Selection selection) {
		return selection.months(period.first(), period.last());
	}

	/** The comparison period's months of a selection. */
	Selection before(Selection selection) {
		return selection.months(period.comparisonFirst(), period.comparisonLast());
	}

	/** The total over the assessment period of a selection of one cube. */
	Tally now(AreaType type, Selection selection) {
		return cubes.get(type).total(now(selection));
	}

	Tally before(AreaType type, Selection selection) {
		return cubes.get(type).total(before(selection));
	}

	/** Every crime type, not ASB. */
	Selection crime() {
		return Selection.everything().categories(crimeCategories());
	}

	Selection asb() {
		return Selection.everything().category(ASB);
	}

	/** The area's name, or its code when not known. */
	String name(AreaType type, String code) {
		if (NO_AREA.equals(code)) {
			return switch (type) {
				case PARISH -> "Unparished";
				case CUSTOM -> "Outside every priority neighbourhood";
				default -> "Not in any " + type.label().toLowerCase();
			};
		}
		return areas.get(type).stream().filter(a -> a.code().equals(code)).map(AreaSummary::name).findFirst().orElse(code);
	}

	/** The area's 2019 population, empty when not known. */
	OptionalDouble population(AreaType type, String code) {
		return areas.get(type).stream()
			.filter(a -> a.code().equals(code) && a.population2019() != null)
			.mapToDouble(a -> a.population2019())
			.findFirst();
	}

	/** The borough's 2019 population (the sum over its LSOAs), empty when not known. */
	OptionalDouble boroughPopulation() {
		return areas.get(AreaType.BOROUGH).stream().filter(a -> a.population2019() != null)
			.mapToDouble(a -> a.population2019()).findFirst();
	}

	private static YearMonth min(YearMonth a, YearMonth b) {
		return a.isBefore(b) ? a : b;
	}

	private static YearMonth max(YearMonth a, YearMonth b) {
		return a.isAfter(b) ? a : b;
	}

}
