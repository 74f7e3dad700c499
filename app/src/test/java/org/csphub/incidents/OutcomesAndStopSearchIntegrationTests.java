package org.csphub.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two other police.uk files, built from the headers data.police.uk documents (none are in the
 * shipped data): outcomes and stop and search, kept only where they fall in the borough.
 */
@CspHubIntegrationTest
class OutcomesAndStopSearchIntegrationTests {

	static final String OUTCOMES_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

	static final String STOP_SEARCH_HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

	@Autowired
	IncidentImports imports;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void charnwood() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
	}

	@Test
	void outcomesInTheBoroughAreKeptAndOthersCounted() throws IOException {
		Point inside = AreaTestFiles.wgs84(AreaTestFiles.feature(AreaTestFiles.LSOAS, "LSOA11CD", "E01025670")).getInteriorPoint();
		String id = "outcome-" + System.nanoTime();
		Path file = Files.write(folder.resolve("2021-05-leicestershire-outcomes.csv"), List.of(OUTCOMES_HEADER,
				id + ",2021-05,Leicestershire Police,Leicestershire Police," + inside.getX() + "," + inside.getY()
						+ ",On or near Market Place,E01025670,Charnwood 010A,Offender given a caution",
				id + "-b,2021-05,Leicestershire Police,Leicestershire Police,-1.1332,52.6369,On or near Clock Tower,"
						+ "E01013600,Leicester 003A,Investigation complete; no suspect identified",
				id + "-c,2021-05,Leicestershire Police,Leicestershire Police,,,No location,,,Unable to prosecute suspect"));

		ImportSummary summary = imports.importPoliceUk(List.of(file), Set.of(), "tester", "127.0.0.1", ImportProgress.NONE);

		assertThat(summary.succeeded()).as(summary.problems().toString()).isTrue();
		assertThat(summary.imported()).isEqualTo(1);
		assertThat(summary.outsideArea()).isEqualTo(1);
		assertThat(summary.withoutLocation()).isEqualTo(1);
		assertThat(jdbc.sql("select outcome_type || ' ' || lsoa_code from crime_outcome where crime_id = ?").param(id)
			.query(String.class).list()).containsExactly("Offender given a caution E01025670");
	}

	@Test
	void stopAndSearchInTheBoroughIsKeptAndABadDateIsRefusedWithItsLine() throws IOException {
		Point inside = AreaTestFiles.wgs84(AreaTestFiles.feature(AreaTestFiles.LSOAS, "LSOA11CD", "E01025670")).getInteriorPoint();
		String row = "Person search,2021-05-14T21:30:00+00:00,False,," + inside.getY() + "," + inside.getX()
				+ ",Male,18-24,White - English/Welsh/Scottish/Northern Irish/British,White,"
				+ "Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,False,False";
		Path good = Files.write(folder.resolve("2021-05-leicestershire-stop-and-search.csv"), List.of(STOP_SEARCH_HEADER, row,
				"Vehicle search,2021-05-02T10:00:00+00:00,False,,,,,,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False"));
		ImportSummary summary = imports.importPoliceUk(List.of(good), Set.of(), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(summary.succeeded()).as(summary.problems().toString()).isTrue();
		assertThat(summary.imported()).isEqualTo(1);
		assertThat(summary.withoutLocation()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from stop_search where source_code = 'police-uk-stop-search:leicestershire' "
				+ "and lsoa_code = 'E01025670' and object_of_search = 'Controlled drugs'").query(Long.class).single()).isEqualTo(1);

		Path bad = Files.write(folder.resolve("2021-06-leicestershire-stop-and-search.csv"),
				List.of(STOP_SEARCH_HEADER, row.replace("2021-05-14T21:30:00+00:00", "14/06/2021 21:30")));
		ImportSummary refused = imports.importPoliceUk(List.of(bad), Set.of(), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(refused.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(2);
			assertThat(p.message()).contains("Date '14/06/2021 21:30' is not a date and time");
		});
	}

}
