package org.csphub.analyse.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.hotspot.GlobalMoran;
import org.csphub.analysis.hotspot.Lisa;
import org.csphub.analysis.hotspot.LisaQuadrant;
import org.csphub.analysis.hotspot.LocalMoran;
import org.csphub.analysis.hotspot.MoransI;
import org.csphub.analysis.hotspot.PermutationInference;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.springframework.stereotype.Component;

/** {@code analyse moran}: global Moran's I and, optionally, local Moran (LISA) clusters and outliers. */
@Component
class MoranCommand extends AnalyseCommand {

	@Override
	public String name() {
		return "analyse moran";
	}

	@Override
	public String summary() {
		return "Global Moran's I (normality and randomisation) and LISA clusters and outliers";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(SpatialInput.OPTIONS);
		options.addAll(Set.of("alpha", "fdr", "permutations", "seed"));
		return options;
	}

	@Override
	public Set<String> flags() {
		return Set.of("lisa");
	}

	@Override
	List<String> tables() {
		return List.of("global", "lisa");
	}

	@Override
	String defaultTable(CliArguments arguments) {
		return arguments.flag("lisa") ? "lisa" : "global";
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse moran INPUT [--neighbours N] [--transform binary|row] [--lisa]

				Global Moran's I (PySAL's esda.Moran): is the map of values clustered (I above its
				expectation -1/(n-1)), dispersed, or random? Its variance, z-score and two-sided p-value
				under normality and under randomisation. The weights are used as built or read: binary
				unless --transform row (PySAL's and GeoDa's default is row-standardised, so pass
				--transform row to compare with them).

				With --lisa, local Moran's I (Anselin 1995, GeoDa's form) of every observation: its
				quadrant on the Moran scatter plot (high-high, low-low clusters; high-low, low-high
				outliers), z and p from the exact conditional-randomisation moments, optional p_sim from
				permutations, and the cluster (the quadrant where significant, else not-significant).

				CSV writes the table "global" (one row: observations, i, expected, variance_normality,
				z_normality, p_normality, variance_randomisation, z_randomisation, p_randomisation), or with
				--lisa the table "lisa" (id, [column, row, x, y], value, lag, local_i, expected, variance, z,
				p, [p_sim], significant, quadrant, cluster); --table chooses; JSON holds both.

				""" + SpatialInput.HELP + """
				  --lisa               also local Moran's I per observation
				  --table NAME         global or lisa, the table written as CSV
				""" + Significance.HELP + PointOptions.HELP + OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse moran \\
				      --areas app/src/main/resources/demo/areas/charnwood-lsoa-2011.geojson.gz \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --where "Crime type=Burglary" --transform row --lisa --permutations 999 > burglary-lisa.csv
				  java -jar app/target/csp-hub.jar analyse moran \\
				      --areas app/src/main/resources/demo/areas/charnwood-lsoa-2011.geojson.gz \\
				      --values app/src/main/resources/demo/areas/population-2019.csv.gz --id-column lsoa --value-column pop
				  java -jar app/target/csp-hub.jar analyse moran --weights lattice.gal --values values.csv \\
				      --id-column id --value-column y
				  java -jar app/target/csp-hub.jar analyse moran \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --x x --y y --cell-size 1000 --neighbours rook
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		boolean lisa = arguments.flag("lisa") || "lisa".equals(arguments.value("table").orElse(null));
		Significance significance = Significance.of(arguments);
		int permutations = Flags.wholeNumber(arguments, "permutations", 0, 0, 99_999);
		long seed = Flags.seed(arguments, 1);
		if (!lisa) {
			Flags.notWith(arguments, "without --lisa (they apply to local Moran)", "permutations", "seed", "alpha", "fdr");
		}
		SpatialInput.Loaded input = SpatialInput.load(arguments, console);
		MoransI moran = GlobalMoran.of(input.values(), input.weights());
		Table global = new Table("observations", "i", "expected", "variance_normality", "z_normality", "p_normality",
				"variance_randomisation", "z_randomisation", "p_randomisation");
		global.add(input.ids().size(), moran.i(), moran.expected(), moran.varianceNormality(), moran.zNormality(),
				moran.pNormality(), moran.varianceRandomisation(), moran.zRandomisation(), moran.pRandomisation());
		console.err().printf("Moran's I = %.4f (expected %.4f), z = %.3f, p = %.4g under randomisation%n", moran.i(),
				moran.expected(), moran.zRandomisation(), moran.pRandomisation());
		Report report = new Report(name());
		input.settings().forEach(report::setting);
		report.setting("p_values", "two-sided, normal approximation");
		report.table("global", global);
		if (lisa) {
			report.setting("lisa_significance", significance.describe()).setting("permutations", permutations);
			if (permutations > 0) {
				report.setting("seed", seed);
			}
			report.table("lisa", lisa(input, significance, permutations, seed, console));
		}
		return report;
	}

	private static Table lisa(SpatialInput.Loaded input, Significance significance, int permutations, long seed,
			CliConsole console) {
		Lisa local = LocalMoran.of(input.values(), input.weights());
		double[] p = local.p();
		double[] pSim = null;
		if (permutations > 0) {
			PermutationInference inference = LocalMoran.permutations(input.values(), input.weights(), permutations, seed);
			pSim = inference.p();
			double[] z = local.z();
			for (int i = 0; i < pSim.length; i++) {
				if (Double.isNaN(z[i])) {
					pSim[i] = Double.NaN;
				}
			}
		}
		boolean[] significant = significance.significant(pSim != null ? pSim : p);
		LisaQuadrant[] clusters = local.clusters(significant);
		List<String> columns = new ArrayList<>();
		columns.add("id");
		columns.addAll(input.extraColumns());
		columns.addAll(List.of("value", "lag", "local_i", "expected", "variance", "z", "p"));
		if (pSim != null) {
			columns.add("p_sim");
		}
		columns.addAll(List.of("significant", "quadrant", "cluster"));
		Table table = new Table(columns);
		double[] localI = local.localI();
		double[] lag = local.lag();
		double[] expected = local.expected();
		double[] variance = local.variance();
		double[] z = local.z();
		LisaQuadrant[] quadrants = local.quadrants();
		int[] counts = new int[LisaQuadrant.values().length];
		for (int i = 0; i < input.ids().size(); i++) {
			List<Object> row = new ArrayList<>(columns.size());
			row.add(input.ids().get(i));
			if (input.extra() != null) {
				row.addAll(List.of(input.extra().get(i)));
			}
			row.addAll(List.of(input.values()[i], lag[i], localI[i], expected[i], variance[i], z[i], p[i]));
			if (pSim != null) {
				row.add(pSim[i]);
			}
			row.addAll(List.of(significant[i], label(quadrants[i]), label(clusters[i])));
			table.add(row);
			counts[clusters[i].ordinal()]++;
		}
		console.err().printf("LISA clusters (%s): %d high-high, %d low-low, %d high-low, %d low-high%n",
				significance.describe(), counts[LisaQuadrant.HIGH_HIGH.ordinal()], counts[LisaQuadrant.LOW_LOW.ordinal()],
				counts[LisaQuadrant.HIGH_LOW.ordinal()], counts[LisaQuadrant.LOW_HIGH.ordinal()]);
		return table;
	}

	private static String label(LisaQuadrant quadrant) {
		return quadrant.name().toLowerCase().replace('_', '-');
	}

}
