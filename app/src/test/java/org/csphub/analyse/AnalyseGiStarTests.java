package org.csphub.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.GridHotspotMap;
import org.csphub.analysis.hotspot.GridHotspots;
import org.csphub.analysis.hotspot.GridNeighbourhood;
import org.csphub.analysis.hotspot.MultipleTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyse gistar}: PySAL's reference z-scores on six points (reference README section 1), the
 * engine's ArcGIS-style grid hot spot map of the Chicago burglaries, and LSOA counts of the demo
 * months against the LSOA codes police.uk gives each row.
 */
class AnalyseGiStarTests {

	@TempDir
	Path folder;

	private Path sixPoints() throws IOException {
		Path file = folder.resolve("six.csv");
		Files.writeString(file, "id,x,y,y_value\na,10,10,2\nb,20,10,3\nc,40,10,3.2\nd,15,20,5\ne,30,20,8\nf,30,30,7\n");
		return file;
	}

	@Test
	void sixPointsWithADistanceBandOf15GiveThePySalZScores() throws IOException {
		AnalyseRun binary = AnalyseRun.of("gistar", "--points", sixPoints().toString(), "--x", "x", "--y", "y", "--value",
				"y_value", "--id", "id", "--neighbours", "distance-band", "--distance", "15");
		AnalyseRun row = AnalyseRun.of("gistar", "--points", sixPoints().toString(), "--x", "x", "--y", "y", "--value",
				"y_value", "--id", "id", "--distance", "15", "--transform", "row");

		assertThat(binary.exitCode()).as(binary.err()).isZero();
		assertThat(row.exitCode()).as(row.err()).isZero();
		assertColumn(binary.rows(), "z", -1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331);
		assertColumn(binary.rows(), "g", 0.35460993, 0.63829787, 0.39716312, 0.63829787, 0.92907801, 0.53191489);
		assertColumn(row.rows(), "z", -0.62488094, -0.09144599, 0.41150696, -0.09144599, 0.24690418, 1.28024388);
		assertThat(binary.rows()).extracting(r -> r.get("id")).containsExactly("a", "b", "c", "d", "e", "f");
		// Only f is significant at 5 %, two-sided: |z| = 2.024 > 1.96.
		assertThat(binary.rows()).extracting(r -> r.get("class"))
			.containsExactly("not-significant", "not-significant", "not-significant", "not-significant",
					"not-significant", "hot-95");
	}

