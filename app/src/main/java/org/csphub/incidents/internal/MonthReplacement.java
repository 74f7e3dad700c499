package org.csphub.incidents.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a successful import the only data for each source and month it touched: rows of those
 * sources and months loaded by earlier runs are deleted (police.uk republishes months), and the
 * months are recorded as loaded, with what was left out of them.
 *
 * <p>Only months that {@code import_month} already records can hold rows of earlier runs (rows are
 * only ever stored by a successful import, which records its months), so a first load of a month
 * deletes nothing and costs no scan; the months to replace are deleted one by one.
 */
final class MonthReplacement {

	private final JdbcClient jdbc;

	MonthReplacement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the number of rows removed */
	long replace(MonthTally tally, UUID runId, Instant at) {
		Map<String, List<Date>> loadedBefore = new LinkedHashMap<>();
		for (String source : tally.all().keySet().stream().map(MonthTally.Key::source).collect(Collectors.toCollection(java.util.TreeSet::new))) {
			Set<LocalDate> recorded = new HashSet<>(jdbc.sql("select month_start from import_month where source_code = ?")
				.param(source)
				.query(LocalDate.class)
				.list());
			List<Date> months = new ArrayList<>();
			tally.all().keySet().stream()
				.filter(k -> k.source().equals(source) && recorded.contains(k.month().atDay(1)))
				.forEach(k -> months.add(Date.valueOf(k.month().atDay(1))));
			if (!months.isEmpty()) {
				loadedBefore.put(source, months);
			}
		}
		long replaced = 0;
		for (Map.Entry<String, List<Date>> entry : loadedBefore.entrySet()) {
			String source = entry.getKey();
			replaced += switch (source.substring(0, source.indexOf(':'))) {
				case "police-uk-outcomes" -> delete("crime_outcome", source, entry.getValue(), runId);
				case "police-uk-stop-search" -> delete("stop_search", source, entry.getValue(), runId);
				default -> deleteIncidents(source, entry.getValue(), runId);
			};
		}
		for (Map.Entry<MonthTally.Key, MonthTally.Counts> entry : tally.all().entrySet()) {
			String source = entry.getKey().source();
			Date month = Date.valueOf(entry.getKey().month().atDay(1));
			MonthTally.Counts counts = entry.getValue();
			jdbc.sql("delete from import_month where source_code = ? and month_start = ?").params(source, month).update();
			jdbc.sql("""
					insert into import_month (source_code, month_start, import_run_id, imported, without_location, outside_area, loaded_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(source, month, runId, counts.imported, counts.withoutLocation, counts.outsideArea,
						Timestamp.from(at))
				.update();
		}
		return replaced;
	}

	private long deleteIncidents(String source, List<Date> months, UUID runId) {
		long deleted = 0;
		for (Date month : months) {
			// One month at a time. The custom-area rows carry their month, and each is tested against its
			// incident by primary key: an IN (subquery) here made H2 run the subquery for every row.
			jdbc.sql("""
					delete from incident_custom_area c where c.month_start = ? and exists
					    (select 1 from incident i where i.id = c.incident_id and i.source_code = ? and i.import_run_id <> ?)""")
				.params(month, source, runId)
				.update();
			deleted += delete("incident", source, List.of(month), runId);
		}
		return deleted;
	}

	private long delete(String table, String source, List<Date> months, UUID runId) {
		return jdbc.sql("delete from " + table + " where source_code = ? and " + in("month_start", months)
				+ " and import_run_id <> ?")
			.params(params(source, months, runId))
			.update();
	}

	private static String in(String column, List<Date> values) {
		return column + " in (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
	}

	private static List<Object> params(String source, List<Date> months, UUID runId) {
		List<Object> params = new ArrayList<>();
		params.add(source);
		params.addAll(months);
		params.add(runId);
		return params;
	}

}
