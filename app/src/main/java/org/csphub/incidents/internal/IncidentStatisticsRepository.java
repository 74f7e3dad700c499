package org.csphub.incidents.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.csphub.analysis.geo.GridSquare;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaType;
import org.csphub.incidents.AreaMonthCategoryCount;
import org.csphub.incidents.GridCellCount;
import org.csphub.incidents.IncidentQuery;
import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.LoadedMonth;
import org.csphub.incidents.LocatedIncidents;
import org.csphub.incidents.LocationCount;
import org.csphub.incidents.MonthCategoryCount;
import org.csphub.incidents.PlacedCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link org.csphub.incidents.IncidentStatistics}: every aggregate is a GROUP BY in the
 * database. The area condition picks the index: {@code incident_source_month} for the borough,
 * {@code incident_ward_month}, {@code incident_parish_month} or {@code incident_lsoa_month} for those
 * areas, and {@code incident_custom_area_code} joined on the primary key for custom areas.
 */
@Repository
public class IncidentStatisticsRepository {

	/** Sources of incidents, not of outcomes or stop and search (stored in other tables). */
	private static final String INCIDENT_SOURCES = "source_code not like 'police-uk-outcomes:%' "
			+ "and source_code not like 'police-uk-stop-search:%'";

	private final JdbcClient jdbc;

	IncidentStatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<IncidentSource> sources() {
		return jdbc.sql("select source_code, min(month_start), max(month_start), count(*) from import_month where "
				+ INCIDENT_SOURCES + " group by source_code order by source_code")
			.query((rs, n) -> new IncidentSource(rs.getString(1), month(rs.getDate(2)), month(rs.getDate(3)), rs.getInt(4)))
			.list();
	}

	public SortedSet<YearMonth> loadedMonths(String source) {
		return new TreeSet<>(jdbc.sql("select month_start from import_month where source_code = ?")
			.param(source)
			.query((rs, n) -> month(rs.getDate(1)))
			.list());
	}

	/** Changes whenever an import loads or replaces a month of the source. */
	public String revision(String source) {
		return jdbc.sql("select count(*), max(loaded_at) from import_month where source_code = ?")
			.param(source)
			.query((rs, n) -> rs.getLong(1) + "@" + rs.getString(2))
			.single();
	}

	public List<String> categories(String source) {
		return jdbc.sql("select distinct category from incident where source_code = ? order by category")
			.param(source)
			.query(String.class)
			.list();
	}

