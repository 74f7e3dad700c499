package org.csphub.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.shared.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo's crime and ASB on the first start of an embedded demo installation: the real
 * police.uk street-level rows of the 29 months 2019-12 to 2022-04 around Charnwood (shipped as a zip
 * archive like data.police.uk's), imported through the ordinary import so that each is placed in its
 * areas by location. Runs after the demo geography; does nothing when anything has been imported
 * already, and nothing at all outside demo mode.
 */
@Component
@Order(3)
class DemoIncidents implements ApplicationRunner {

	static final String ARCHIVE = "demo/police-uk-charnwood.zip";

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	private final DeploymentMode mode;

	private final IncidentImports imports;

	DemoIncidents(DeploymentMode mode, IncidentImports imports) {
		this.mode = mode;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!mode.isDemo() || !imports.recentRuns(1).isEmpty()) {
			return;
		}
		Path folder = Files.createTempDirectory("csphub-demo-");
		Path archive = folder.resolve("police-uk-charnwood.zip");
		try (InputStream in = new ClassPathResource(ARCHIVE).getInputStream()) {
			Files.copy(in, archive);
			long start = System.nanoTime();
			ImportSummary summary = imports.importPoliceUk(List.of(archive), Set.of("leicestershire"), "system",
					"demo", ImportProgress.NONE);
			if (!summary.succeeded()) {
				throw new IllegalStateException("the demo's police.uk data did not import: " + summary.problems());
			}
			log.info("Demo mode: imported {} police.uk incidents for {} months in {} ms ({} outside the borough)",
					summary.imported(), summary.months().size(), (System.nanoTime() - start) / 1_000_000,
					summary.outsideArea());
		}
		finally {
			Files.deleteIfExists(archive);
			Files.deleteIfExists(folder);
		}
	}

}
