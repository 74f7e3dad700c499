package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.csphub.areas.AreaLocator;
import org.csphub.incidents.ImportKind;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports police.uk files (street, outcomes, stop and search; single files, folders of months or zip
 * archives) in one transaction: every row is checked, placed on the grid and in its areas, and
 * stored; if any row or file has a problem the transaction is rolled back and nothing changes.
 * Otherwise the sources and months imported replace what was there.
 */
@Component
public class PoliceUkImporter {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportRuns runs;

	PoliceUkImporter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			ImportRuns runs) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.runs = runs;
	}

	public record Outcome(ImportSummary summary, Set<String> sources) {
	}

	/**
	 * Runs one import and records it (who, when, which files, the result) whether it succeeds or not.
	 */
	public Outcome run(UUID runId, String actor, List<Path> paths, AreaLocator locator, Set<String> forces,
			ImportProgress progress) {
		runs.start(runId, "POLICE_UK", actor, paths.toString(), clock.instant());
		ImportContext context = new ImportContext(locator, forces, progress);
		long[] replaced = { 0 };
		transactions.executeWithoutResult(status -> {
			try (CsvEntries entries = new CsvEntries()) {
				for (CsvEntry entry : entries.expand(paths, context.problems)) {
					readEntry(entry, context, runId);
				}
				if (context.problems.any()) {
					status.setRollbackOnly();
					return;
				}
				replaced[0] = new MonthReplacement(jdbc).replace(context.tally, runId, clock.instant());
			}
			catch (IOException | SQLException ex) {
				status.setRollbackOnly();
				context.problems.add(String.valueOf(paths), 0, "could not be read: " + ex.getMessage());
			}
		});
		boolean ok = !context.problems.any();
		MonthTally tally = context.tally;
		ImportSummary summary = new ImportSummary(runId, ok, context.rowsRead,
				ok ? tally.total(c -> c.imported) : 0, ok ? replaced[0] : 0, tally.total(c -> c.withoutLocation),
				tally.total(c -> c.outsideArea), context.problems.count(), tally.months(), context.problems.list());
		runs.finish(summary, String.join(",", tally.sources()),
				ok ? null : summary.problems().stream().limit(20).map(Object::toString).collect(Collectors.joining("\n")),
				clock.instant());
		return new Outcome(summary, tally.sources());
	}

	private void readEntry(CsvEntry entry, ImportContext context, UUID runId) throws IOException, SQLException {
		String file = entry.name();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Optional<String> fileForce = PoliceUkFormat.forceOf(entry.fileName());
		if (fileForce.isPresent() && !context.keeps(fileForce.get())) {
			return;
		}
		try (InputStream in = entry.open(); CsvRows rows = new CsvRows(file, in, context.problems)) {
			List<String> header = rows.header();
			if (header.isEmpty()) {
				context.problems.add(file, 1, "the file is empty: it has no header");
				return;
			}
			Optional<ImportKind> kind = PoliceUkFormat.kindOf(header);
			if (kind.isEmpty()) {
				context.problems.add(file, 1, PoliceUkFormat.describeMismatch(header));
				return;
			}
			String force = fileForce.orElse(null);
			switch (kind.get()) {
				case POLICE_UK_STREET -> {
					try (IncidentWriter writer = writerFor(connection, runId)) {
						new StreetCrimeFile(context, writer).read(file, force, rows);
					}
				}
				case POLICE_UK_OUTCOMES -> {
					try (OutcomesFile outcomes = new OutcomesFile(context, connection, runId)) {
						outcomes.read(file, force, rows);
					}
				}
				case POLICE_UK_STOP_SEARCH -> {
					try (StopSearchFile searches = new StopSearchFile(context, connection, runId)) {
						searches.read(file, force, rows);
					}
				}
				default -> context.problems.add(file, 1, "not a police.uk file");
			}
			context.progress.rowsProcessed(file, context.rowsRead);
		}
	}

	private static IncidentWriter writerFor(Connection connection, UUID runId) throws SQLException {
		boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		return postgres ? new CopyIncidentWriter(connection, runId) : new BatchIncidentWriter(connection, runId);
	}

}
