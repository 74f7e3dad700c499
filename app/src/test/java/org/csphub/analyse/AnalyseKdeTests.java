package org.csphub.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyse kde}: the surface holds the points' mass, a single point gives the kernel's own
 * values, and a boundary masks cells without changing the others.
 */
class AnalyseKdeTests {

	@TempDir
	Path folder;

	/** Σ density × cell area, in events. */
	private static double mass(List<Map<String, String>> cells, double cellSize) {
		return cells.stream().mapToDouble(r -> AnalyseRun.number(r, "density")).sum() * cellSize * cellSize / 1e6;
	}

	@Test
	void theDemoSurfaceHoldsAboutOneEventPerPoint() {
		AnalyseRun quartic = AnalyseRun.of("kde", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--cell-size", "250", "--bandwidth", "1000");
		AnalyseRun gaussian = AnalyseRun.of("kde", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--cell-size", "250", "--bandwidth", "500", "--kernel", "gaussian");

		assertThat(quartic.exitCode()).as(quartic.err()).isZero();
		assertThat(quartic.columns()).containsExactly("column", "row", "x", "y", "density");
		int points = 74_885; // the rows of the 29 files, every one located
		assertThat(quartic.err()).contains("Read 74,885 rows from 29 files: 74,885 points");
		// The quartic sampled at cell centres overshoots slightly (0.2 % at four cells); the Gaussian loses
		// only its tails beyond four standard deviations.
		assertThat(mass(quartic.rows(), 250)).isCloseTo(points, within(points * 0.003));
		assertThat(mass(gaussian.rows(), 250)).isCloseTo(points, within(points * 0.0002));
	}

	@Test
	void chicago2016BurglariesHaveTheirMassToo() {
		AnalyseRun run = AnalyseRun.of("kde", "--points", AnalyseRun.chicago().toString(), "--x", "x", "--y", "y",
				"--date", "date_single", "--from", "2016-01-01", "--to", "2016-12-31", "--cell-size", "100",
				"--bandwidth", "400", "--non-zero");

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> cells = run.rows();
		assertThat(cells).allSatisfy(c -> assertThat(AnalyseRun.number(c, "density")).isPositive());
		assertThat(mass(cells, 100)).isCloseTo(11_701, within(11_701 * 0.003));
	}

	@Test
	void oneEventOnACellCentreGivesTheQuarticKernelItself() throws IOException {
		Path file = folder.resolve("one.csv");
		Files.writeString(file, "x,y\n1125,2125\n");
		AnalyseRun run = AnalyseRun.of("kde", "--points", file.toString(), "--x", "x", "--y", "y", "--cell-size", "250",
				"--bandwidth", "600", "--evaluation", "exact", "--non-zero");

		assertThat(run.exitCode()).as(run.err()).isZero();
		double h = 600;
		for (Map<String, String> cell : run.rows()) {
			double dx = AnalyseRun.number(cell, "x") - 1125;
			double dy = AnalyseRun.number(cell, "y") - 2125;
			double u = 1 - (dx * dx + dy * dy) / (h * h);
			// 3/(π h²) (1 − d²/h²)² per m², times 10⁶ for events per km².
			assertThat(AnalyseRun.number(cell, "density")).isCloseTo(3 / (Math.PI * h * h) * u * u * 1e6, within(1e-9));
		}
		assertThat(run.rows()).anySatisfy(c -> assertThat(c).containsEntry("x", "1125").containsEntry("y", "2125"));
		// Cells are the British National Grid's own squares: edges at multiples of 250 m.
		assertThat(run.rows()).allSatisfy(c -> assertThat((AnalyseRun.number(c, "x") - 125) % 250).isZero());
	}

	@Test
	void aBoundaryLeavesOutCellsOutsideAndChangesNoOther() {
		String boundary = AnalyseRun.demoArea("loughborough-town-centre-demo.geojson.gz").toString();
		AnalyseRun masked = AnalyseRun.of("kde", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--cell-size", "100", "--bandwidth", "400", "--boundary", boundary);
		AnalyseRun whole = AnalyseRun.of("kde", "--points", AnalyseRun.demoZip().toString(), "--lon", "Longitude",
				"--lat", "Latitude", "--cell-size", "100", "--bandwidth", "400");

		assertThat(masked.exitCode()).as(masked.err()).isZero();
		Map<String, String> everywhere = new HashMap<>();
		for (Map<String, String> cell : whole.rows()) {
			everywhere.put(cell.get("x") + "," + cell.get("y"), cell.get("density"));
		}
		List<Map<String, String>> inside = masked.rows();
		assertThat(inside).isNotEmpty().hasSizeLessThan(whole.rows().size() / 100);
		for (Map<String, String> cell : inside) {
			assertThat(Double.parseDouble(cell.get("density")))
				.isCloseTo(Double.parseDouble(everywhere.get(cell.get("x") + "," + cell.get("y"))), within(1e-9));
		}
	}

}
