package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.UUID;

import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportKind;

/** Reads one police.uk outcomes file, keeping the outcomes of crimes located in the borough. */
final class OutcomesFile implements AutoCloseable {

	private static final int COLUMNS = PoliceUkFormat.OUTCOMES.size();

	private final ImportContext context;

	private final BatchInsert insert;

	private final UUID runId;

	OutcomesFile(ImportContext context, Connection connection, UUID runId) throws SQLException {
		this.context = context;
		this.runId = runId;
		this.insert = new BatchInsert(connection, """
				insert into crime_outcome (source_code, month_start, crime_id, outcome_type, lsoa_code, import_run_id)
				values (?, ?, ?, ?, ?, ?)""");
	}

	void read(String file, String fileForce, CsvRows rows) throws SQLException {
		String[] v;
		while ((v = rows.next()) != null) {
			context.countRow(file);
			long line = rows.line();
			if (v.length != COLUMNS) {
				context.problems.add(file, line, "expected " + COLUMNS + " columns, found " + v.length);
				continue;
			}
			YearMonth month = Months.parse(v[1]);
			if (month == null) {
				context.problems.add(file, line, "Month '" + v[1] + "' is not a month in the form YYYY-MM");
				continue;
			}
			if (v[0].isBlank() || v[9].isBlank()) {
				context.problems.add(file, line, v[0].isBlank() ? "Crime ID is empty" : "Outcome type is empty");
				continue;
			}
			ImportContext.Place place = context.place(v[4], v[5], message -> context.problems.add(file, line, message));
			if (place == ImportContext.INVALID) {
				continue;
			}
			String force = fileForce != null ? fileForce : PoliceUkFormat.slug(v[3]);
			MonthTally.Counts counts = context.tally.of(ImportKind.POLICE_UK_OUTCOMES.sourceCode(force), month);
			if (!context.admit(counts, context.keeps(force), place, 1)) {
				continue;
			}
			AreaMatch match = place.match();
			PreparedStatement row = insert.row();
			row.setString(1, ImportKind.POLICE_UK_OUTCOMES.sourceCode(force));
			row.setDate(2, Date.valueOf(month.atDay(1)));
			row.setString(3, IncidentWriter.truncate(v[0].trim(), 100));
			row.setString(4, IncidentWriter.truncate(v[9].trim(), 200));
			row.setString(5, match.lsoaCode());
			row.setObject(6, runId);
			insert.add();
		}
	}

	@Override
	public void close() throws SQLException {
		insert.close();
	}

}
