package org.csphub.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.incidents.PartnerMapping.DatePrecision;
import org.csphub.incidents.PartnerMapping.LocationKind;
import org.csphub.partners.Role;
import org.csphub.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Partners' CSV files through saved mappings, on Charnwood's real LSOAs. */
@CspHubIntegrationTest
class PartnerImportIntegrationTests {

	/** Two Charnwood LSOAs and one in Leicester, outside the borough. */
	static final String IN_A = "E01025670";

	static final String IN_B = firstOtherCharnwoodLsoa();

	static final String LEICESTER = "E01013600";

	@Autowired
	IncidentImports imports;

	@Autowired
	PartnerMappings mappings;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@TempDir
	Path folder;

	@BeforeEach
	void charnwood() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
	}

	@Test
	void countsByLsoaWithTheMonthInTheFileNameAreImportedOntoTheirLsoas() throws IOException {
		PartnerMapping mapping = mappings.save(new PartnerMapping(null, "Reports " + unique(), "reports-" + unique(), null,
				"yyyy-M", DatePrecision.MONTH, LocationKind.LSOA_CODE, null, null, "lsoa", null, "Reports to the council",
				"reports", null, Map.of(), 0));
		Path file = Files.writeString(folder.resolve("2020-3.csv"), "lsoa,reports,unique_users\n" + IN_A + ",2,1\n"
				+ IN_B + ",5,3\n" + IN_A + ",0,0\n" + LEICESTER + ",4,2\n");

		ImportSummary summary = imports.importPartner(mapping, List.of(file), "tester", "127.0.0.1", ImportProgress.NONE);

		assertThat(summary.succeeded()).as(summary.problems().toString()).isTrue();
		assertThat(summary.imported()).isEqualTo(7);
		assertThat(summary.outsideArea()).isEqualTo(4);
		assertThat(summary.months()).extracting(Object::toString).containsExactly("2020-03");
		assertThat(jdbc.sql("select lsoa_code, incident_count from incident where source_code = ? order by incident_count")
			.param(mapping.sourceCode())
			.query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).containsExactly(IN_A + "=2", IN_B + "=5");

		ImportSummary again = imports.importPartner(mapping, List.of(file), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(again.replaced()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from incident where source_code = ?").param(mapping.sourceCode())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void gridReferencesAndDaysWithMappedCategoriesAndAnUnmappedValueRefusesTheFile() throws IOException {
		PartnerMapping mapping = mappings.save(new PartnerMapping(null, "Fly-tipping " + unique(), "fly-" + unique(),
				"Date reported", "dd/MM/yyyy", DatePrecision.DAY, LocationKind.EASTING_NORTHING, "Easting", "Northing",
				null, "Type", null, null, "Ref", Map.of("Household waste", "Fly-tipping", "Tyres", "Fly-tipping"), 0));
		GridPoint inside = interior(IN_A);
		String good = "Ref,Date reported,Easting,Northing,Type\n" + "FT1,03/02/2021," + inside.easting() + ","
				+ inside.northing() + ",Tyres\n" + "FT2,14/02/2021," + inside.easting() + "," + inside.northing()
				+ ",Household waste\n";
		Path ok = Files.writeString(folder.resolve("fly.csv"), good);
		ImportSummary summary = imports.importPartner(mapping, List.of(ok), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(summary.succeeded()).as(summary.problems().toString()).isTrue();
		assertThat(jdbc.sql("select incident_key || ' ' || category || ' ' || lsoa_code || ' ' || occurred_on from incident "
				+ "where source_code = ? order by incident_key").param(mapping.sourceCode()).query(String.class).list())
			.containsExactly("FT1 Fly-tipping " + IN_A + " 2021-02-03", "FT2 Fly-tipping " + IN_A + " 2021-02-14");

		Path bad = Files.writeString(folder.resolve("bad.csv"), good + "FT3,31/02/2021,1,1,Tyres\nFT4,01/03/2021,"
				+ inside.easting() + "," + inside.northing() + ",Mattress\n");
		ImportSummary refused = imports.importPartner(mapping, List.of(bad), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.problems()).extracting(ImportProblem::line).containsExactly(4L, 5L);
		assertThat(refused.problems().get(0).message()).contains("Date reported '31/02/2021' is not a date in the form dd/MM/yyyy");
		assertThat(refused.problems().get(1).message()).contains("'Mattress' is not mapped");
		assertThat(jdbc.sql("select count(*) from incident where source_code = ?").param(mapping.sourceCode())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aFileWithoutTheMappedColumnsIsRefusedNamingThem() throws IOException {
		PartnerMapping mapping = mappings.save(new PartnerMapping(null, "Noise " + unique(), "noise-" + unique(), "When",
				"yyyy-MM-dd", DatePrecision.DAY, LocationKind.LONGITUDE_LATITUDE, "Lon", "Lat", null, null, "Noise", null,
				null, Map.of(), 0));
		Path file = Files.writeString(folder.resolve("noise.csv"), "Date,Longitude,Latitude\n2021-01-01,-1.2,52.7\n");
		ImportSummary summary = imports.importPartner(mapping, List.of(file), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(summary.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.message()).contains("needs column(s) When, Lon, Lat");
		});
	}

	@Test
	void aMappingMustSayWhereRowsAreAndWhatTheyAre() {
		assertThatThrownBy(() -> mappings.save(new PartnerMapping(null, "Half " + unique(), "half-" + unique(), null,
				"yyyy-MM", DatePrecision.MONTH, LocationKind.EASTING_NORTHING, null, null, null, null, null, null, null,
				Map.of(), 0)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Enter the column with the easting")
			.hasMessageContaining("Enter the column with the northing")
			.hasMessageContaining("Enter the category column");
	}

	@Test
	void theMappingFormShowsProblemsFieldByField() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.ANALYST);
		String html = mvc.perform(post("/imports/mappings/new").session(session).with(csrf())
			.param("name", "")
			.param("sourceSlug", "Not A Slug")
			.param("dateFormat", "yyyy-MM")
			.param("datePrecision", "MONTH")
			.param("locationKind", "LSOA_CODE")
			.param("categoryLines", "no equals sign here")
			.param("version", "0")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<title>Error: Add a mapping", "href=\"#categoryLines\"",
				"Category mapping line 1 must be like");
	}

	private static GridPoint interior(String lsoa) {
		Point point = AreaTestFiles.wgs84(AreaTestFiles.feature(AreaTestFiles.LSOAS, "LSOA11CD", lsoa)).getInteriorPoint();
		return AreaTestFiles.grid(point.getX(), point.getY());
	}

	private static String firstOtherCharnwoodLsoa() {
		return AreaTestFiles.features(AreaTestFiles.LSOAS).stream()
			.map(f -> f.get("properties").get("LSOA11CD").asString())
			.filter(code -> !code.equals(IN_A))
			.findFirst()
			.orElseThrow();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
