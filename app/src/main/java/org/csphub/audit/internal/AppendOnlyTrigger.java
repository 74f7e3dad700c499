package org.csphub.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's equivalent of the PostgreSQL trigger in
 * {@code db/migration/postgresql/V2__audit_append_only.sql}: it refuses every UPDATE and DELETE on
 * the audit log.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		String operation = newRow == null ? "DELETE" : "UPDATE";
		throw new SQLException("audit_entry is append-only: " + operation + " is not allowed", "42000");
	}

}
