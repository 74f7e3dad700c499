package org.csphub.explore.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.csphub.areas.AreaDetails;
import org.csphub.areas.Areas;
import org.csphub.explore.internal.AreaProfile.CategoryRow;
import org.csphub.explore.internal.AreaProfile.Comparison;
import org.csphub.explore.internal.AreaProfile.MonthRow;
import org.csphub.incidents.IncidentQuery;
import org.csphub.incidents.IncidentStatistics;
import org.csphub.incidents.MonthCategoryCount;
import org.springframework.stereotype.Service;

/**
 * Builds area profiles from one grouped query over the period and the year before it (at most a few
 * hundred month-and-type totals, however many incidents), the loaded months, and the population.
 */
@Service
public class AreaProfiles {

	private final IncidentStatistics statistics;

	private final Areas areas;

	AreaProfiles(IncidentStatistics statistics, Areas areas) {
		this.statistics = statistics;
		this.areas = areas;
	}

	public AreaProfile profile(AreaDetails area, ProfileChoice choice) {
		SortedSet<YearMonth> loaded = statistics.loadedMonths(choice.source().code());
		IncidentQuery query = new IncidentQuery(choice.source().code(), area.ref(), choice.earlierFrom(), choice.to(),
				Set.copyOf(choice.categories()));
		Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
		for (MonthCategoryCount c : statistics.countsByMonthAndCategory(query)) {
			counts.computeIfAbsent(c.month(), m -> new HashMap<>()).merge(c.category(), c.count(), Long::sum);
		}
		Long population = areas.population(area.ref()).stream().boxed().findFirst().orElse(null);
		return build(area, choice, loaded, counts, population);
	}

	/** The incidents of the chosen period in {@link DensityGrid#CELL_SIZE} squares of the British National Grid. */
	public DensityGrid grid(AreaDetails area, ProfileChoice choice) {
		IncidentQuery query = new IncidentQuery(choice.source().code(), area.ref(), choice.from(), choice.to(),
				Set.copyOf(choice.categories()));
		return DensityGrid.of(statistics.countsByGridSquare(query, DensityGrid.CELL_SIZE), DensityGrid.CELL_SIZE);
	}

	/** A square of the map in words: its grid reference, count and the ward its centre is in. */
	public record BusySquare(String gridReference, long count, String ward) {
	}

	/** The busiest squares, with the name of the ward at each one's centre (empty when outside every ward). */
	public List<BusySquare> busiest(DensityGrid grid, int limit) {
		Map<String, String> wardNames = new HashMap<>();
		areas.list(org.csphub.areas.AreaType.WARD).forEach(w -> wardNames.put(w.code(), w.name()));
		org.csphub.areas.AreaLocator locator = areas.locator();
		return grid.busiest(limit).stream().map(cell -> {
			var centre = cell.square().centre();
			String ward = locator.locate(centre.easting(), centre.northing()).wardCode();
			return new BusySquare(cell.gridReference(), cell.count(), ward == null ? "" : wardNames.getOrDefault(ward, ward));
		}).toList();
	}

	/** The arithmetic, apart from the database: counts by month and category over both periods. */
	static AreaProfile build(AreaDetails area, ProfileChoice choice, SortedSet<YearMonth> loaded,
			Map<YearMonth, Map<String, Long>> counts, Long population) {
		List<YearMonth> months = choice.months();
		List<YearMonth> earlierMonths = Months.between(choice.earlierFrom(), choice.earlierTo());
		List<YearMonth> missing = months.stream().filter(m -> !loaded.contains(m)).toList();
		List<YearMonth> missingEarlier = earlierMonths.stream().filter(m -> !loaded.contains(m)).toList();
		boolean comparable = missing.isEmpty() && missingEarlier.isEmpty();

		Map<String, Long> now = totalsByCategory(months, loaded, counts);
		Map<String, Long> before = totalsByCategory(earlierMonths, loaded, counts);
		Set<String> names = new TreeSet<>(choice.categories());
		names.addAll(now.keySet());
		if (comparable) {
			names.addAll(before.keySet());
		}
		long total = now.values().stream().mapToLong(Long::longValue).sum();
		long earlierTotal = before.values().stream().mapToLong(Long::longValue).sum();

		List<CategoryRow> categories = new ArrayList<>();
		for (String name : names) {
			long count = now.getOrDefault(name, 0L);
			Long earlier = comparable ? before.getOrDefault(name, 0L) : null;
			categories.add(new CategoryRow(name, count, total == 0 ? null : 100.0 * count / total,
					rate(count, population), earlier, earlier == null ? null : count - earlier, percent(count, earlier)));
		}
		categories.sort(Comparator.comparingLong(CategoryRow::count).reversed().thenComparing(CategoryRow::name));
		List<String> order = categories.stream().map(CategoryRow::name).toList();

		List<MonthRow> rows = new ArrayList<>();
		for (YearMonth month : months) {
			YearMonth yearBefore = month.minusYears(1);
			Long earlier = loaded.contains(yearBefore) ? sum(counts.get(yearBefore)) : null;
			if (!loaded.contains(month)) {
				rows.add(new MonthRow(month, null, Map.of(), earlier));
				continue;
			}
			Map<String, Long> byCategory = new LinkedHashMap<>();
			Map<String, Long> inMonth = counts.getOrDefault(month, Map.of());
			order.forEach(name -> byCategory.put(name, inMonth.getOrDefault(name, 0L)));
			rows.add(new MonthRow(month, sum(inMonth), byCategory, earlier));
		}
		Comparison comparison = new Comparison(choice.earlierFrom(), choice.earlierTo(), comparable, missing,
				missingEarlier, comparable ? earlierTotal : null, comparable ? total - earlierTotal : null,
				comparable ? percent(total, earlierTotal) : null);
		return new AreaProfile(area, population, choice, rows, categories, total, missing, comparison,
				rate(total, population));
	}

	private static Map<String, Long> totalsByCategory(List<YearMonth> months, Set<YearMonth> loaded,
			Map<YearMonth, Map<String, Long>> counts) {
		Map<String, Long> totals = new HashMap<>();
		for (YearMonth month : months) {
			if (loaded.contains(month)) {
				counts.getOrDefault(month, Map.of()).forEach((name, n) -> totals.merge(name, n, Long::sum));
			}
		}
		return totals;
	}

	private static long sum(Map<String, Long> byCategory) {
		return byCategory == null ? 0 : byCategory.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Per 1,000 residents, or null when the population is not known (or zero). */
	static Double rate(long count, Long population) {
		return population == null || population <= 0 ? null : count * 1000.0 / population;
	}

	/** The change from {@code earlier} to {@code now} in percent, or null when not available or earlier is zero. */
	static Double percent(long now, Long earlier) {
		return earlier == null || earlier == 0 ? null : 100.0 * (now - earlier) / earlier;
	}

}