	public List<MonthCategoryCount> countsByMonthAndCategory(IncidentQuery query) {
		Filter filter = filter(query);
		return jdbc.sql("select i.month_start, i.category, sum(i.incident_count) from incident i" + filter.join
				+ " where " + filter.where + " group by i.month_start, i.category order by i.month_start, i.category")
			.params(filter.params)
			.query((rs, n) -> new MonthCategoryCount(month(rs.getDate(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public List<GridCellCount> countsByGridSquare(IncidentQuery query, int cellSize) {
		Filter filter = filter(query);
		// The size is a checked int, written into the SQL so that the grouped expressions are one
		// (PostgreSQL sees two bind parameters as two expressions).
		String size = Integer.toString(cellSize);
		return jdbc.sql("select cell_column, cell_row, sum(n) from (select cast(floor(i.easting / " + size
				+ ") as bigint) as cell_column, cast(floor(i.northing / " + size + ") as bigint) as cell_row, "
				+ "i.incident_count as n from incident i" + filter.join + " where " + filter.where
				+ ") cells group by cell_column, cell_row order by cell_column, cell_row")
			.params(filter.params)
			.query((rs, n) -> new GridCellCount(new GridSquare(cellSize, rs.getLong(1), rs.getLong(2)), rs.getLong(3)))
			.list();
	}

	/**
	 * Counts by area of one type, month and category over a source's months: one scan of the source and
	 * period ({@code incident_source_month_category} on H2, the month BRIN index on PostgreSQL), grouped in
	 * the database. Custom areas are read from their link table joined to the incident by primary key.
	 */
	public List<AreaMonthCategoryCount> countsByArea(AreaType type, String source, YearMonth from, YearMonth to) {
		Date first = Date.valueOf(from.atDay(1));
		Date last = Date.valueOf(to.atDay(1));
		if (type == AreaType.CUSTOM) {
			return jdbc.sql("select c.area_code, i.month_start, i.category, sum(i.incident_count) "
					+ "from incident_custom_area c join incident i on i.id = c.incident_id "
					+ "where c.month_start between ? and ? and i.source_code = ? and i.month_start between ? and ? "
					+ "group by c.area_code, i.month_start, i.category")
				.params(first, last, source, first, last)
				.query((rs, n) -> new AreaMonthCategoryCount(rs.getString(1), month(rs.getDate(2)), rs.getString(3),
						rs.getLong(4)))
				.list();
		}
		String column = switch (type) {
			case WARD -> "ward_code";
			case PARISH -> "parish_code";
			case LSOA -> "lsoa_code";
			default -> throw new IllegalArgumentException("counts by area are for wards, parishes, LSOAs and custom "
					+ "areas; the borough is every incident of the source");
		};
		return jdbc.sql("select i." + column + ", i.month_start, i.category, sum(i.incident_count) from incident i "
				+ "where i.source_code = ? and i.month_start between ? and ? group by i." + column
				+ ", i.month_start, i.category")
			.params(source, first, last)
			.query((rs, n) -> new AreaMonthCategoryCount(rs.getString(1), month(rs.getDate(2)), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	/**
	 * Counts by LSOA, ward and parish code, month and category: one scan of the source and period, grouped
	 * in the database (cheaper than a grouped query per kind of area, since the scan dominates).
	 */
	public List<PlacedCount> countsByLsoaWardAndParish(String source, YearMonth from, YearMonth to) {
		return jdbc.sql("select i.lsoa_code, i.ward_code, i.parish_code, i.month_start, i.category, "
				+ "sum(i.incident_count) from incident i where i.source_code = ? and i.month_start between ? and ? "
				+ "group by i.lsoa_code, i.ward_code, i.parish_code, i.month_start, i.category")
			.params(source, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
			.query((rs, n) -> new PlacedCount(rs.getString(1), rs.getString(2), rs.getString(3), month(rs.getDate(4)),
					rs.getString(5), rs.getLong(6)))
			.list();
	}

	/**
	 * The incidents of a source and period with their point, month and category, streamed into primitive
	 * arrays (on H2 from the covering index {@code incident_source_category_location} alone), then sorted
	 * and merged here: grouping and ordering them in the database cost several times the scan itself.
	 */
	public LocatedIncidents located(String source, YearMonth from, YearMonth to, java.util.Set<String> categories) {
		List<Object> params = new ArrayList<>(List.of(source, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))));
		String categoryFilter = "";
		if (!categories.isEmpty()) {
			categoryFilter = " and i.category in ("
					+ String.join(", ", java.util.Collections.nCopies(categories.size(), "?")) + ")";
			params.addAll(new TreeSet<>(categories));
		}
		Points points = new Points();
		java.util.Map<String, Integer> categoryIds = new java.util.HashMap<>();
		List<String> names = new ArrayList<>();
		jdbc.sql("select i.easting, i.northing, i.month_start, i.category, i.incident_count from incident i "
				+ "where i.source_code = ? and i.month_start between ? and ?" + categoryFilter)
			.params(params)
			.query(rs -> {
				YearMonth month = month(rs.getDate(3));
				int offset = (int) from.until(month, java.time.temporal.ChronoUnit.MONTHS);
				int category = categoryIds.computeIfAbsent(rs.getString(4), c -> {
					names.add(c);
					return names.size() - 1;
				});
				points.add(rs.getDouble(1), rs.getDouble(2), offset, category, rs.getLong(5));
			});
		return points.build(from, names);
	}

	/** Growable primitive arrays. */
	private static final class Points {

		private double[] eastings = new double[1024];

		private double[] northings = new double[1024];

		private int[] months = new int[1024];

		private int[] categories = new int[1024];

		private long[] counts = new long[1024];

		private int size;

		void add(double easting, double northing, int month, int category, long count) {
			if (size == eastings.length) {
				int capacity = size * 2;
				eastings = java.util.Arrays.copyOf(eastings, capacity);
				northings = java.util.Arrays.copyOf(northings, capacity);
				months = java.util.Arrays.copyOf(months, capacity);
				categories = java.util.Arrays.copyOf(categories, capacity);
				counts = java.util.Arrays.copyOf(counts, capacity);
			}
			eastings[size] = easting;
			northings[size] = northing;
			months[size] = month;
			categories[size] = category;
			counts[size] = count;
			size++;
		}

		/** Sorted by month, category name, easting and northing, with equal entries merged. */
		LocatedIncidents build(YearMonth first, List<String> names) {
			int[] rank = new int[names.size()];
			List<String> sorted = new ArrayList<>(names);
			java.util.Collections.sort(sorted);
			for (int c = 0; c < names.size(); c++) {
				rank[c] = sorted.indexOf(names.get(c));
			}
			Integer[] order = new Integer[size];
			for (int i = 0; i < size; i++) {
				order[i] = i;
			}
			java.util.Arrays.sort(order, (a, b) -> {
				int c = Integer.compare(months[a], months[b]);
				if (c == 0) {
					c = Integer.compare(rank[categories[a]], rank[categories[b]]);
				}
				if (c == 0) {
					c = Double.compare(eastings[a], eastings[b]);
				}
				return c != 0 ? c : Double.compare(northings[a], northings[b]);
			});
			Points merged = new Points();
			for (int k = 0; k < size; k++) {
				int i = order[k];
				int last = merged.size - 1;
				if (last >= 0 && merged.months[last] == months[i] && merged.categories[last] == rank[categories[i]]
						&& merged.eastings[last] == eastings[i] && merged.northings[last] == northings[i]) {
					merged.counts[last] += counts[i];
				}
				else {
					merged.add(eastings[i], northings[i], months[i], rank[categories[i]], counts[i]);
				}
			}
			return new LocatedIncidents(first, sorted, java.util.Arrays.copyOf(merged.eastings, merged.size),
					java.util.Arrays.copyOf(merged.northings, merged.size), java.util.Arrays.copyOf(merged.months, merged.size),
					java.util.Arrays.copyOf(merged.categories, merged.size), java.util.Arrays.copyOf(merged.counts, merged.size));
		}

	}

	/** Incidents per distinct published point (easting and northing) of a source, period and categories. */
	public List<LocationCount> countsByLocation(String source, YearMonth from, YearMonth to,
			java.util.Set<String> categories) {
		List<Object> params = new ArrayList<>(List.of(source, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))));
		String categoryFilter = "";
		if (!categories.isEmpty()) {
			categoryFilter = " and i.category in ("
					+ String.join(", ", java.util.Collections.nCopies(categories.size(), "?")) + ")";
			params.addAll(new TreeSet<>(categories));
		}
		return jdbc.sql("select i.easting, i.northing, min(i.location_text), sum(i.incident_count) from incident i "
				+ "where i.source_code = ? and i.month_start between ? and ?" + categoryFilter
				+ " group by i.easting, i.northing order by i.easting, i.northing")
			.params(params)
			.query((rs, n) -> new LocationCount(rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The loaded months of a source between two months, with what their imports left out. */
	public List<LoadedMonth> loadedMonths(String source, YearMonth from, YearMonth to) {
		return jdbc.sql("select month_start, imported, without_location, outside_area from import_month "
				+ "where source_code = ? and month_start between ? and ? order by month_start")
			.params(source, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
			.query((rs, n) -> new LoadedMonth(source, month(rs.getDate(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** The FROM additions, WHERE clause and parameters that select the query's incidents. */
	private record Filter(String join, String where, List<Object> params) {
	}

	private static Filter filter(IncidentQuery query) {
		List<Object> params = new ArrayList<>();
		String join = "";
		StringBuilder where = new StringBuilder();
		Date from = Date.valueOf(query.from().atDay(1));
		Date to = Date.valueOf(query.to().atDay(1));
		AreaRef area = query.area();
		switch (area.type()) {
			case BOROUGH -> {
				// Every stored incident is inside the borough: the import leaves out the rest.
			}
			case WARD -> {
				where.append("i.ward_code = ? and ");
				params.add(area.code());
			}
			case PARISH -> {
				where.append("i.parish_code = ? and ");
				params.add(area.code());
			}
			case LSOA -> {
				where.append("i.lsoa_code = ? and ");
				params.add(area.code());
			}
			case CUSTOM -> {
				join = " join incident_custom_area c on c.incident_id = i.id";
				where.append("c.area_code = ? and c.month_start between ? and ? and ");
				params.add(area.code());
				params.add(from);
				params.add(to);
			}
		}
		where.append("i.source_code = ? and i.month_start between ? and ?");
		params.add(query.source());
		params.add(from);
		params.add(to);
		if (!query.categories().isEmpty()) {
			where.append(" and i.category in (")
				.append(String.join(", ", java.util.Collections.nCopies(query.categories().size(), "?")))
				.append(')');
			params.addAll(query.categories());
		}
		return new Filter(join, where.toString(), params);
	}

	private static YearMonth month(Date date) {
		LocalDate day = date.toLocalDate();
		return YearMonth.from(day);
	}

}
