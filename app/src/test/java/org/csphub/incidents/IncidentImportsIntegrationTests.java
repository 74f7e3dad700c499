package org.csphub.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo archive imported through the façade onto Charnwood's real boundaries. Expected
 * counts come from the raw rows and the raw GeoJSON polygons, in WGS84 with JTS, not from the
 * importer or the locator.
 */
@CspHubIntegrationTest
class IncidentImportsIntegrationTests {

	static final String SOURCE = "police-uk-street:leicestershire";

	static final String WARD = "E05005426";

	@Autowired
	IncidentImports imports;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@TempDir
	Path folder;

	@BeforeEach
	void charnwoodBoundaries() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, List.of(AreaTestFiles.shipped(AreaTestFiles.WARDS))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM,
				List.of(AreaTestFiles.shipped("loughborough-town-centre-demo.geojson.gz"))), line -> {
				});
	}

	@Test
	void everyRowIsAssignedByLocationAndTheCountsMatchTheRawFiles() throws IOException {
		PreparedGeometry borough = borough();
		PreparedGeometry ward = PreparedGeometryFactory
			.prepare(AreaTestFiles.wgs84(AreaTestFiles.feature(AreaTestFiles.WARDS, "WD13CD", WARD)));
		PreparedGeometry custom = PreparedGeometryFactory
			.prepare(AreaTestFiles.wgs84(AreaTestFiles.features("loughborough-town-centre-demo.geojson.gz").get(0)));
		List<DemoCrimeRows.Row> rows = DemoCrimeRows.all();
		long inBorough = rows.stream().filter(r -> r.point() != null && borough.covers(r.point())).count();
		long inWard = rows.stream().filter(r -> r.point() != null && borough.covers(r.point()) && ward.covers(r.point())).count();
		long inCustom = rows.stream().filter(r -> r.point() != null && custom.covers(r.point())).count();
		long inBoroughMarch2020 = rows.stream().filter(r -> r.month().equals("2020-03") && r.point() != null
				&& borough.covers(r.point())).count();

		ImportSummary summary = importDemo();

		assertThat(summary.succeeded()).isTrue();
		assertThat(summary.rowsRead()).isEqualTo(rows.size());
		assertThat(summary.imported()).isEqualTo(inBorough);
		assertThat(summary.outsideArea()).isEqualTo(rows.size() - inBorough);
		assertThat(count("select count(*) from incident where source_code = ?", SOURCE)).isEqualTo(inBorough);
		assertThat(count("select count(*) from incident where source_code = ? and ward_code = ?", SOURCE, WARD))
			.isEqualTo(inWard).isPositive();
		assertThat(count("select count(*) from incident i join incident_custom_area c on c.incident_id = i.id "
				+ "where i.source_code = ? and c.area_code = 'loughborough-town-centre'", SOURCE)).isEqualTo(inCustom).isPositive();
		assertThat(count("select count(*) from incident where source_code = ? and month_start = date '2020-03-01'", SOURCE))
			.isEqualTo(inBoroughMarch2020);
		assertThat(count("select count(*) from incident where source_code = ? and lsoa_code is null", SOURCE)).isZero();
	}

	@Test
	void importingTheSameArchiveTwiceLeavesTheSameCounts() throws IOException {
		importDemo();
		long before = count("select count(*) from incident where source_code = ?", SOURCE);
		long custom = count("select count(*) from incident_custom_area");
		ImportSummary again = importDemo();
		assertThat(count("select count(*) from incident where source_code = ?", SOURCE)).isEqualTo(before);
		assertThat(count("select count(*) from incident_custom_area")).isEqualTo(custom);
		assertThat(again.replaced()).isEqualTo(before);
		assertThat(count("select count(*) from import_month where source_code = ?", SOURCE)).isEqualTo(29);
	}

	@Test
	void anImportIsRecordedAndAudited() throws IOException {
		ImportSummary summary = demoImported();
		assertThat(imports.recentRuns(50)).anySatisfy(run -> {
			assertThat(run.id()).isEqualTo(summary.runId());
			assertThat(run.succeeded()).isTrue();
			assertThat(run.actor()).isEqualTo("tester");
			assertThat(run.imported()).isEqualTo(summary.imported());
		});
		assertThat(audit.search(AuditQuery.forRecord("import", summary.runId().toString())).entries())
			.singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("incidents.imported"));
	}

	@Test
	void changedBoundariesPlaceStoredIncidentsAgain() throws IOException {
		demoImported();
		long inCustom = count("select count(*) from incident_custom_area where area_code = 'loughborough-town-centre'");
		assertThat(inCustom).isPositive();
		String square = AreaTestFiles.collection(AreaTestFiles.polygonFeature("code", "tiny-square", "name", "A tiny square",
				"[[-1.2100,52.7700],[-1.2000,52.7700],[-1.2000,52.7800],[-1.2100,52.7800],[-1.2100,52.7700]]"));
		areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM, List.of(AreaTestFiles.text("square.geojson", square))),
				line -> {
				});
		Geometry tiny = new org.locationtech.jts.geom.GeometryFactory().toGeometry(
				new org.locationtech.jts.geom.Envelope(-1.2100, -1.2000, 52.7700, 52.7800));
		PreparedGeometry borough = borough();
		long expected = DemoCrimeRows.all().stream()
			.filter(r -> r.point() != null && borough.covers(r.point()) && tiny.covers(r.point()))
			.count();
		assertThat(count("select count(*) from incident_custom_area where area_code = 'loughborough-town-centre'")).isZero();
		assertThat(count("select count(*) from incident_custom_area where area_code = 'tiny-square'")).isEqualTo(expected).isPositive();
	}

	/** Charnwood as the union of its LSOAs in the raw file, prepared for fast point tests. */
	private static PreparedGeometry borough() {
		return PreparedGeometryFactory.prepare(UnaryUnionOp
			.union(AreaTestFiles.features(AreaTestFiles.LSOAS).stream().map(AreaTestFiles::wgs84).toList()));
	}

	/** The demo archive imported once for the tests that only need it loaded. */
	private static ImportSummary imported;

	private ImportSummary demoImported() throws IOException {
		if (imported == null || count("select count(*) from import_month where import_run_id = ?", imported.runId()) == 0) {
			imported = importDemo();
		}
		return imported;
	}

	private ImportSummary importDemo() throws IOException {
		Path archive = folder.resolve("demo-" + System.nanoTime() + ".zip");
		try (InputStream in = new ClassPathResource(DemoCrimeRows.ARCHIVE).getInputStream()) {
			Files.copy(in, archive);
		}
		return imports.importPoliceUk(List.of(archive), Set.of(), "tester", "127.0.0.1", ImportProgress.NONE);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
