package org.csphub.incidents.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL COPY in binary format, streamed: rows go to the server as they are read, so the server
 * stores one part of the file while the importer parses the next, and it parses no numbers or dates
 * from text. One COPY runs per block of {@link IncidentWriter#ID_BLOCK} ids: between blocks the
 * connection is free to reserve the next block and to copy the block's custom-area links, which are
 * the only rows held in memory.
 */
final class CopyIncidentWriter implements IncidentWriter {

	private static final int SEND_AT = 1 << 16;

	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	private static final String COPY_INCIDENTS = """
			copy incident (id, source_code, month_start, occurred_on, incident_key, category, longitude, latitude, easting,
			    northing, location_text, lsoa_code, ward_code, parish_code, published_lsoa, outcome, incident_count,
			    import_run_id) from stdin with (format binary)""";

	private static final String COPY_AREAS = "copy incident_custom_area (incident_id, area_code, month_start) from stdin with (format binary)";

	private final CopyManager copy;

	private final IdBlocks ids;

	private final UUID runId;

	private final Tuples incidents = new Tuples(SEND_AT + 4096);

	private final Tuples areas = new Tuples(4096);

	private CopyIn open;

	CopyIncidentWriter(Connection connection, UUID runId) {
		try {
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.ids = new IdBlocks(connection, true);
		this.runId = runId;
	}

	@Override
	public void add(IncidentRow row) {
		if (ids.blockUsedUp()) {
			endCopy();
		}
		long id = ids.next();
		if (open == null) {
			start();
		}
		int month = (int) (row.month().atDay(1).toEpochDay() - POSTGRES_EPOCH_DAY);
		Tuples t = incidents;
		t.fields(18);
		t.int8(id);
		t.text(row.sourceCode());
		t.date(month);
		if (row.occurredOn() == null) {
			t.nul();
		}
		else {
			t.date((int) (row.occurredOn().toEpochDay() - POSTGRES_EPOCH_DAY));
		}
		t.text(row.key());
		t.text(IncidentWriter.truncate(row.category(), 80));
		t.float8(row.longitude());
		t.float8(row.latitude());
		t.float8(row.easting());
		t.float8(row.northing());
		t.text(IncidentWriter.truncate(row.location(), 200));
		t.text(row.lsoaCode());
		t.text(row.wardCode());
		t.text(row.parishCode());
		t.text(IncidentWriter.truncate(row.publishedLsoa(), 12));
		t.text(IncidentWriter.truncate(row.outcome(), 120));
		t.int4(row.count());
		t.uuid(runId);
		for (String area : row.customAreas()) {
			areas.fields(3);
			areas.int8(id);
			areas.text(area);
			areas.date(month);
		}
		if (t.size >= SEND_AT) {
			send();
		}
	}

	private void start() {
		try {
			open = copy.copyIn(COPY_INCIDENTS);
			open.writeToCopy(HEADER, 0, HEADER.length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store incidents", ex);
		}
	}

	private void send() {
		try {
			open.writeToCopy(incidents.bytes, 0, incidents.size);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store incidents", ex);
		}
		incidents.size = 0;
	}

	/** Ends the running COPY, if any, and copies the custom-area links of its rows. */
	private void endCopy() {
		if (open == null) {
			return;
		}
		try {
			incidents.trailer();
			send();
			open.endCopy();
			open = null;
			if (areas.size > 0) {
				open = copy.copyIn(COPY_AREAS);
				open.writeToCopy(HEADER, 0, HEADER.length);
				areas.trailer();
				open.writeToCopy(areas.bytes, 0, areas.size);
				open.endCopy();
				open = null;
				areas.size = 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not store incidents", ex);
		}
		finally {
			cancelIfOpen();
		}
	}

	private void cancelIfOpen() {
		if (open != null && open.isActive()) {
			try {
				open.cancelCopy();
			}
			catch (SQLException ex) {
				// The transaction is failing already; rolling it back undoes the partial copy.
			}
		}
		open = null;
	}

	@Override
	public void close() {
		endCopy();
	}

	/** Tuples in PostgreSQL's binary COPY format, big-endian, in a growing buffer. */
	static final class Tuples {

		byte[] bytes;

		int size;

		Tuples(int capacity) {
			bytes = new byte[capacity];
		}

		private void room(int n) {
			if (size + n > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
			}
		}

		void fields(int count) {
			room(2);
			putShort(count);
		}

		void trailer() {
			room(2);
			putShort(-1);
		}

		void nul() {
			room(4);
			putInt(-1);
		}

		void text(String value) {
			if (value == null) {
				nul();
				return;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			room(4 + utf8.length);
			putInt(utf8.length);
			System.arraycopy(utf8, 0, bytes, size, utf8.length);
			size += utf8.length;
		}

		void int4(int value) {
			room(8);
			putInt(4);
			putInt(value);
		}

		void int8(long value) {
			room(12);
			putInt(8);
			putLong(value);
		}

		void date(int daysSince2000) {
			int4(daysSince2000);
		}

		void float8(double value) {
			int8(Double.doubleToLongBits(value));
		}

		void uuid(UUID value) {
			room(20);
			putInt(16);
			putLong(value.getMostSignificantBits());
			putLong(value.getLeastSignificantBits());
		}

		private void putShort(int v) {
			bytes[size++] = (byte) (v >>> 8);
			bytes[size++] = (byte) v;
		}

		private void putInt(int v) {
			bytes[size++] = (byte) (v >>> 24);
			bytes[size++] = (byte) (v >>> 16);
			bytes[size++] = (byte) (v >>> 8);
			bytes[size++] = (byte) v;
		}

		private void putLong(long v) {
			putInt((int) (v >>> 32));
			putInt((int) v);
		}

	}

}
