package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/** Batched JDBC inserts, for databases other than PostgreSQL (the embedded H2). */
final class BatchIncidentWriter implements IncidentWriter {

	private static final int BATCH = 2_000;

	private final PreparedStatement incidents;

	private final PreparedStatement areas;

	private final IdBlocks ids;

	private final UUID runId;

	private int pending;

	BatchIncidentWriter(Connection connection, UUID runId) {
		try {
			this.incidents = connection.prepareStatement("""
					insert into incident (id, source_code, month_start, occurred_on, incident_key, category, longitude, latitude,
					    easting, northing, location_text, lsoa_code, ward_code, parish_code, published_lsoa, outcome,
					    incident_count, import_run_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			this.areas = connection
				.prepareStatement("insert into incident_custom_area (incident_id, area_code, month_start) values (?, ?, ?)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.ids = new IdBlocks(connection);
		this.runId = runId;
	}

	@Override
	public void add(IncidentRow row) {
		try {
			long id = ids.next();
			Date month = Date.valueOf(row.month().atDay(1));
			incidents.setLong(1, id);
			incidents.setString(2, row.sourceCode());
			incidents.setDate(3, month);
			if (row.occurredOn() == null) {
				incidents.setNull(4, Types.DATE);
			}
			else {
				incidents.setDate(4, Date.valueOf(row.occurredOn()));
			}
			incidents.setString(5, row.key());
			incidents.setString(6, IncidentWriter.truncate(row.category(), 80));
			incidents.setDouble(7, row.longitude());
			incidents.setDouble(8, row.latitude());
			incidents.setDouble(9, row.easting());
			incidents.setDouble(10, row.northing());
			incidents.setString(11, IncidentWriter.truncate(row.location(), 200));
			incidents.setString(12, row.lsoaCode());
			incidents.setString(13, row.wardCode());
			incidents.setString(14, row.parishCode());
			incidents.setString(15, IncidentWriter.truncate(row.publishedLsoa(), 12));
			incidents.setString(16, IncidentWriter.truncate(row.outcome(), 120));
			incidents.setInt(17, row.count());
			incidents.setObject(18, runId);
			incidents.addBatch();
			for (String area : row.customAreas()) {
				areas.setLong(1, id);
				areas.setString(2, area);
				areas.setDate(3, month);
				areas.addBatch();
			}
			if (++pending >= BATCH) {
				flush();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store incidents", ex);
		}
	}

	private void flush() throws SQLException {
		if (pending > 0) {
			incidents.executeBatch();
			areas.executeBatch();
			pending = 0;
		}
	}

	@Override
	public void close() {
		try {
			flush();
			incidents.close();
			areas.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store incidents", ex);
		}
	}

}
