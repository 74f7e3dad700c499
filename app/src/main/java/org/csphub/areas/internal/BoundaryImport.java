package org.csphub.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.csphub.areas.AreaType;
import org.csphub.areas.AreasChanged;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.BoundaryImportResult;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;
import org.csphub.areas.SourceFile;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the boundaries of one area type, all or nothing: every file is read and checked first; if
 * any feature is refused nothing is written, the refusal is audited and {@link ImportRefused} lists
 * the problems. Otherwise the type's areas are replaced in one transaction (with the borough derived
 * again from new LSOAs unless one was imported), the import is recorded and audited, and
 * {@link AreasChanged} is published.
 */
@Component
public class BoundaryImport {

	static final String AUDIT_ACTION = "areas.boundaries.imported";

	private final AreaRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	BoundaryImport(AreaRepository repository, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	public BoundaryImportResult run(BoundaryImportRequest request, Consumer<String> progress) {
		AreaType type = request.type();
		String fileNames = request.files().stream().map(SourceFile::name).collect(Collectors.joining(", "));
		List<BoundaryFeature> features = read(request, progress, fileNames);
		List<ImportProblem> repairs = features.stream()
			.filter(f -> f.repair() != null)
			.map(f -> ImportProblem.ofFeature(f.file(), f.number(), f.code(), f.repair()))
			.toList();
		repairs.forEach(r -> progress.accept("Repaired " + r.message()));
		progress.accept("Saving " + features.size() + " " + type.label() + " boundaries");
		try {
			return transaction.execute(status -> write(type, features, repairs, fileNames));
		}
		catch (RuntimeException ex) {
			audit.record(AUDIT_ACTION, "area-type", type.name(), AuditOutcome.FAILURE,
					"files=" + fileNames + "; not saved: " + ex.getMessage());
			throw ex;
		}
	}

	private List<BoundaryFeature> read(BoundaryImportRequest request, Consumer<String> progress, String fileNames) {
		AreaType type = request.type();
		var reader = new GeoJsonBoundaryReader(
				new BoundaryProperties(type, request.codeProperty(), request.nameProperty()));
		List<ImportProblem> extra = new ArrayList<>();
		if (request.files().isEmpty()) {
			extra.add(ImportProblem.ofFile("(no file)", "choose at least one GeoJSON file"));
		}
		for (SourceFile file : request.files()) {
			progress.accept("Reading " + file.name());
			try (InputStream in = SourceStreams.open(file)) {
				int count = reader.read(file.name(), in);
				progress.accept("  " + count + " features");
			}
			catch (IOException ex) {
				extra.add(ImportProblem.ofFile(file.name(), "cannot be read: " + ex.getMessage()));
			}
		}
		List<ImportProblem> problems = new ArrayList<>(reader.problems());
		problems.addAll(extra);
		if (type == AreaType.BOROUGH && problems.isEmpty() && reader.features().size() != 1) {
			problems.add(ImportProblem.ofFile(fileNames, "a borough boundary must be exactly one feature, not "
					+ reader.features().size()));
		}
		if (!problems.isEmpty()) {
			audit.record(AUDIT_ACTION, "area-type", type.name(), AuditOutcome.FAILURE, "files=" + fileNames
					+ "; refused with " + problems.size() + (reader.truncated() ? "+" : "") + " problems, first: "
					+ problems.get(0).message());
			throw new ImportRefused(problems, reader.truncated());
		}
		return reader.features();
	}

	private BoundaryImportResult write(AreaType type, List<BoundaryFeature> features, List<ImportProblem> repairs,
			String fileNames) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<AreaRepository.NewArea> areas = features.stream()
			.map(f -> new AreaRepository.NewArea(f.code(), f.name(), f.geometry()))
			.toList();
		AreaRepository.Replacement replacement = repository.replace(type, areas, false, now);
		Set<AreaType> changed = EnumSet.of(type);
		boolean boroughDerived = false;
		if (type == AreaType.LSOA && !repository.hasImportedBorough()) {
			repository.replace(AreaType.BOROUGH, List.of(BoroughDerivation.from(features)), true, now);
			changed.add(AreaType.BOROUGH);
			boroughDerived = true;
		}
		String detail = "type=" + type + ", files=" + fileNames + ", areas=" + areas.size() + ", added="
				+ replacement.added() + ", replaced=" + replacement.replaced() + ", removed=" + replacement.removed()
				+ ", repaired=" + repairs.size() + (boroughDerived ? ", borough derived from the LSOAs" : "");
		repository.recordImport(type.name(), now, ImportActor.current(), areas.size(), detail);
		audit.record(AUDIT_ACTION, "area-type", type.name(), detail);
		events.publishEvent(new AreasChanged(changed));
		return new BoundaryImportResult(type, replacement.added(), replacement.replaced(), replacement.removed(),
				repairs, boroughDerived);
	}

}
