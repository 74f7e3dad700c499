package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csphub.CspHubIntegrationTest;
import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportProblem;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police.uk import on real published rows (the demo extract), with a simple locator that puts
 * everything east of a grid line inside the borough. Expected counts are computed here from the raw
 * CSV, not by the importer.
 */
@CspHubIntegrationTest
class PoliceUkImporterIntegrationTests {

	/** Everything east of easting 455,000 m is "inside"; ward and LSOA codes are fixed. */
	static final double EAST_OF = 455_000;

	static final AreaLocator EAST = (e, n) -> e >= EAST_OF ? new AreaMatch(true, "E0TEST", "W0TEST", null, List.of())
			: AreaMatch.OUTSIDE;

	static final AreaLocator EVERYWHERE = (e, n) -> new AreaMatch(true, "E0ALL", "W0ALL", null, List.of("demo-area"));

	@Autowired
	PoliceUkImporter importer;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void importsEveryLocatedRowOfAMonthAndCountsWhatItLeavesOut() throws IOException {
		Path file = DemoMonths.month("2020-03", folder);
		List<CSVRecord> rows = rows(file);
		BritishNationalGrid grid = new BritishNationalGrid();
		long east = rows.stream().filter(r -> !r.get(4).isEmpty())
			.filter(r -> grid.project(Double.parseDouble(r.get(4)), Double.parseDouble(r.get(5))).easting() >= EAST_OF)
			.count();
		long withoutLocation = rows.stream().filter(r -> r.get(4).isEmpty()).count();

		ImportSummary summary = run(EAST, file);

		assertThat(summary.succeeded()).isTrue();
		assertThat(summary.rowsRead()).isEqualTo(rows.size());
		assertThat(summary.imported()).isEqualTo(east).isPositive();
		assertThat(summary.withoutLocation()).isEqualTo(withoutLocation);
		assertThat(summary.outsideArea()).isEqualTo(rows.size() - east - withoutLocation).isPositive();
		assertThat(storedFor(summary)).isEqualTo(east);
	}

	@Test
	void importingTheSameMonthAgainReplacesItAndLeavesTheSameCounts() throws IOException {
		Path file = DemoMonths.month("2020-04", folder);
		ImportSummary first = run(EVERYWHERE, file);
		long before = countMonth("2020-04-01");
		Set<String> firstKeys = keys(first);
		ImportSummary second = run(EVERYWHERE, file);

		assertThat(countMonth("2020-04-01")).isEqualTo(before).isEqualTo(second.imported());
		assertThat(second.replaced()).isEqualTo(first.imported());
		assertThat(keys(second)).isEqualTo(firstKeys).hasSize((int) before);
		assertThat(jdbc.sql("select count(*) from incident_custom_area where month_start = date '2020-04-01'")
			.query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void antiSocialBehaviourRowsGetStableDistinctKeys() throws IOException {
		Path file = DemoMonths.month("2020-05", folder);
		long asb = rows(file).stream().filter(r -> r.get(9).equals("Anti-social behaviour")).count();
		ImportSummary summary = run(EVERYWHERE, file);
		List<String> keys = jdbc.sql("select incident_key from incident where import_run_id = ? and category = ?")
			.params(summary.runId(), "Anti-social behaviour")
			.query(String.class)
			.list();
		assertThat(keys).hasSize((int) asb).doesNotHaveDuplicates().allMatch(k -> k.startsWith("asb-"));
	}

	@Test
	void aTruncatedFileIsRefusedWithItsLineAndNothingChanges() throws IOException {
		Path good = DemoMonths.month("2020-06", folder);
		run(EVERYWHERE, good);
		long before = countMonth("2020-06-01");
		List<String> lines = DemoMonths.lines(good);
		String cut = lines.get(200).substring(0, 40);
		Path truncated = folder.resolve("truncated-street.csv");
		List<String> kept = new ArrayList<>(lines.subList(0, 200));
		kept.add(cut);
		Files.write(truncated, kept);

		ImportSummary summary = run(EVERYWHERE, truncated);

		assertThat(summary.succeeded()).isFalse();
		assertThat(summary.imported()).isZero();
		assertThat(summary.problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).endsWith("truncated-street.csv");
			assertThat(p.line()).isEqualTo(201);
			assertThat(p.message()).startsWith("expected 12 columns, found");
		});
		assertThat(countMonth("2020-06-01")).isEqualTo(before);
	}

