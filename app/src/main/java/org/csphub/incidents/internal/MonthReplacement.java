package org.csphub.incidents.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a successful import the only data for each source and month it touched: rows of those
 * sources and months loaded by earlier runs are deleted (police.uk republishes months), and the
 * months are recorded as loaded, with what was left out of them.
 */
final class MonthReplacement {

	private final JdbcClient jdbc;

	MonthReplacement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the number of rows removed */
	long replace(MonthTally tally, UUID runId, Instant at) {
		long replaced = 0;
		for (Map.Entry<MonthTally.Key, MonthTally.Counts> entry : tally.all().entrySet()) {
			String source = entry.getKey().source();
			Date month = Date.valueOf(entry.getKey().month().atDay(1));
			replaced += switch (source.substring(0, source.indexOf(':'))) {
				case "police-uk-outcomes" -> delete("crime_outcome", source, month, runId);
				case "police-uk-stop-search" -> delete("stop_search", source, month, runId);
				default -> deleteIncidents(source, month, runId);
			};
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

	private long deleteIncidents(String source, Date month, UUID runId) {
		jdbc.sql("""
				delete from incident_custom_area where incident_id in
				    (select id from incident where source_code = ? and month_start = ? and import_run_id <> ?)""")
			.params(source, month, runId)
			.update();
		return delete("incident", source, month, runId);
	}

	private long delete(String table, String source, Date month, UUID runId) {
		return jdbc.sql("delete from " + table + " where source_code = ? and month_start = ? and import_run_id <> ?")
			.params(source, month, runId)
			.update();
	}

}
