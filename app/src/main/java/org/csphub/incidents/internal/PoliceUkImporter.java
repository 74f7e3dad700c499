package org.csphub.incidents.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csphub.areas.AreaLocator;
import org.csphub.incidents.ImportKind;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.springframework.stereotype.Component;

/**
 * Imports police.uk files (street, outcomes, stop and search; single files, folders of months or zip
 * archives), recognising each file by its header. All or nothing (see {@link ImportRunner}).
 */
@Component
public class PoliceUkImporter {

	private final ImportRunner runner;

	PoliceUkImporter(ImportRunner runner) {
		this.runner = runner;
	}

	public record Outcome(ImportSummary summary, Set<String> sources) {
	}

	/** Runs one import and records it (who, when, which files, the result), whether it succeeds or not. */
	public Outcome run(UUID runId, String actor, List<Path> paths, AreaLocator locator, Set<String> forces,
			ImportProgress progress) {
		ImportContext context = new ImportContext(locator, forces, progress);
		ImportRunner.Outcome outcome = runner.run(runId, "POLICE_UK", actor, paths, context,
				(entry, header, rows, connection) -> {
					Optional<ImportKind> kind = PoliceUkFormat.kindOf(header);
					if (kind.isEmpty()) {
						context.problems.add(entry.name(), 1, PoliceUkFormat.describeMismatch(header));
						return;
					}
					read(kind.get(), entry, rows, connection, context, runId);
				});
		return new Outcome(outcome.summary(), outcome.sources());
	}

	private static void read(ImportKind kind, CsvEntry entry, CsvRows rows, Connection connection,
			ImportContext context, UUID runId) throws SQLException {
		String force = PoliceUkFormat.forceOf(entry.fileName()).orElse(null);
		switch (kind) {
			case POLICE_UK_STREET -> {
				try (IncidentWriter writer = IncidentWriter.forConnection(connection, runId)) {
					new StreetCrimeFile(context, writer).read(entry.name(), force, rows);
				}
			}
			case POLICE_UK_OUTCOMES -> {
				try (OutcomesFile outcomes = new OutcomesFile(context, connection, runId)) {
					outcomes.read(entry.name(), force, rows);
				}
			}
			case POLICE_UK_STOP_SEARCH -> {
				try (StopSearchFile searches = new StopSearchFile(context, connection, runId)) {
					searches.read(entry.name(), force, rows);
				}
			}
			default -> context.problems.add(entry.name(), 1, "not a police.uk file");
		}
	}

}
