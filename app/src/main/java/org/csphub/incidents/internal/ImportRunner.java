package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.csphub.incidents.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The frame of every incident import: records the run, takes the import lock, reads every CSV file
 * in one transaction, rolls it all back if any problem was found, and otherwise makes the sources and
 * months read replace what was there. What a file's rows mean is up to the {@link FileReader}.
 */
@Component
class ImportRunner {

	/** Reads the rows of one file (its header already read) into the database. */
	@FunctionalInterface
	interface FileReader {

		void read(CsvEntry entry, List<String> header, CsvRows rows, Connection connection)
				throws IOException, SQLException;

	}

	record Outcome(ImportSummary summary, Set<String> sources) {
	}

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportRuns runs;

	ImportRunner(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			ImportRuns runs) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.runs = runs;
	}

	Outcome run(UUID runId, String kind, String actor, List<Path> paths, ImportContext context, FileReader reader) {
		runs.start(runId, kind, actor, paths.toString(), clock.instant());
		long[] replaced = { 0 };
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select id from import_lock where id = 1 for update").query(Integer.class).single();
			try (CsvEntries entries = new CsvEntries()) {
				Connection connection = DataSourceUtils.getConnection(dataSource);
				DeferredIndexes indexes = DeferredIndexes.dropIfLarge(jdbc, connection, paths);
				for (CsvEntry entry : entries.expand(paths, context.problems)) {
					if (!context.wants(entry)) {
						continue;
					}
					try (InputStream in = entry.open(); CsvRows rows = new CsvRows(entry.name(), in, context.problems)) {
						List<String> header = rows.header();
						if (header.isEmpty()) {
							context.problems.add(entry.name(), 1, "the file is empty: it has no header");
							continue;
						}
						reader.read(entry, header, rows, connection);
						context.progress.rowsProcessed(entry.name(), context.rowsRead);
					}
				}
				if (context.problems.any()) {
					status.setRollbackOnly();
					return;
				}
				replaced[0] = new MonthReplacement(jdbc).replace(context.tally, runId, clock.instant());
				indexes.restore();
			}
			catch (IOException | SQLException ex) {
				status.setRollbackOnly();
				context.problems.add(String.valueOf(paths), 0, "could not be read: " + ex.getMessage());
			}
		});
		boolean ok = !context.problems.any();
		MonthTally tally = context.tally;
		ImportSummary summary = new ImportSummary(runId, ok, context.rowsRead, ok ? tally.total(c -> c.imported) : 0,
				ok ? replaced[0] : 0, tally.total(c -> c.withoutLocation), tally.total(c -> c.outsideArea),
				context.problems.count(), tally.months(), context.problems.list());
		runs.finish(summary, String.join(",", tally.sources()),
				ok ? null : summary.problems().stream().limit(20).map(Object::toString).collect(Collectors.joining("\n")),
				clock.instant());
		return new Outcome(summary, tally.sources());
	}

}
