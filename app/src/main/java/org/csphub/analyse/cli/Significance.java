package org.csphub.analyse.cli;

import org.csphub.analysis.hotspot.HotspotClass;
import org.csphub.analysis.hotspot.MultipleTesting;
import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliUsageException;

/**
 * Which observations are significant: {@code --alpha A} uncorrected (default 0.05), or {@code --fdr A}
 * with Benjamini-Hochberg control of the false discovery rate across all observations; hot and cold
 * classes at 99, 95 and 90 % as ArcGIS's {@code Gi_Bin}, each level corrected the same way (as
 * {@link org.csphub.analysis.hotspot.GridHotspots} does for grids).
 *
 * @param alpha the level
 * @param correction none or Benjamini-Hochberg
 */
record Significance(double alpha, Correction correction) {

	static final String HELP = """
			Significance:
			  --alpha A            significant when p <= A (default 0.05), no correction
			  --fdr A              significant under Benjamini-Hochberg false discovery rate control at A
			                       across all observations (as ArcGIS's FDR correction)
			  --permutations N     also pseudo p-values from N conditional permutations (p_sim, folded and
			                       one-sided as PySAL and GeoDa report it); significance then uses p_sim
			  --seed S             the permutations' seed (default 1): the same seed gives the same result
			""";

	private static final double[] LEVELS = { 0.01, 0.05, 0.10 };

	static Significance of(CliArguments arguments) {
		boolean fdr = arguments.value("fdr").isPresent();
		if (fdr && arguments.value("alpha").isPresent()) {
			throw new CliUsageException("give either --alpha (no correction) or --fdr (false discovery rate), not both");
		}
		String name = fdr ? "fdr" : "alpha";
		double alpha = Flags.number(arguments, name, 0.05);
		if (!(alpha > 0 && alpha < 1)) {
			throw new CliUsageException("--" + name + " must lie between 0 and 1, not " + alpha);
		}
		return new Significance(alpha, fdr ? Correction.BENJAMINI_HOCHBERG : Correction.NONE);
	}

	String describe() {
		return correction == Correction.NONE ? "p <= " + alpha + ", uncorrected"
				: "Benjamini-Hochberg false discovery rate " + alpha;
	}

	boolean[] significant(double[] p) {
		return MultipleTesting.significant(p, alpha, correction);
	}

	/** ArcGIS's classes: the sign of z and the smallest level at which p is significant. */
	HotspotClass[] classes(double[] z, double[] p) {
		HotspotClass[] classes = new HotspotClass[p.length];
		double[] thresholds = new double[LEVELS.length];
		for (int l = 0; l < LEVELS.length; l++) {
			thresholds[l] = MultipleTesting.threshold(p, LEVELS[l], correction);
		}
		for (int i = 0; i < p.length; i++) {
			classes[i] = HotspotClass.NOT_SIGNIFICANT;
			for (int l = 0; l < LEVELS.length; l++) {
				if (p[i] <= thresholds[l] && !Double.isNaN(z[i])) {
					classes[i] = switch (l) {
						case 0 -> z[i] > 0 ? HotspotClass.HOT_99 : HotspotClass.COLD_99;
						case 1 -> z[i] > 0 ? HotspotClass.HOT_95 : HotspotClass.COLD_95;
						default -> z[i] > 0 ? HotspotClass.HOT_90 : HotspotClass.COLD_90;
					};
					break;
				}
			}
		}
		return classes;
	}

	/** {@code hot-99}, {@code not-significant}, ... */
	static String label(HotspotClass hotspotClass) {
		return hotspotClass.name().toLowerCase().replace('_', '-');
	}

}
