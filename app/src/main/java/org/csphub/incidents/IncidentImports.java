package org.csphub.incidents;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.csphub.incidents.internal.ImportRuns;
import org.csphub.incidents.internal.PartnerImporter;
import org.csphub.incidents.internal.PoliceUkImporter;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports police.uk data for the partnership's borough and keeps the record of every import. Used by
 * the upload page, the command line and the demo.
 */
@Service
public class IncidentImports {

	private final PoliceUkImporter importer;

	private final PartnerImporter partnerImporter;

	private final ImportRuns runs;

	private final Areas areas;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Set<String> forces;

	IncidentImports(PoliceUkImporter importer, PartnerImporter partnerImporter, ImportRuns runs, Areas areas, AuditLog audit,
			ApplicationEventPublisher events, @Value("${csphub.import.police-forces:}") List<String> forces) {
		this.importer = importer;
		this.partnerImporter = partnerImporter;
		this.runs = runs;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
		this.forces = forces.stream().map(String::trim).filter(f -> !f.isEmpty()).collect(Collectors.toSet());
	}

	/** The police forces whose rows are kept (empty: all), from {@code csphub.import.police-forces}. */
	public Set<String> forces() {
		return forces;
	}

	/**
	 * Imports police.uk street, outcomes and stop-and-search CSV files, folders of months or zip
	 * archives. All or nothing: the summary lists every problem when it fails.
	 * @param actor who asked, for the record and the audit log
	 * @param address where they asked from (an IP address, or {@code command line})
	 */
	public ImportSummary importPoliceUk(List<Path> paths, Set<String> forcesToKeep, String actor, String address,
			ImportProgress progress) {
		UUID runId = UUID.randomUUID();
		PoliceUkImporter.Outcome outcome = importer.run(runId, actor, paths, areas.locator(),
				forcesToKeep.isEmpty() ? forces : forcesToKeep, progress);
		return finish(runId, "incidents.imported", paths, actor, address, outcome);
	}

	private ImportSummary finish(UUID runId, String action, List<Path> paths, String actor, String address,
			PoliceUkImporter.Outcome outcome) {
		ImportSummary summary = outcome.summary();
		audit.recordFrom(actor, address, action, "import", runId,
				summary.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"files=" + paths.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(",")) + "; imported="
						+ summary.imported() + ", replaced=" + summary.replaced() + ", without location="
						+ summary.withoutLocation() + ", outside area=" + summary.outsideArea() + ", problems="
						+ summary.rejected());
		if (summary.succeeded()) {
			events.publishEvent(new IncidentsImported(runId, outcome.sources(), summary.months()));
		}
		return summary;
	}

	/**
	 * Imports partner CSV files through a saved mapping. All or nothing, like police.uk imports; a
	 * source and month imported again replaces the earlier load.
	 */
	public ImportSummary importPartner(PartnerMapping mapping, List<Path> paths, String actor, String address,
			ImportProgress progress) {
		UUID runId = UUID.randomUUID();
		// Resolved before the import starts: during it the connection streams rows to the database
		// (PostgreSQL COPY) and cannot answer other queries.
		Map<String, Optional<GridPoint>> lsoaPoints = new HashMap<>();
		if (mapping.locationKind() == PartnerMapping.LocationKind.LSOA_CODE) {
			for (AreaSummary lsoa : areas.list(AreaType.LSOA)) {
				lsoaPoints.put(lsoa.ref().code(), pointInside(lsoa.ref().code()));
			}
		}
		PoliceUkImporter.Outcome outcome = partnerImporter.run(runId, actor, paths, mapping, areas.locator(),
				code -> lsoaPoints.getOrDefault(code, Optional.empty()), progress);
		return finish(runId, "partner.imported", paths, actor, address, outcome);
	}

	/** A point inside an LSOA (JTS's interior point), where rows given only an LSOA code are placed. */
	private Optional<GridPoint> pointInside(String lsoaCode) {
		return areas.find(new AreaRef(AreaType.LSOA, lsoaCode)).map(details -> {
			Point point = details.geometry().getInteriorPoint();
			return new GridPoint(point.getX(), point.getY());
		});
	}

	/** The most recent imports, newest first. */
	public List<ImportRun> recentRuns(int limit) {
		return runs.recent(limit);
	}

}