	private static void assertColumn(List<Map<String, String>> rows, String column, double... expected) {
		assertThat(rows).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(AnalyseRun.number(rows.get(i), column)).as(column + " of row " + i)
				.isCloseTo(expected[i], within(Math.abs(expected[i]) * 1e-7));
		}
	}

	@Test
	void chicagoGridHotSpotsAreTheEnginesArcGisStyleMap() throws IOException {
		AnalyseRun run = AnalyseRun.of("gistar", "--points", AnalyseRun.chicago().toString(), "--x", "x", "--y", "y",
				"--date", "date_single", "--from", "2017-01-01", "--to", "2017-12-31", "--cell-size", "300", "--fdr", "0.05");
		assertThat(run.exitCode()).as(run.err()).isZero();

		double[][] points = chicago2017();
		Envelope envelope = new Envelope();
		for (double[] p : points) {
			envelope.expandToInclude(p[0], p[1]);
		}
		Grid grid = Grid.covering(envelope, 300, 0, 0);
		double[] xs = java.util.Arrays.stream(points).mapToDouble(p -> p[0]).toArray();
		double[] ys = java.util.Arrays.stream(points).mapToDouble(p -> p[1]).toArray();
		GridHotspotMap map = GridHotspots.giStar(grid, GridHotspots.countEvents(grid, xs, ys), GridNeighbourhood.queen(),
				MultipleTesting.Correction.BENJAMINI_HOCHBERG, 0.05);

		List<Map<String, String>> rows = run.rows();
		assertThat(rows).hasSize(grid.cellCount());
		double total = 0;
		int hot = 0;
		for (Map<String, String> row : rows) {
			int cell = Integer.parseInt(row.get("id"));
			assertThat(grid.index(Integer.parseInt(row.get("column")), Integer.parseInt(row.get("row")))).isEqualTo(cell);
			assertThat(AnalyseRun.number(row, "z")).isCloseTo(map.z(cell), within(1e-12));
			assertThat(Boolean.parseBoolean(row.get("significant"))).isEqualTo(map.isSignificant(cell));
			assertThat(Integer.parseInt(row.get("gi_bin"))).isEqualTo(map.hotspotClass(cell).bin());
			total += AnalyseRun.number(row, "value");
			hot += map.hotspotClass(cell).bin() > 0 ? 1 : 0;
		}
		assertThat(total).isEqualTo(points.length);
		assertThat(hot).isPositive();
	}

	/** The 2017 burglaries, read here with a plain reader. */
	private static double[][] chicago2017() throws IOException {
		List<double[]> points = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(AnalyseRun.chicago())), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",");
				if (f.length == 3 && f[2].endsWith("/2017")) {
					points.add(new double[] { Double.parseDouble(f[0]), Double.parseDouble(f[1]) });
				}
			}
		}
		return points.toArray(double[][]::new);
	}

	@Test
	void demoLsoaCountsByPointInPolygonAgreeWithTheLsoaCodesPoliceUkGivesEachRow() throws IOException {
		AnalyseRun run = AnalyseRun.of("gistar", "--areas", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(),
				"--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat", "Latitude", "--permutations",
				"99", "--seed", "3");
		assertThat(run.exitCode()).as(run.err()).isZero();

		Map<String, Integer> byCode = countsByLsoaCode();
		List<Map<String, String>> rows = run.rows();
		assertThat(rows).hasSize(99);
		long ours = 0;
		long theirs = 0;
		long differences = 0;
		for (Map<String, String> row : rows) {
			int count = (int) AnalyseRun.number(row, "value");
			int coded = byCode.getOrDefault(row.get("id"), 0);
			ours += count;
			theirs += coded;
			differences += Math.abs(count - coded);
			double pSim = AnalyseRun.number(row, "p_sim");
			assertThat(pSim * 100).isCloseTo(Math.rint(pSim * 100), within(1e-9));
		}
		// police.uk codes a row's LSOA from the true location, then snaps it to a map point, often a street
		// centre line that is itself an LSOA boundary; so a few points land next door (6.5 % here), while
		// the totals agree to 1 %. A projection or axis mistake would move far more.
		assertThat(ours).isCloseTo(theirs, within(theirs / 100));
		assertThat(differences).isLessThan(theirs / 10);
		assertThat(AnalyseRun.of("gistar", "--areas", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(),
				"--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat", "Latitude", "--permutations",
				"99", "--seed", "3").out()).as("the same seed, the same pseudo p-values").isEqualTo(run.out());
	}

	private static Map<String, Integer> countsByLsoaCode() throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(AnalyseRun.demoZip()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
					if (record.getRecordNumber() > 1) {
						counts.merge(record.get(7), 1, Integer::sum);
					}
				}
			}
		}
		return counts;
	}

	@Test
	void falseDiscoveryRateControlFlagsNoMoreThanTheUncorrectedTest() {
		String[] common = { "gistar", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat",
				"Latitude", "--where", "Crime type=Burglary", "--cell-size", "500", "--boundary",
				AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString() };
		AnalyseRun plain = AnalyseRun.of(common);
		String[] withFdr = java.util.Arrays.copyOf(common, common.length + 2);
		withFdr[common.length] = "--fdr";
		withFdr[common.length + 1] = "0.05";
		AnalyseRun fdr = AnalyseRun.of(withFdr);

		assertThat(plain.exitCode()).as(plain.err()).isZero();
		List<Map<String, String>> uncorrected = plain.rows();
		List<Map<String, String>> corrected = fdr.rows();
		assertThat(corrected).hasSameSizeAs(uncorrected);
		int flagged = 0;
		for (int i = 0; i < corrected.size(); i++) {
			if (corrected.get(i).get("significant").equals("true")) {
				assertThat(uncorrected.get(i).get("significant")).isEqualTo("true");
				flagged++;
			}
		}
		assertThat(flagged).isPositive();
		assertThat(fdr.err()).contains("points fall outside the boundary", "Benjamini-Hochberg");
	}

}
