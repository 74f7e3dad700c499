package org.csphub.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyse knox} against the published Knox counts for the Chicago burglaries of 2016 (reference
 * README section 4, from tobydavies/NearRepeat) and against a pair count done by hand on the demo data.
 */
class AnalyseKnoxTests {

	private static final String[] CHICAGO_2016 = { "knox", "--points", AnalyseRun.chicago().toString(), "--x", "x",
			"--y", "y", "--date", "date_single", "--from", "2016-01-01", "--to", "2016-12-31", "--distance-bands",
			"0.1,200,400,600", "--time-bands", "7,14,21", "--iterations", "19" };

	@Test
	void chicago2016RightClosedPrintsTheReferenceObservedMatrixExactly() {
		AnalyseRun run = AnalyseRun.of(with(CHICAGO_2016, "--table", "observed"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("""
				distance,"[0, 7]","(7, 14]","(14, 21]"
				"[0, 0.1]",342,97,62
				"(0.1, 200]",1892,1514,1362
				"(200, 400]",4145,3643,3592
				"(400, 600]",5805,5143,4919
				""");
		assertThat(run.err()).contains("11,701 events");
	}

	@Test
	void chicago2016LeftClosedPrintsTheOtherReferenceMatrix() {
		AnalyseRun run = AnalyseRun.of(with(CHICAGO_2016, "--convention", "left-closed", "--table", "observed"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("""
				distance,"[0, 7)","[7, 14)","[14, 21)"
				"[0, 0.1)",319,106,62
				"[0.1, 200)",1647,1539,1400
				"[200, 400)",3598,3660,3638
				"[400, 600)",5028,5167,4935
				""");
	}

	@Test
	void theCellsTableHoldsPValuesAndRatiosThatFollowFromTheSimulations() {
		AnalyseRun run = AnalyseRun.of(CHICAGO_2016);

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> cells = run.rows();
		assertThat(cells).hasSize(12);
		assertThat(cells.get(0)).containsEntry("distance_band", "[0, 0.1]").containsEntry("time_band", "[0, 7]")
			.containsEntry("observed", "342");
		for (Map<String, String> cell : cells) {
			double p = AnalyseRun.number(cell, "p");
			// p = (1 + k) / 20 for some k in 0..19: never 0, a multiple of 1/20.
			assertThat(p * 20).isCloseTo(Math.rint(p * 20), org.assertj.core.data.Offset.offset(1e-9));
			assertThat(p).isBetween(0.05, 1.0);
			assertThat(AnalyseRun.number(cell, "ratio_mean")).isCloseTo(
					AnalyseRun.number(cell, "observed") / AnalyseRun.number(cell, "mean"),
					org.assertj.core.data.Offset.offset(1e-12));
		}
		// The same seed gives the same simulations; another seed other ones.
		assertThat(AnalyseRun.of(CHICAGO_2016).out()).isEqualTo(run.out());
		assertThat(AnalyseRun.of(with(CHICAGO_2016, "--seed", "99")).out()).isNotEqualTo(run.out());
	}

	@Test
	void demoRobberiesInMonthUnitsMatchAPairCountByHand() throws IOException {
		AnalyseRun run = AnalyseRun.of("knox", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat",
				"Latitude", "--date", "Month", "--where", "Crime type=Robbery", "--time-unit", "month", "--time-bands",
				"0,1,2", "--distance-bands", "0,200,400", "--iterations", "9", "--table", "observed");

		assertThat(run.exitCode()).as(run.err()).isZero();
		long[][] expected = robberyPairsByHand();
		List<Map<String, String>> rows = run.rows();
		assertThat(rows).hasSize(3);
		for (int s = 0; s < 3; s++) {
			assertThat(new ArrayList<>(rows.get(s).values()).subList(1, 4))
				.containsExactly(Long.toString(expected[s][0]), Long.toString(expected[s][1]), Long.toString(expected[s][2]));
		}
		assertThat(expected[0][0]).as("robberies at one snap point in one month").isPositive();
	}

	/** Every pair of robberies, projected and banded ([0,0], (0,200], (200,400] m × 0, 1, 2 months apart). */
	private static long[][] robberyPairsByHand() throws IOException {
		List<double[]> events = new ArrayList<>();
		BritishNationalGrid grid = new BritishNationalGrid();
		try (InputStream in = java.nio.file.Files.newInputStream(AnalyseRun.demoZip());
				ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				for (CSVRecord f : CSVFormat.DEFAULT.parse(new StringReader(text))) {
					if (f.get(9).equals("Robbery") && !f.get(4).isEmpty()) {
						GridPoint p = grid.project(Double.parseDouble(f.get(4)), Double.parseDouble(f.get(5)));
						String[] month = f.get(1).split("-");
						events.add(new double[] { p.easting(), p.northing(),
								Integer.parseInt(month[0]) * 12 + Integer.parseInt(month[1]) });
					}
				}
			}
		}
		long[][] counts = new long[3][3];
		for (int i = 0; i < events.size(); i++) {
			for (int j = i + 1; j < events.size(); j++) {
				double[] a = events.get(i);
				double[] b = events.get(j);
				double d = Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]));
				int t = (int) Math.abs(a[2] - b[2]);
				int s = d == 0 ? 0 : d <= 200 ? 1 : d <= 400 ? 2 : -1;
				if (s >= 0 && t <= 2) {
					counts[s][t]++;
				}
			}
		}
		return counts;
	}

	private static String[] with(String[] args, String... more) {
		String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}

}
