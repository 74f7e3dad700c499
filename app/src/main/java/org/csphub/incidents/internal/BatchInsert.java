package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One insert statement run in batches of {@value #BATCH} rows within the import's transaction: set
 * the parameters on {@link #row()}, then call {@link #add()}.
 */
final class BatchInsert implements AutoCloseable {

	static final int BATCH = 2_000;

	private final PreparedStatement statement;

	private int pending;

	BatchInsert(Connection connection, String sql) throws SQLException {
		this.statement = connection.prepareStatement(sql);
	}

	/** The statement whose parameters make the next row. */
	PreparedStatement row() {
		return statement;
	}

	/** Adds the row to the batch, sending the batch when it is full. */
	void add() throws SQLException {
		statement.addBatch();
		if (++pending >= BATCH) {
			statement.executeBatch();
			pending = 0;
		}
	}

	@Override
	public void close() throws SQLException {
		if (pending > 0) {
			statement.executeBatch();
		}
		statement.close();
	}

}
