package org.csphub.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyse trend}: pyMannKendall's published results on its Bogra rainfall series (the engine's
 * reference data), monthly counts of the demo and Chicago files checked by hand, and missing months.
 */
class AnalyseTrendTests {

	@TempDir
	Path folder;

	/** The Bogra series as a monthly series CSV: month (yyyy-MM), rain (empty where missing). */
	private Path bogra() throws IOException {
		StringBuilder csv = new StringBuilder("month,rain\n");
		for (String line : Files.readAllLines(AnalyseRun.bogra()).subList(1, 361)) {
			String[] f = line.split(",", -1);
			csv.append(String.format("%s-%02d,%s%n", f[0], Integer.parseInt(f[1]), f[2]));
		}
		Path file = folder.resolve("bogra.csv");
		Files.writeString(file, csv);
		return file;
	}

	@Test
	void theBograSeriesGivesPyMannKendallsPublishedResults() throws IOException {
		AnalyseRun run = AnalyseRun.of("trend", "--series", bogra().toString(), "--date", "month", "--value", "rain",
				"--seasonal");

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> tests = run.rows();
		Map<String, String> plain = tests.get(0);
		assertThat(plain).containsEntry("test", "mann-kendall").containsEntry("months", "360")
			.containsEntry("missing_months", "7").containsEntry("n", "353").containsEntry("s", "-1959")
			.containsEntry("direction", "no-trend");
		close(plain, "var_s", 4889800.333333333);
		close(plain, "z", -0.8854562842589916);
		close(plain, "p", 0.37591058740506833);
		close(plain, "tau", -0.03153167653875869);
		close(plain, "slope_per_month", -0.006369426751592357);
		close(plain, "intercept", 96.15286624203821);
		Map<String, String> seasonal = tests.get(1);
		assertThat(seasonal).containsEntry("test", "seasonal-mann-kendall").containsEntry("s", "-399")
			.containsEntry("direction", "decreasing");
		close(seasonal, "var_s", 34702.333333333336);
		close(seasonal, "z", -2.136504114534638);
		close(seasonal, "p", 0.03263834596177739);
		close(seasonal, "tau", -0.0794979079497908);
		close(seasonal, "slope_per_year", -0.08695652173913043);
		close(seasonal, "intercept", 96.31159420289855);
	}

	private static void close(Map<String, String> row, String column, double expected) {
		assertThat(AnalyseRun.number(row, column)).as(column).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
	}

	@Test
	void demoMonthlyCountsAreTheRowsOfEachMonthsFile() throws IOException {
		AnalyseRun run = AnalyseRun.of("trend", "--points", AnalyseRun.demoZip().toString(), "--date", "Month", "--table",
				"months");

		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, Long> expected = new TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(AnalyseRun.demoZip()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				long rows = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
				expected.put(entry.getName().substring(0, 7), rows);
			}
		}
		List<Map<String, String>> months = run.rows();
		assertThat(months).hasSize(29);
		assertThat(months).allSatisfy(m -> {
			assertThat(m.get("covered")).isEqualTo("true");
			assertThat(Long.parseLong(m.get("count"))).isEqualTo(expected.get(m.get("month")));
		});
		assertThat(months.get(0)).containsEntry("month", "2019-12");
		assertThat(months.get(28)).containsEntry("month", "2022-04");
	}

	@Test
	void chicagoBurglariesByMonthHaveAProfileAveragingOne() {
		AnalyseRun months = AnalyseRun.of("trend", "--points", AnalyseRun.chicago().toString(), "--date", "date_single",
				"--table", "months");
		AnalyseRun profile = AnalyseRun.of("trend", "--points", AnalyseRun.chicago().toString(), "--date", "date_single",
				"--table", "profile");

		assertThat(months.exitCode()).as(months.err()).isZero();
		assertThat(months.rows()).hasSize(48);
		assertThat(months.rows().stream().mapToLong(m -> Long.parseLong(m.get("count"))).sum()).isEqualTo(45_319);
		List<Map<String, String>> byMonth = profile.rows();
		assertThat(byMonth).extracting(m -> m.get("month")).startsWith("January", "February").endsWith("December");
		assertThat(byMonth).allSatisfy(m -> assertThat(m.get("years")).isEqualTo("4"));
		assertThat(byMonth.stream().mapToDouble(m -> AnalyseRun.number(m, "index")).average().orElseThrow())
			.isCloseTo(1, within(1e-12));
	}

	@Test
	void aMonthWithoutRowsIsMissingNotZeroWhileAFilteredMonthCountsZero() throws IOException {
		Path file = folder.resolve("months.csv");
		Files.writeString(file, """
				date,type
				2020-01-03,Burglary
				2020-01-20,Burglary
				2020-02-11,Robbery
				2020-04-01,Burglary
				2020-05-30,Burglary
				""");
		AnalyseRun run = AnalyseRun.of("trend", "--points", file.toString(), "--date", "date", "--where",
				"type=burglary", "--table", "months");
		AnalyseRun tests = AnalyseRun.of("trend", "--points", file.toString(), "--date", "date", "--where",
				"type=burglary");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("""
				month,count,covered
				2020-01,2,true
				2020-02,0,true
				2020-03,,false
				2020-04,1,true
				2020-05,1,true
				""");
		assertThat(run.err()).contains("1 month between 2020-01 and 2020-05 has no data: treated as missing, not zero");
		assertThat(tests.rows().get(0)).containsEntry("months", "5").containsEntry("missing_months", "1")
			.containsEntry("n", "4");
	}

}
