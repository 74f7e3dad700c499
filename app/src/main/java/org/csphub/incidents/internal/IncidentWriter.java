package org.csphub.incidents.internal;

/**
 * Stores incidents in bulk within the current transaction: batched inserts, or PostgreSQL COPY
 * where the database is PostgreSQL. Ids come in blocks from the {@code incident_id_block} sequence.
 */
interface IncidentWriter extends AutoCloseable {

	int ID_BLOCK = 10_000;

	void add(IncidentRow row);

	/** Writes whatever is buffered. */
	@Override
	void close();

	/** PostgreSQL COPY on PostgreSQL, batched inserts elsewhere. */
	static IncidentWriter forConnection(java.sql.Connection connection, java.util.UUID runId)
			throws java.sql.SQLException {
		boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		return postgres ? new CopyIncidentWriter(connection, runId) : new BatchIncidentWriter(connection, runId);
	}

	static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
