package org.csphub.incidents.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out incident ids from blocks of {@link IncidentWriter#ID_BLOCK}, one sequence value a block.
 * With {@code growing} set (PostgreSQL, where every reservation interrupts a COPY stream), each
 * reservation takes twice as many blocks as the one before, up to {@value #MAX_BLOCKS}, so a large
 * file is interrupted rarely and a small one wastes few ids.
 */
final class IdBlocks {

	static final int MAX_BLOCKS = 16;

	private final Connection connection;

	private final boolean growing;

	private final Deque<Long> blocks = new ArrayDeque<>();

	private int nextReservation = 1;

	private long next;

	private long end;

	IdBlocks(Connection connection) {
		this(connection, false);
	}

	IdBlocks(Connection connection, boolean growing) {
		this.connection = connection;
		this.growing = growing;
	}

	/** Whether the next id needs a new reservation, that is a query on the connection. */
	boolean blockUsedUp() {
		return next == end && blocks.isEmpty();
	}

	long next() {
		if (next == end) {
			if (blocks.isEmpty()) {
				reserve();
			}
			next = blocks.removeFirst() * IncidentWriter.ID_BLOCK;
			end = next + IncidentWriter.ID_BLOCK;
		}
		return next++;
	}

	private void reserve() {
		String sql = growing && nextReservation > 1
				? "select nextval('incident_id_block') from generate_series(1, " + nextReservation + ")"
				: "select nextval('incident_id_block')";
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				blocks.addLast(rs.getLong(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not reserve incident ids", ex);
		}
		if (growing) {
			nextReservation = Math.min(MAX_BLOCKS, nextReservation * 2);
		}
	}

}
