package org.csphub.analyse.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.hotspot.GetisOrdLocal;
import org.csphub.analysis.hotspot.HotspotClass;
import org.csphub.analysis.hotspot.LocalG;
import org.csphub.analysis.hotspot.PermutationInference;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.springframework.stereotype.Component;

/** {@code analyse gistar}: Getis-Ord Gi* hot and cold spots of grid cells, points or areas. */
@Component
class GiStarCommand extends AnalyseCommand {

	@Override
	public String name() {
		return "analyse gistar";
	}

	@Override
	public String summary() {
		return "Getis-Ord Gi* hot and cold spots of grid cells, points or areas";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(SpatialInput.OPTIONS);
		options.addAll(Set.of("alpha", "fdr", "permutations", "seed"));
		return options;
	}

	@Override
	List<String> tables() {
		return List.of("hotspots");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse gistar INPUT [--neighbours N] [--transform binary|row]
				           [--alpha A | --fdr A] [--permutations N --seed S]

				The Getis-Ord Gi* statistic (Ord & Getis 1995, as ArcGIS's Hot Spot Analysis and PySAL's
				G_Local with star=True) of every observation: is the weighted sum of values around it,
				itself included, larger (hot spot) or smaller (cold spot) than chance would give? With
				binary weights the z-score is Ord and Getis's (ArcGIS's); with row-standardised weights,
				PySAL's (docs/adr/0014). p is two-sided, from the normal distribution.

				Writes one row per observation: id, the grid cell's column, row and centre x, y (or a
				point's x, y), value, g (the Gi* statistic), z, p, [p_sim], significant, class (hot-99,
				hot-95, hot-90, not-significant, cold-90, cold-95, cold-99) and gi_bin (ArcGIS's -3..3). An
				observation without neighbours, or values that do not vary, give empty z and p.

				""" + SpatialInput.HELP + Significance.HELP + PointOptions.HELP + OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse gistar \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --where "Crime type=Burglary" --cell-size 500 \\
				      --boundary app/src/main/resources/demo/areas/charnwood-lsoa-2011.geojson.gz --fdr 0.05 > gistar.csv
				  java -jar app/target/csp-hub.jar analyse gistar \\
				      --areas app/src/main/resources/demo/areas/charnwood-lsoa-2011.geojson.gz \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --neighbours queen --permutations 999 --seed 7 > lsoa-gistar.csv
				  java -jar app/target/csp-hub.jar analyse gistar \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --x x --y y --date date_single --from 2017-01-01 --to 2017-12-31 --cell-size 300 --fdr 0.05
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		Significance significance = Significance.of(arguments);
		int permutations = Flags.wholeNumber(arguments, "permutations", 0, 0, 99_999);
		long seed = Flags.seed(arguments, 1);
		SpatialInput.Loaded input = SpatialInput.load(arguments, console);
		LocalG gi = GetisOrdLocal.giStar(input.values(), input.weights());
		double[] z = gi.z();
		double[] p = gi.p();
		double[] pSim = null;
		if (permutations > 0) {
			PermutationInference inference = GetisOrdLocal.giStarPermutations(input.values(), input.weights(),
					permutations, seed);
			pSim = inference.p();
			for (int i = 0; i < pSim.length; i++) {
				if (Double.isNaN(z[i])) {
					pSim[i] = Double.NaN;
				}
			}
		}
		double[] tested = pSim != null ? pSim : p;
		boolean[] significant = significance.significant(tested);
		HotspotClass[] classes = significance.classes(z, tested);

		List<String> columns = new ArrayList<>();
		columns.add("id");
		columns.addAll(input.extraColumns());
		columns.addAll(List.of("value", "g", "z", "p"));
		if (pSim != null) {
			columns.add("p_sim");
		}
		columns.addAll(List.of("significant", "class", "gi_bin"));
		Table table = new Table(columns);
		double[] g = gi.g();
		int hot = 0;
		int cold = 0;
		for (int i = 0; i < input.ids().size(); i++) {
			List<Object> row = new ArrayList<>(columns.size());
			row.add(input.ids().get(i));
			if (input.extra() != null) {
				row.addAll(List.of(input.extra().get(i)));
			}
			row.addAll(List.of(input.values()[i], g[i], z[i], p[i]));
			if (pSim != null) {
				row.add(pSim[i]);
			}
			row.addAll(List.of(significant[i], Significance.label(classes[i]), classes[i].bin()));
			table.add(row);
			if (significant[i]) {
				if (z[i] > 0) {
					hot++;
				}
				else {
					cold++;
				}
			}
		}
		console.err().printf("Gi* of %,d observations: %,d significant hot spots, %,d cold spots (%s)%n",
				input.ids().size(), hot, cold, significance.describe());
		Report report = new Report(name());
		input.settings().forEach(report::setting);
		report.setting("statistic", "Gi* (self included), two-sided normal p")
			.setting("significance", significance.describe())
			.setting("permutations", permutations);
		if (permutations > 0) {
			report.setting("seed", seed);
		}
		return report.table("hotspots", table);
	}

}
