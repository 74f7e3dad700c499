package org.csphub.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.csphub.areas.AreasChanged;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;
import org.csphub.areas.ReferenceFiles;
import org.csphub.areas.SourceFile;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the per-LSOA reference tables, all or nothing: all five files are read and checked; any bad
 * row refuses the whole import (audited) with the file, line and reason; otherwise the reference table
 * is replaced in one transaction, the import is recorded and audited, and {@link AreasChanged} is
 * published with no area types (no boundary changed).
 */
@Component
public class ReferenceImport {

	static final String AUDIT_ACTION = "areas.reference.imported";

	private final LsoaReferenceRepository references;

	private final AreaRepository areas;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ReferenceImport(LsoaReferenceRepository references, AreaRepository areas, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.references = references;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** Returns the number of LSOAs with reference data after the import. */
	public int run(ReferenceFiles files, Consumer<String> progress) {
		ReferenceTables tables = new ReferenceTables();
		read(files.population(), progress, tables, tables::population);
		read(files.imd(), progress, tables, tables::imd);
		read(files.imdDomains(), progress, tables, tables::domains);
		read(files.denominators(), progress, tables, tables::denominators);
		read(files.ruralUrban(), progress, tables, tables::ruralUrban);
		String names = String.join(", ", files.population().name(), files.imd().name(), files.imdDomains().name(),
				files.denominators().name(), files.ruralUrban().name());
		if (!tables.problems().isEmpty()) {
			List<ImportProblem> problems = tables.problems();
			audit.record(AUDIT_ACTION, "lsoa-reference", null, AuditOutcome.FAILURE, "files=" + names + "; refused with "
					+ problems.size() + " problems, first: " + problems.get(0).message());
			throw new ImportRefused(problems, tables.truncated());
		}
		List<LsoaReferenceRow> rows = tables.rows();
		progress.accept("Saving reference data for " + rows.size() + " LSOAs");
		try {
			transaction.executeWithoutResult(status -> {
				Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
				references.replaceAll(rows, now);
				String detail = "files=" + names + ", lsoas=" + rows.size();
				areas.recordImport("REFERENCE", now, ImportActor.current(), rows.size(), detail);
				audit.record(AUDIT_ACTION, "lsoa-reference", null, detail);
				events.publishEvent(new AreasChanged(Set.of()));
			});
		}
		catch (RuntimeException ex) {
			audit.record(AUDIT_ACTION, "lsoa-reference", null, AuditOutcome.FAILURE,
					"files=" + names + "; not saved: " + ex.getMessage());
			throw ex;
		}
		return rows.size();
	}

	private interface TableReader {

		int read(String file, InputStream in);

	}

	private static void read(SourceFile file, Consumer<String> progress, ReferenceTables tables, TableReader reader) {
		progress.accept("Reading " + file.name());
		try (InputStream in = SourceStreams.open(file)) {
			progress.accept("  " + reader.read(file.name(), in) + " rows");
		}
		catch (IOException ex) {
			tables.problems().add(ImportProblem.ofFile(file.name(), "cannot be read: " + ex.getMessage()));
		}
	}

}
