package org.csphub.analyse.cli;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csphub.analyse.internal.AreasReader;
import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.DensitySurface;
import org.csphub.analysis.hotspot.Kernel;
import org.csphub.analysis.hotspot.KernelDensity;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/** {@code analyse kde}: a kernel density surface of points on a British National Grid grid. */
@Component
class KdeCommand extends AnalyseCommand {

	@Override
	public String name() {
		return "analyse kde";
	}

	@Override
	public String summary() {
		return "Kernel density of points on a grid (hot spot surface), events per km²";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(PointOptions.OPTIONS);
		options.remove("id");
		options.addAll(Set.of("cell-size", "bandwidth", "kernel", "boundary", "evaluation"));
		return options;
	}

	@Override
	public Set<String> flags() {
		return Set.of("non-zero");
	}

	@Override
	List<String> tables() {
		return List.of("cells");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse kde --points FILE (--x COL --y COL | --lon COL --lat COL)
				           --cell-size METRES --bandwidth METRES [--kernel quartic|gaussian] [--boundary GEOJSON]

				Estimates the density of the points at the centre of every cell of a grid (cells of
				--cell-size metres with edges on whole multiples of it), in events per square kilometre:
				the surface of a hot spot map. Each point spreads one unit (or its --value) over the
				kernel, so the densities times the cell area add up to about the number of points (the
				quartic sampled at cell centres overshoots: by about 1.5 % with a bandwidth of two cells,
				0.2 % with four; the Gaussian by less than 0.01 %). Without
				--boundary the grid covers the points and the kernel's reach around them; with it, the
				boundary's extent, and only cells whose centre is inside are written.

				Writes one row per cell: column,row,x,y,density (x, y the cell centre in metres; column and
				row counted from the south-west corner).

				Options:
				  --cell-size METRES   the side of a cell (required)
				  --bandwidth METRES   the kernel's bandwidth: the quartic's radius, the Gaussian's
				                       standard deviation (required)
				  --kernel K           quartic (default; Chainey & Ratcliffe, CrimeStat) or gaussian
				                       (truncated at 4 standard deviations)
				  --boundary GEOJSON   mask the grid to these polygons (WGS84 GeoJSON, .gz too, or a folder
				                       of them; repeatable)
				  --evaluation E       linear (default: each point split between the four nearest cell
				                       centres), nearest (each point moved to its cell's centre) or exact
				                       (slow: every point at every cell within reach)
				  --value COL          weight each point by this column
				  --non-zero           leave out cells with density 0
				""" + PointOptions.HELP + OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse kde \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --cell-size 250 --bandwidth 500 > kde.csv
				  java -jar app/target/csp-hub.jar analyse kde \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --x x --y y --date date_single --from 2016-01-01 --to 2016-12-31 \\
				      --cell-size 150 --bandwidth 300 --non-zero > chicago-kde.csv
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		double cellSize = Flags.requiredPositive(arguments, "cell-size");
		double bandwidth = Flags.requiredPositive(arguments, "bandwidth");
		Kernel kernel = Flags.choice(arguments, "kernel", "quartic", "quartic", "gaussian").equals("quartic")
				? Kernel.QUARTIC : Kernel.GAUSSIAN;
		String evaluationName = Flags.choice(arguments, "evaluation", "linear", "linear", "nearest", "exact");
		KernelDensity.Evaluation evaluation = switch (evaluationName) {
			case "nearest" -> KernelDensity.Evaluation.NEAREST_CELL;
			case "exact" -> KernelDensity.Evaluation.EXACT;
			default -> KernelDensity.Evaluation.LINEAR_BINNING;
		};
		PointsSpec spec = PointOptions.spec(arguments, true, false, true, false);
		List<java.nio.file.Path> boundaryFiles = Flags.files(arguments, "boundary");
		Geometry boundary = boundaryFiles.isEmpty() ? null : AreasReader.boundary(boundaryFiles).union();
		Points points = PointOptions.read(spec, console, "points");
		KernelDensity density = new KernelDensity(kernel, bandwidth);
		Grid grid = Grids.lay(points.xs(), points.ys(), cellSize, kernel.reach(bandwidth) + cellSize, boundary);
		DensitySurface surface = density.estimate(grid, points.xs(), points.ys(), points.values(), evaluation);

		boolean nonZero = arguments.flag("non-zero");
		Table cells = new Table("column", "row", "x", "y", "density");
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			if (grid.isExcluded(cell) || nonZero && surface.value(cell) == 0) {
				continue;
			}
			int column = grid.column(cell);
			int row = grid.row(cell);
			cells.add(column, row, grid.centreX(column), grid.centreY(row), surface.value(cell));
		}
		double weight = 0;
		if (points.values() != null) {
			for (double v : points.values()) {
				weight += v;
			}
		}
		else {
			weight = points.size();
		}
		console.err().printf("%,d cells of %.0f m (%d × %d); the surface holds %,.1f of the %,.1f points' weight%n",
				grid.includedCount(), cellSize, grid.columns(), grid.rows(), surface.total(), weight);
		return new Report(name())
			.setting("points", points.size())
			.setting("cell_size_m", cellSize)
			.setting("bandwidth_m", bandwidth)
			.setting("kernel", kernel.name().toLowerCase())
			.setting("evaluation", evaluationName)
			.setting("units", "events per km2 at the cell centre")
			.setting("x_origin", grid.xOrigin())
			.setting("y_origin", grid.yOrigin())
			.setting("columns", grid.columns())
			.setting("rows", grid.rows())
			.setting("total", surface.total())
			.table("cells", cells);
	}

}