	@Test
	void aWrongHeaderIsRefusedNamingTheColumns() throws IOException {
		Path good = DemoMonths.month("2020-07", folder);
		List<String> lines = new ArrayList<>(DemoMonths.lines(good));
		lines.set(0, lines.get(0).replace("Crime type", "Offence"));
		Path bad = Files.write(folder.resolve("renamed.csv"), lines);
		long before = countMonth("2020-07-01");

		ImportSummary summary = run(EVERYWHERE, bad);

		assertThat(summary.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.message()).contains("missing columns: Crime type").contains("unexpected columns: Offence");
		});
		assertThat(countMonth("2020-07-01")).isEqualTo(before);
	}

	@Test
	void everyBadRowIsReportedWithItsLineAndReason() throws IOException {
		Path good = DemoMonths.month("2020-08", folder);
		List<String> lines = new ArrayList<>(DemoMonths.lines(good).subList(0, 20));
		lines.set(3, lines.get(3).replace(",2020-08,", ",August 2020,"));
		lines.set(5, replaceColumn(lines.get(5), 4, "-191.5"));
		lines.set(7, replaceColumn(lines.get(7), 5, "north"));
		Path bad = Files.write(folder.resolve("bad-rows.csv"), lines);
		long before = countMonth("2020-08-01");

		ImportSummary summary = run(EVERYWHERE, bad);

		assertThat(summary.succeeded()).isFalse();
		assertThat(summary.problems()).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "Month 'August 2020' is not a month in the form YYYY-MM"),
					org.assertj.core.groups.Tuple.tuple(6L, "Longitude -191.5 is out of range (-180 to 180)"),
					org.assertj.core.groups.Tuple.tuple(8L, "Latitude 'north' is not a number"));
		assertThat(countMonth("2020-08-01")).isEqualTo(before);
	}

	@Test
	void brokenQuotingStopsTheFileWithTheLine() throws IOException {
		Path good = DemoMonths.month("2020-09", folder);
		List<String> lines = new ArrayList<>(DemoMonths.lines(good).subList(0, 30));
		lines.set(10, lines.get(10).replace("On or near ", "\"On or near \"The\" "));
		Path bad = Files.write(folder.resolve("quotes.csv"), lines);

		ImportSummary summary = run(EVERYWHERE, bad);

		assertThat(summary.succeeded()).isFalse();
		assertThat(summary.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(11);
			assertThat(p.message()).contains("cannot be read past here");
		});
	}

	@Test
	void theWholeArchiveLoadsAndOnlyConfiguredForcesAreKept() throws IOException {
		Path zip = DemoMonths.archive(folder);
		ImportSummary other = importer.run(UUID.randomUUID(), "test", List.of(zip), EVERYWHERE, Set.of("avon-and-somerset"),
				ImportProgress.NONE).summary();
		assertThat(other.rowsRead()).isZero();
		ImportSummary all = importer.run(UUID.randomUUID(), "test", List.of(zip), EVERYWHERE, Set.of("leicestershire"),
				ImportProgress.NONE).summary();
		assertThat(all.succeeded()).isTrue();
		assertThat(all.months()).hasSize(29);
		assertThat(all.imported()).isEqualTo(all.rowsRead() - all.withoutLocation());
	}

	private ImportSummary run(AreaLocator locator, Path file) {
		return importer.run(UUID.randomUUID(), "test", List.of(file), locator, Set.of(), ImportProgress.NONE).summary();
	}

	private long storedFor(ImportSummary summary) {
		return jdbc.sql("select count(*) from incident where import_run_id = ?").param(summary.runId())
			.query(Long.class).single();
	}

	private Set<String> keys(ImportSummary summary) {
		return Set.copyOf(jdbc.sql("select incident_key from incident where import_run_id = ?")
			.param(summary.runId()).query(String.class).list());
	}

	private long countMonth(String firstDay) {
		return jdbc.sql("select count(*) from incident where month_start = cast(? as date)").param(firstDay)
			.query(Long.class).single();
	}

	private static List<CSVRecord> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String replaceColumn(String line, int index, String value) {
		String[] parts = line.split(",", -1);
		parts[index] = value;
		return String.join(",", parts);
	}

}
