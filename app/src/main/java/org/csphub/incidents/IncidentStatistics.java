package org.csphub.incidents;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import org.csphub.areas.AreaType;
import org.csphub.incidents.internal.IncidentStatisticsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate counts of incidents for area profiles and maps. Every count is summed in the database
 * (grouped by month and category, or by grid square) over the indexes on source, area and month, so
 * answers stay quick with a whole force's rows loaded.
 *
 * <p><b>Loaded months.</b> A month of a source is loaded when an import recorded it
 * ({@code import_month}). A month that is not loaded is missing data, never zero: the counts here
 * simply have no rows for it, and callers must ask {@link #loadedMonths(String)} to tell "no data"
 * from "no incidents".
 *
 * <p>The counts are aggregate figures about places, not personal data, so reading them is not audited.
 */
@Service
@Transactional(readOnly = true)
public class IncidentStatistics {

	/** Grid squares larger than this would make a useless map; smaller ones a slow one. */
	public static final int MIN_CELL_SIZE = 50;

	public static final int MAX_CELL_SIZE = 10_000;

	private final IncidentStatisticsRepository repository;

	IncidentStatistics(IncidentStatisticsRepository repository) {
		this.repository = repository;
	}

	/** The sources of incidents (street crime and partner data, not outcomes or stop and search) with months loaded. */
	public List<IncidentSource> sources() {
		return repository.sources();
	}

	/** The months of a source that are loaded, in order. */
	public SortedSet<YearMonth> loadedMonths(String source) {
		return repository.loadedMonths(source);
	}

	/**
	 * Every category the source has incidents of, in alphabetical order. Kept until an import changes
	 * the source's months (checked on each call with one small query on {@code import_month}), since
	 * finding them reads every incident of the source.
	 */
	public List<String> categories(String source) {
		String revision = repository.revision(source);
		Categories known = categories.get(source);
		if (known != null && known.revision().equals(revision)) {
			return known.names();
		}
		List<String> names = List.copyOf(repository.categories(source));
		categories.put(source, new Categories(revision, names));
		return names;
	}

	private record Categories(String revision, List<String> names) {
	}

	private final java.util.Map<String, Categories> categories = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Counts by month and category for the query's area, months and categories. Months or categories
	 * without incidents have no entry; see the class comment for telling them from missing months.
	 */
	public List<MonthCategoryCount> countsByMonthAndCategory(IncidentQuery query) {
		return repository.countsByMonthAndCategory(query);
	}

	/**
	 * Counts by grid square ({@link org.csphub.analysis.geo.GridSquare}, {@code cellSize} metres) of the
	 * query's incidents; squares without incidents are left out.
	 */
	public List<GridCellCount> countsByGridSquare(IncidentQuery query, int cellSize) {
		if (cellSize < MIN_CELL_SIZE || cellSize > MAX_CELL_SIZE) {
			throw new IllegalArgumentException(
					"cell size must be " + MIN_CELL_SIZE + " to " + MAX_CELL_SIZE + " metres, not " + cellSize);
		}
		return repository.countsByGridSquare(query, cellSize);
	}

	/**
	 * Counts by area, month and category of every incident of a source from {@code from} to {@code to}
	 * inclusive, for the areas of one type: wards, parishes and LSOAs by the code the import gave each
	 * incident (a null code collects those in no area of the type), custom areas by their links (an
	 * incident in two overlapping custom areas counts in both; one in none is not listed). One grouped
	 * query however many areas there are: the strategic assessment builds its count cubes from it.
	 * Months that are not loaded have no rows: ask {@link #loadedMonths(String)}.
	 * @throws IllegalArgumentException for the borough, which is every incident of the source (use
	 *         {@link #countsByMonthAndCategory(IncidentQuery)})
	 */
	public List<AreaMonthCategoryCount> countsByArea(AreaType type, String source, YearMonth from, YearMonth to) {
		checkPeriod(from, to);
		return repository.countsByArea(type, source, from, to);
	}

	/**
	 * Counts by LSOA, ward and parish (the codes the import gave each incident; null where none), month
	 * and category of every incident of a source from {@code from} to {@code to} inclusive: one grouped
	 * query that gives the counts of all three kinds of area at once (a few tens of thousands of rows for a
	 * whole force's two years). Months that are not loaded have no rows.
	 */
	public List<PlacedCount> countsByLsoaWardAndParish(String source, YearMonth from, YearMonth to) {
		checkPeriod(from, to);
		return repository.countsByLsoaWardAndParish(source, from, to);
	}

	/**
	 * The located incidents of a source, period and categories (all when the set is empty), one entry per
	 * distinct point, month and category, in primitive arrays: the input of kernel density, grid hot spots
	 * and near-repeat tests. A whole force's year is about 100,000 entries (a few MB).
	 */
	public LocatedIncidents locatedIncidents(String source, YearMonth from, YearMonth to, Set<String> categories) {
		checkPeriod(from, to);
		return repository.located(source, from, to, categories == null ? Set.of() : categories);
	}

	/**
	 * The incidents at each distinct published location (easting and northing) of a source, period and
	 * categories (all when empty), in coordinate order: the input of repeat-location counts. For police.uk
	 * a location is an anonymous map point, not an address (see {@link LocationCount}).
	 */
	public List<LocationCount> countsByLocation(String source, YearMonth from, YearMonth to, Set<String> categories) {
		checkPeriod(from, to);
		return repository.countsByLocation(source, from, to, categories == null ? Set.of() : categories);
	}

	/**
	 * The loaded months of a source from {@code from} to {@code to} inclusive, in order, with the rows
	 * their imports stored, and left out for having no location or lying outside the borough: data
	 * quality. A month of the span with no entry is missing.
	 */
	public List<LoadedMonth> loadedMonths(String source, YearMonth from, YearMonth to) {
		checkPeriod(from, to);
		return repository.loadedMonths(source, from, to);
	}

	private static void checkPeriod(YearMonth from, YearMonth to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
	}

}
