package org.csphub.demo.internal;

import java.util.List;

import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.ReferenceFiles;
import org.csphub.areas.SourceFile;
import org.csphub.shared.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo geography on the first start of an embedded demo installation: Charnwood's 99 LSOA
 * (2011) and 28 ward (2013) boundaries as ONS published them, the reference tables' rows for those
 * LSOAs (real open data, shipped gzip-compressed in {@code demo/areas/}), and one invented priority
 * neighbourhood around Loughborough town centre, labelled as a demo area. The borough is made from the
 * LSOAs. Does nothing when any LSOA exists already, and nothing at all outside demo mode.
 */
@Component
@Order(2)
class DemoAreas implements ApplicationRunner {

	static final String FOLDER = "demo/areas/";

	static final String PRIORITY_NEIGHBOURHOOD = "loughborough-town-centre";

	private static final Logger log = LoggerFactory.getLogger(DemoAreas.class);

	private final DeploymentMode mode;

	private final Areas areas;

	DemoAreas(DeploymentMode mode, Areas areas) {
		this.mode = mode;
		this.areas = areas;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isDemo()) {
			return;
		}
		if (areas.counts().get(AreaType.LSOA) > 0) {
			log.info("Demo mode: areas exist already, so the demo geography is not loaded again");
			return;
		}
		long start = System.nanoTime();
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(file("charnwood-lsoa-2011.geojson.gz"))),
				log::debug);
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, List.of(file("charnwood-wards-2013.geojson.gz"))),
				log::debug);
		areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM,
				List.of(file("loughborough-town-centre-demo.geojson.gz"))), log::debug);
		int lsoas = areas.importReference(new ReferenceFiles(file("population-2019.csv.gz"),
				file("imd2019-file-1.csv.gz"), file("imd2019-file-2-domains.csv.gz"),
				file("imd2019-file-6-denominators.csv.gz"), file("ruc-2011.csv.gz")), log::debug);
		log.info("Demo mode: loaded Charnwood's areas ({}) and reference data for {} LSOAs in {} ms", areas.counts(),
				lsoas, (System.nanoTime() - start) / 1_000_000);
	}

	private static SourceFile file(String name) {
		return new SourceFile(name, new ClassPathResource(FOLDER + name));
	}

}
