package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk loads on PostgreSQL: an import that is large for the incident table drops the table's
 * secondary B-tree indexes inside its transaction and builds them again before it commits. Building an
 * index from sorted rows costs a fraction of maintaining it row by row (docs/adr/0011).
 *
 * <p><b>Rule.</b> Only on PostgreSQL, and only when the files hold at least
 * {@value #MINIMUM_ROWS} rows by their size (about {@value #BYTES_PER_ROW} bytes a police.uk row) and at
 * least as many rows as the table has now: a first load, or a reload of years of data. A monthly load
 * into a table of several years keeps its indexes. The indexes rebuilt are exactly those defined when
 * the import starts (read from {@code pg_indexes}), so migrations stay the only place that defines them.
 *
 * <p><b>Consequences.</b> DDL in PostgreSQL is transactional: if the import fails, the rollback brings
 * the indexes back untouched. While a bulk import runs, readers of incidents wait for it (the drop
 * takes the table's exclusive lock until commit); the import lock already makes imports run one at a
 * time.
 */
final class DeferredIndexes {

	static final long MINIMUM_ROWS = 100_000;

	static final long BYTES_PER_ROW = 235;

	private static final DeferredIndexes NONE = new DeferredIndexes(null, List.of());

	private final JdbcClient jdbc;

	private final List<String> definitions;

	private DeferredIndexes(JdbcClient jdbc, List<String> definitions) {
		this.jdbc = jdbc;
		this.definitions = definitions;
	}

	/** Drops the incident table's secondary B-tree indexes when the rule above says so. */
	static DeferredIndexes dropIfLarge(JdbcClient jdbc, Connection connection, List<Path> paths) throws SQLException {
		return dropIfLarge(jdbc, connection, paths, MINIMUM_ROWS);
	}

	static DeferredIndexes dropIfLarge(JdbcClient jdbc, Connection connection, List<Path> paths, long minimumRows)
			throws SQLException {
		if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
			return NONE;
		}
		long estimatedRows = inputBytes(paths) / BYTES_PER_ROW;
		long tableRows = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'incident'::regclass")
			.query(Long.class)
			.single();
		if (estimatedRows < minimumRows || estimatedRows < tableRows) {
			return NONE;
		}
		List<String> definitions = jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				join pg_class c on c.relname = i.indexname
				join pg_index x on x.indexrelid = c.oid
				where i.schemaname = current_schema() and i.tablename = 'incident'
				  and not x.indisprimary and not x.indisunique and c.relam = (select oid from pg_am where amname = 'btree')
				order by i.indexname""")
			.query((rs, n) -> rs.getString(1) + "\t" + rs.getString(2))
			.list();
		for (String definition : definitions) {
			jdbc.sql("drop index " + quoted(definition.substring(0, definition.indexOf('\t')))).update();
		}
		return new DeferredIndexes(jdbc, definitions);
	}

	/** Builds the dropped indexes again, from their definitions. */
	void restore() {
		if (definitions.isEmpty()) {
			return;
		}
		jdbc.sql("set local maintenance_work_mem = '256MB'").update();
		for (String definition : definitions) {
			jdbc.sql(definition.substring(definition.indexOf('\t') + 1)).update();
		}
	}

	boolean deferred() {
		return !definitions.isEmpty();
	}

	private static String quoted(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static long inputBytes(List<Path> paths) {
		long bytes = 0;
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					bytes += walk.filter(Files::isRegularFile).mapToLong(DeferredIndexes::size).sum();
				}
				catch (IOException | UncheckedIOException ex) {
					// An estimate only: a folder that cannot be walked counts for nothing here.
				}
			}
			else if (Files.isRegularFile(path)) {
				bytes += size(path);
			}
		}
		return bytes;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
