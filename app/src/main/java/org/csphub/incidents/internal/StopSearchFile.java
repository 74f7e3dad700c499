package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportKind;

/**
 * Reads one police.uk stop-and-search file, keeping the searches located in the borough. These files
 * name no force in their rows, so the force comes from the file name (or is {@code unknown}).
 */
final class StopSearchFile implements AutoCloseable {

	private static final int COLUMNS = PoliceUkFormat.STOP_SEARCH.size();

	private final ImportContext context;

	private final BatchInsert insert;

	private final UUID runId;

	StopSearchFile(ImportContext context, Connection connection, UUID runId) throws SQLException {
		this.context = context;
		this.runId = runId;
		this.insert = new BatchInsert(connection, """
				insert into stop_search (source_code, month_start, occurred_at, search_type, easting, northing, lsoa_code,
				    ward_code, gender, age_range, self_defined_ethnicity, officer_defined_ethnicity, legislation,
				    object_of_search, outcome, import_run_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
	}

	void read(String file, String fileForce, CsvRows rows) throws SQLException {
		String force = fileForce != null ? fileForce : "unknown";
		String source = ImportKind.POLICE_UK_STOP_SEARCH.sourceCode(force);
		String[] v;
		while ((v = rows.next()) != null) {
			context.countRow(file);
			long line = rows.line();
			if (v.length != COLUMNS) {
				context.problems.add(file, line, "expected " + COLUMNS + " columns, found " + v.length);
				continue;
			}
			OffsetDateTime when;
			try {
				when = OffsetDateTime.parse(v[1].trim());
			}
			catch (DateTimeParseException ex) {
				context.problems.add(file, line, "Date '" + v[1] + "' is not a date and time like 2019-12-01T10:30:00+00:00");
				continue;
			}
			if (v[0].isBlank()) {
				context.problems.add(file, line, "Type is empty");
				continue;
			}
			ImportContext.Place place = context.place(v[5], v[4], message -> context.problems.add(file, line, message));
			if (place == ImportContext.INVALID) {
				continue;
			}
			YearMonth month = YearMonth.from(when);
			MonthTally.Counts counts = context.tally.of(source, month);
			if (!context.admit(counts, fileForce == null || context.keeps(force), place, 1)) {
				continue;
			}
			GridPoint point = place.point();
			AreaMatch match = place.match();
			PreparedStatement row = insert.row();
			row.setString(1, source);
			row.setDate(2, Date.valueOf(month.atDay(1)));
			row.setTimestamp(3, Timestamp.from(when.toInstant()));
			row.setString(4, IncidentWriter.truncate(v[0].trim(), 60));
			row.setDouble(5, point.easting());
			row.setDouble(6, point.northing());
			setText(7, match.lsoaCode(), 12);
			setText(8, match.wardCode(), 12);
			setText(9, v[6], 20);
			setText(10, v[7], 20);
			setText(11, v[8], 200);
			setText(12, v[9], 40);
			setText(13, v[10], 200);
			setText(14, v[11], 200);
			setText(15, v[12], 200);
			row.setObject(16, runId);
			insert.add();
		}
	}

	private void setText(int index, String value, int max) throws SQLException {
		if (value == null || value.isBlank()) {
			insert.row().setNull(index, Types.VARCHAR);
		}
		else {
			insert.row().setString(index, IncidentWriter.truncate(value.trim(), max));
		}
	}

	@Override
	public void close() throws SQLException {
		insert.close();
	}

}
