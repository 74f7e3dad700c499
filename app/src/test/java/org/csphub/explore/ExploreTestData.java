package org.csphub.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads what the profile tests need through the real imports: Charnwood's LSOAs, wards and reference
 * data as shipped for the demo, the demo priority neighbourhood plus a tiny custom area that contains
 * no LSOA (so its population is not known), and chosen months of the shipped police.uk extract.
 *
 * <p>The months are imported under a force name of their own ({@code explore-<random>}, from the file
 * names), so the tests count only their own rows whatever else the shared test database holds, and
 * {@link #remove()} takes them out again afterwards so that no other test meets them.
 */
public final class ExploreTestData {

	public static final String CUSTOM_FILE = "loughborough-town-centre-demo.geojson.gz";

	public static final String TOWN_CENTRE = "loughborough-town-centre";

	/** A 150 m square in Loughborough, too small to contain any LSOA's interior point. */
	public static final String TINY = "tiny-test-area";

	public static final String TINY_FEATURE = AreaTestFiles.polygonFeature("code", TINY, "name", "Tiny test area",
			"[[-1.2060,52.7710],[-1.2038,52.7710],[-1.2038,52.7723],[-1.2060,52.7723],[-1.2060,52.7710]]");

	private final Areas areas;

	private final IncidentImports imports;

	private final JdbcClient jdbc;

	public final String force = "explore-" + UUID.randomUUID().toString().substring(0, 8);

	public final String source = "police-uk-street:" + force;

	public ExploreTestData(Areas areas, IncidentImports imports, JdbcClient jdbc) {
		this.areas = areas;
		this.imports = imports;
		this.jdbc = jdbc;
	}

	/** Imports Charnwood's boundaries and reference data, replacing whatever areas there were. */
	public void importAreas() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, List.of(AreaTestFiles.shipped(AreaTestFiles.WARDS))),
				line -> {
				});
		String town = AreaTestFiles.raw(CUSTOM_FILE);
		String townFeature = town.substring(town.indexOf('[', town.indexOf("\"features\"")) + 1, town.lastIndexOf(']'));
		areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM,
				List.of(AreaTestFiles.text("custom.geojson", AreaTestFiles.collection(townFeature, TINY_FEATURE)))), line -> {
				});
		areas.importReference(AreaTestFiles.shippedReference(), line -> {
		});
	}

	/** Imports the given months ("2021-04") of the demo extract, all in one import. */
	public ImportSummary importMonths(List<String> months, Path folder) {
		List<Path> files = new ArrayList<>();
		try (InputStream in = new ClassPathResource(RawCharnwood.ZIP).getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String month = entry.getName().substring(0, 7);
				if (months.contains(month)) {
					Path file = folder.resolve(month + "-" + force + "-street.csv");
					Files.copy(zip, file);
					files.add(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(files).hasSize(months.size());
		ImportSummary summary = imports.importPoliceUk(files, Set.of(), "explore-test", "test", ImportProgress.NONE);
		assertThat(summary.problems()).isEmpty();
		assertThat(summary.succeeded()).isTrue();
		return summary;
	}

	/** Takes this data's incidents and loaded months out of the shared test database. */
	public void remove() {
		jdbc.sql("delete from incident_custom_area where incident_id in (select id from incident where source_code = ?)")
			.param(source)
			.update();
		jdbc.sql("delete from incident where source_code = ?").param(source).update();
		jdbc.sql("delete from import_month where source_code = ?").param(source).update();
	}

}
