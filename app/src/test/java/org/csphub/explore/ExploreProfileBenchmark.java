package org.csphub.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.csphub.TestDatabaseProfiles;
import org.csphub.TestUsers;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.SourceFile;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.partners.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not part of the test suite (its name does not end in Tests): how long area profile pages take with
 * the whole Leicestershire force area loaded, all 611 LSOAs (so the borough is the force area) and all
 * 29 months of police.uk street crime, from the shared data folder. Run it with
 *
 * <pre>./mvnw verify -pl app -am -Dtest=ExploreProfileBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * (add {@code -Dcsphub.test.db=postgres} for PostgreSQL). On H2 it uses a database of its own. Skipped
 * when the shared data folder ({@code csphub.shared-data}, default {@code /work/shared/data}) is absent.
 */
@SpringBootTest(properties = "csphub.test.benchmark-datasource=true")
@AutoConfigureMockMvc
@ActiveProfiles(resolver = ExploreProfileBenchmark.Profiles.class)
@Import(TestUsers.class)
class ExploreProfileBenchmark {

	static final Path DATA = Path.of(System.getProperty("csphub.shared-data", "/work/shared/data"), "leicestershire");

	/** The test database profiles, with the H2 one pointed at a database of its own. */
	public static class Profiles extends TestDatabaseProfiles {

		@Override
		public String[] resolve(Class<?> testClass) {
			assumeTrue(Files.isDirectory(DATA), "no shared data at " + DATA);
			if (!postgres()) {
				System.setProperty("spring.datasource.url",
						"jdbc:h2:mem:csphub-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			}
			return super.resolve(testClass);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void profilePagesWithTheWholeForceLoaded() throws Exception {
		long start = System.nanoTime();
		List<SourceFile> lsoas = new ArrayList<>();
		try (Stream<Path> files = Files.list(DATA.resolve("boundaries/lsoa2011_by_lad"))) {
			files.sorted().forEach(f -> lsoas.add(new SourceFile(f.getFileName().toString(), new FileSystemResource(f))));
		}
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, lsoas), line -> {
		});
		List<Path> months;
		try (Stream<Path> folders = Files.list(DATA.resolve("police_uk"))) {
			months = folders.sorted().flatMap(folder -> {
				try {
					return Files.list(folder).filter(f -> f.toString().endsWith("-street.csv")).toList().stream();
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		ImportSummary summary = imports.importPoliceUk(months, Set.of(), "benchmark", "test", ImportProgress.NONE);
		assertThat(summary.succeeded()).isTrue();
		long stored = jdbc.sql("select count(*) from incident where source_code = 'police-uk-street:leicestershire'")
			.query(Long.class).single();
		System.out.printf("Loaded %d LSOAs and %d files in %d s: %d rows read, %d stored, %d without location, %d outside%n",
				lsoas.size(), months.size(), (System.nanoTime() - start) / 1_000_000_000, summary.rowsRead(), stored,
				summary.withoutLocation(), summary.outsideArea());

		if (TestDatabaseProfiles.postgres()) {
			// What autovacuum does within a minute of a large import: planner statistics and the
			// visibility map that index-only scans rely on.
			jdbc.sql("vacuum analyze incident").update();
		}
		MockHttpSession session = users.signIn(mvc, Role.ANALYST);
		String borough = "/explore/borough/" + areas.list(AreaType.BOROUGH).get(0).code();
		String ward = "/explore/lsoa/" + areas.list(AreaType.LSOA).get(0).code();
		String query = "?source=police-uk-street:leicestershire";
		for (String path : List.of(borough + query, borough + "/map.json" + query, borough + "/months.csv" + query,
				borough + "/grid-cells.csv" + query, borough + query + "&from=2019-12&to=2022-04", ward + query)) {
			long[] times = new long[11];
			for (int i = 0; i < times.length; i++) {
				long t = System.nanoTime();
				int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
				times[i] = (System.nanoTime() - t) / 1_000_000;
				assertThat(status).as(path).isEqualTo(200);
			}
			long first = times[0];
			long[] warm = Arrays.copyOfRange(times, 1, times.length);
			Arrays.sort(warm);
			System.out.printf("%-90s first %5d ms, median %5d ms, slowest %5d ms (10 runs)%n", path, first,
					warm[warm.length / 2], warm[warm.length - 1]);
		}
		// Leave no rows behind (on PostgreSQL the database is shared with the test suite).
		jdbc.sql("delete from incident_custom_area where incident_id in (select id from incident where source_code = ?)")
			.param("police-uk-street:leicestershire").update();
		jdbc.sql("delete from incident where source_code = ?").param("police-uk-street:leicestershire").update();
		jdbc.sql("delete from import_month where source_code = ?").param("police-uk-street:leicestershire").update();
	}

}
