package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Hands out incident ids from blocks of {@link IncidentWriter#ID_BLOCK}, one sequence call a block. */
final class IdBlocks {

	private final Connection connection;

	private long next;

	private long end;

	IdBlocks(Connection connection) {
		this.connection = connection;
	}

	/** Whether the next id needs a new block, that is a query on the connection. */
	boolean blockUsedUp() {
		return next == end;
	}

	long next() {
		if (next == end) {
			try (PreparedStatement statement = connection.prepareStatement("select nextval('incident_id_block')");
					ResultSet rs = statement.executeQuery()) {
				rs.next();
				next = rs.getLong(1) * IncidentWriter.ID_BLOCK;
				end = next + IncidentWriter.ID_BLOCK;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("could not reserve incident ids", ex);
			}
		}
		return next++;
	}

}
