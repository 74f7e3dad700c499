package org.csphub.incidents.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaLocator;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.PartnerMapping;
import org.springframework.stereotype.Component;

/** Imports partners' CSV files through a saved mapping. All or nothing (see {@link ImportRunner}). */
@Component
public class PartnerImporter {

	private final ImportRunner runner;

	PartnerImporter(ImportRunner runner) {
		this.runner = runner;
	}

	public PoliceUkImporter.Outcome run(UUID runId, String actor, List<Path> paths, PartnerMapping mapping,
			AreaLocator locator, Function<String, Optional<GridPoint>> lsoaPoints, ImportProgress progress) {
		ImportContext context = new ImportContext(locator, Set.of(), progress);
		ImportRunner.Outcome outcome = runner.run(runId, "PARTNER", actor, paths, context,
				(entry, header, rows, connection) -> {
					try (IncidentWriter writer = IncidentWriter.forConnection(connection, runId)) {
						new PartnerFile(mapping, context, writer, lsoaPoints).read(entry, header, rows);
					}
				});
		return new PoliceUkImporter.Outcome(outcome.summary(), outcome.sources());
	}

}
