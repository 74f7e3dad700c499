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
import org.csphub.incidents.GridCellCount;
import org.csphub.incidents.IncidentQuery;
import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.MonthCategoryCount;
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
