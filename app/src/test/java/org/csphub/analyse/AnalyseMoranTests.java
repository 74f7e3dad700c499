package org.csphub.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyse moran}: PySAL's 3×3 rook lattice (reference README section 2) from a {@code .gal} file
 * and from GeoJSON squares, the LISA identity on the demo LSOAs, and clustering of the Chicago
 * burglaries.
 */
class AnalyseMoranTests {

	@TempDir
	Path folder;

	/** The 3×3 lattice, cells numbered row by row 1..9, rook neighbours; values y = cell number. */
	private Path[] lattice() throws IOException {
		Path gal = folder.resolve("lattice.gal");
		Files.writeString(gal, "9\n1 2\n2 4\n2 3\n1 3 5\n3 2\n2 6\n4 3\n1 5 7\n5 4\n2 4 6 8\n6 3\n3 5 9\n7 2\n4 8\n"
				+ "8 3\n5 7 9\n9 2\n6 8\n");
		Path values = folder.resolve("values.csv");
		StringBuilder csv = new StringBuilder("cell,y\n");
		for (int i = 9; i >= 1; i--) {
			csv.append(i).append(',').append(i).append('\n');
		}
		Files.writeString(values, csv);
		return new Path[] { gal, values };
	}

	@Test
	void aRookLatticeGalFileWithValues1To9GivesIHalfAndTheReferenceVariances() throws IOException {
		Path[] lattice = lattice();
		AnalyseRun run = AnalyseRun.of("moran", "--weights", lattice[0].toString(), "--values", lattice[1].toString(),
				"--id-column", "cell", "--value-column", "y");

		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, String> global = run.rows().get(0);
		assertThat(AnalyseRun.number(global, "i")).isCloseTo(0.5, within(1e-12));
		assertThat(AnalyseRun.number(global, "expected")).isCloseTo(-0.125, within(1e-12));
		assertThat(AnalyseRun.number(global, "variance_randomisation")).isCloseTo(0.0596875, within(1e-12));
		assertThat(AnalyseRun.number(global, "variance_normality")).isCloseTo(0.053125, within(1e-12));
		assertThat(AnalyseRun.number(global, "z_normality")).isCloseTo(0.625 / Math.sqrt(0.053125), within(1e-9));
		assertThat(global).containsEntry("observations", "9");
	}

	@Test
	void theSameLatticeAsGeoJsonSquaresWithRookContiguityGivesTheSameI() throws IOException {
		Path[] lattice = lattice();
		StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				double lon = -1.2 + column * 0.01;
				double lat = 52.7 + row * 0.01;
				json.append(row + column > 0 ? "," : "").append(String.format(Locale.ROOT,
						"{\"type\":\"Feature\",\"properties\":{\"cell\":%d},\"geometry\":{\"type\":\"Polygon\","
								+ "\"coordinates\":[[[%.2f,%.2f],[%.2f,%.2f],[%.2f,%.2f],[%.2f,%.2f],[%.2f,%.2f]]]}}",
						row * 3 + column + 1, lon, lat, lon + 0.01, lat, lon + 0.01, lat + 0.01, lon, lat + 0.01, lon, lat));
			}
		}
		Path squares = folder.resolve("squares.geojson");
		Files.writeString(squares, json.append("]}"));

		AnalyseRun rook = AnalyseRun.of("moran", "--areas", squares.toString(), "--id-property", "cell", "--values",
				lattice[1].toString(), "--id-column", "cell", "--value-column", "y", "--neighbours", "rook");
		AnalyseRun queen = AnalyseRun.of("moran", "--areas", squares.toString(), "--id-property", "cell", "--values",
				lattice[1].toString(), "--id-column", "cell", "--value-column", "y");

		assertThat(rook.exitCode()).as(rook.err()).isZero();
		assertThat(AnalyseRun.number(rook.rows().get(0), "i")).isCloseTo(0.5, within(1e-12));
		assertThat(AnalyseRun.number(rook.rows().get(0), "variance_randomisation")).isCloseTo(0.0596875, within(1e-12));
		// Queen contiguity adds the diagonal neighbours, so I is no longer the rook lattice's 0.5.
		assertThat(AnalyseRun.number(queen.rows().get(0), "i")).isNotCloseTo(0.5, within(0.01));
	}

	@Test
	void lisaOnTheDemoLsoasSumsToTheGlobalIAndLabelsQuadrantsBySign() {
		AnalyseRun run = AnalyseRun.of("moran", "--areas", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(),
				"--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat", "Latitude", "--where",
				"Crime type=Burglary", "--transform", "row", "--lisa", "--format", "json");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"islands\" : 0", "\"transform\" : \"row-standardised\"");

		AnalyseRun csv = AnalyseRun.of("moran", "--areas", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(),
				"--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat", "Latitude", "--where",
				"Crime type=Burglary", "--transform", "row", "--lisa");
		AnalyseRun global = AnalyseRun.of("moran", "--areas", AnalyseRun.demoArea("charnwood-lsoa-2011.geojson.gz").toString(),
				"--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude", "--lat", "Latitude", "--where",
				"Crime type=Burglary", "--transform", "row");
		List<Map<String, String>> lisa = csv.rows();
		assertThat(lisa).hasSize(99);
		double i = AnalyseRun.number(global.rows().get(0), "i");
		double sum = 0;
		double mean = lisa.stream().mapToDouble(r -> AnalyseRun.number(r, "value")).average().orElseThrow();
		for (Map<String, String> row : lisa) {
			sum += AnalyseRun.number(row, "local_i");
			String high = AnalyseRun.number(row, "value") > mean ? "high" : "low";
			String neighboursHigh = AnalyseRun.number(row, "lag") > 0 ? "high" : "low";
			assertThat(row.get("quadrant")).isEqualTo(high + "-" + neighboursHigh);
			assertThat(row.get("cluster")).isEqualTo(row.get("significant").equals("true") ? row.get("quadrant")
					: "not-significant");
		}
		// Anselin's form: Σ I_i = S0 · I, and S0 = n for row-standardised weights without islands.
		assertThat(sum).isCloseTo(99 * i, within(1e-9));
	}

	@Test
	void chicagoBurglaryCountsOnAKilometreGridAreClustered() {
		AnalyseRun run = AnalyseRun.of("moran", "--points", AnalyseRun.chicago().toString(), "--x", "x", "--y", "y",
				"--cell-size", "1000", "--neighbours", "rook");

		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, String> global = run.rows().get(0);
		assertThat(AnalyseRun.number(global, "i")).isGreaterThan(0.3);
		assertThat(AnalyseRun.number(global, "p_randomisation")).isLessThan(1e-6);
		assertThat(AnalyseRun.number(global, "expected"))
			.isCloseTo(-1 / (AnalyseRun.number(global, "observations") - 1), within(1e-15));
	}

}
