package org.csphub.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyse forecast}: scores worked out by hand on a small grid, month units for police.uk's
 * month-only dates, and the invariants of coverage on the demo and Chicago data.
 */
class AnalyseForecastTests {

	@TempDir
	Path folder;

	@Test
	void aPlaceHitEveryMonthIsForecastByEveryMethod() throws IOException {
		// 3 events a month at (500, 500) for five months; in June 3 there again and 1 at (9500, 9500).
		StringBuilder csv = new StringBuilder("x,y,month\n");
		for (int m = 1; m <= 6; m++) {
			for (int k = 0; k < 3; k++) {
				csv.append("500,500,2020-0").append(m).append('\n');
			}
		}
		csv.append("9500,9500,2020-06\n");
		Path file = folder.resolve("events.csv");
		Files.writeString(file, csv);

		AnalyseRun run = AnalyseRun.of("forecast", "--points", file.toString(), "--x", "x", "--y", "y", "--date", "month",
				"--from", "2020-06", "--to", "2020-06", "--cell-size", "1000", "--offsets", "1", "--coverages", "1,100");

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> rows = run.rows();
		assertThat(rows).extracting(r -> r.get("method"))
			.containsExactly("last-period", "last-period", "long-run-average", "long-run-average", "retrospective",
					"retrospective", "prospective", "prospective");
		for (int i = 0; i < rows.size(); i += 2) {
			// 100 cells of 1 km (0..10 km): 1 % flags the busy cell, which holds 3 of June's 4 events.
			Map<String, String> onePercent = rows.get(i);
			assertThat(onePercent).containsEntry("coverage", "1").containsEntry("rows", "1");
			assertThat(AnalyseRun.number(onePercent, "hit_rate")).isEqualTo(0.75);
			assertThat(AnalyseRun.number(onePercent, "pai")).isCloseTo(75, within(1e-9));
			assertThat(AnalyseRun.number(onePercent, "pei")).isEqualTo(1);
			// Every cell flagged: every event captured, no better than the area share.
			Map<String, String> all = rows.get(i + 1);
			assertThat(AnalyseRun.number(all, "hit_rate")).isEqualTo(1);
			assertThat(AnalyseRun.number(all, "pai")).isCloseTo(1, within(1e-12));
		}
	}

	@Test
	void monthOnlyDatesCountWholeCalendarMonthsForProspectiveHotspotting() throws IOException {
		// April: 3 events at A; May: 1 at B; June (the test month): 1 at B. A is 8 km from B; 81 cells of
		// 1 km, so 2 % flags one cell.
		Path file = folder.resolve("months.csv");
		Files.writeString(file, "x,y,Month\n500,500,2020-04\n500,500,2020-04\n500,500,2020-04\n8500,8500,2020-05\n"
				+ "8500,8500,2020-06\n");
		String[] common = { "forecast", "--points", file.toString(), "--x", "x", "--y", "y", "--date", "Month", "--from",
				"2020-06", "--to", "2020-06", "--cell-size", "1000", "--offsets", "1", "--coverages", "2", "--methods",
				"prospective", "--prospective-distance", "500", "--format", "json" };

		AnalyseRun oneMonth = AnalyseRun.of(with(common, "--prospective-bandwidth", "1"));
		AnalyseRun twoMonths = AnalyseRun.of(with(common, "--prospective-bandwidth", "2"));

		assertThat(oneMonth.exitCode()).as(oneMonth.err()).isZero();
		assertThat(oneMonth.out()).contains("\"prospective_unit\" : \"month (32 days");
		// One month back: only May counts (t = 0), so B is flagged and June's event is captured.
		assertThat(oneMonth.out()).contains("\"hit_rate\" : 1,");
		// Two months: April's three events at half weight (t = 1) outweigh May's one at B.
		assertThat(twoMonths.out()).contains("\"hit_rate\" : 0,");
	}

	@Test
	void demoScoresGrowWithCoverageAndPeiNeverExceedsOne() {
		AnalyseRun run = AnalyseRun.of("forecast", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--date", "Month", "--from", "2021-11", "--to", "2022-04", "--cell-size", "250",
				"--boundary", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString());
		AnalyseRun months = AnalyseRun.of("forecast", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--date", "Month", "--from", "2021-11", "--to", "2022-04", "--cell-size", "250",
				"--boundary", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(), "--table", "months",
				"--methods", "last-period");

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> rows = run.rows();
		assertThat(rows).hasSize(4 * 10);
		for (int method = 0; method < 4; method++) {
			double previous = 0;
			for (int c = 0; c < 10; c++) {
				Map<String, String> row = rows.get(method * 10 + c);
				assertThat(row).containsEntry("coverage", Integer.toString(c + 1)).containsEntry("rows", "24");
				double hitRate = AnalyseRun.number(row, "hit_rate");
				assertThat(hitRate).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(1);
				assertThat(AnalyseRun.number(row, "pei")).isBetween(0.0, 1.0);
				// Crime is concentrated: the busiest cells by any method hold far more than their area share.
				assertThat(AnalyseRun.number(row, "pai")).isGreaterThan(2);
				previous = hitRate;
			}
		}
		assertThat(months.rows()).hasSize(6 * 10);
		assertThat(months.rows().get(0)).containsEntry("month", "2021-11").containsEntry("rows", "4");
	}

	@Test
	void chicagoWeeklyProspectiveHotspottingRunsOnDatedEvents() {
		AnalyseRun run = AnalyseRun.of("forecast", "--points", AnalyseRun.chicago().toString(), "--x", "x", "--y", "y",
				"--date", "date_single", "--from", "2017-01", "--to", "2017-03", "--cell-size", "150", "--coverages",
				"1,5,10", "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"prospective_unit\" : \"week\"", "\"grids\" : 4",
				"\"method_prospective\" : \"prospective tb=8×PT168H sb=2.6666666666666665 CHEBYSHEV\"");
		assertThat(run.err()).contains("Evaluated 4 methods on 4 grids");
	}

	private static String[] with(String[] args, String... more) {
		String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}

}
