package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.SpatialWeights;

/**
 * Hot spot analysis of event counts on a grid, as ArcGIS's Hot Spot Analysis (Getis-Ord Gi*) does it:
 * a z-score per cell, significance controlled across cells, and hot/cold classes at 99, 95 and 90 %.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Observations are the grid's included cells; the value of a cell is its count (any finite
 * number, usually events per cell; see {@link #countEvents}). Excluded cells take no part: they are
 * neither observations nor neighbours.</li>
 * <li>Weights: binary {@link GridNeighbourhood} weights with the self weight 1 (Gi*), so z is the
 * Ord-Getis Gi* of {@link GetisOrdLocal#giStar} and p its two-sided normal p-value.</li>
 * <li>{@code significant}: significant at α under the correction (Benjamini-Hochberg, as ArcGIS's
 * "False Discovery Rate correction"; or Bonferroni; or none), across all included cells.</li>
 * <li>Classes: the sign of z and the smallest of 0.01, 0.05, 0.10 at which the cell is significant
 * under the same correction (with Benjamini-Hochberg each level is corrected on its own, as ArcGIS
 * does); else {@link HotspotClass#NOT_SIGNIFICANT}. A cell whose z is NaN (no variation) is not
 * significant.</li>
 * <li>Cost {@code O(cells × neighbours + cells log cells)} on primitive arrays: about 0.1 s for
 * 100,000 cells with queen weights on one core.</li>
 * </ul>
 */
public final class GridHotspots {

	private static final double[] LEVELS = { 0.01, 0.05, 0.10 };

	private GridHotspots() {
	}

	/**
	 * The Gi* hot spot map of the counts.
	 * @param counts one value per grid cell, row-major ({@code grid.cellCount()}); excluded cells'
	 *        values are ignored
	 * @throws IllegalArgumentException if the counts do not match the grid, an included count is not
	 *         finite, or α is outside {@code (0, 1)}
	 */
	public static GridHotspotMap giStar(Grid grid, double[] counts, GridNeighbourhood neighbourhood,
			Correction correction, double alpha) {
		Objects.requireNonNull(grid, "grid");
		Objects.requireNonNull(counts, "counts");
		Objects.requireNonNull(neighbourhood, "neighbourhood");
		Objects.requireNonNull(correction, "correction");
		if (counts.length != grid.cellCount()) {
			throw new IllegalArgumentException(counts.length + " counts for " + grid.cellCount() + " cells");
		}
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("The significance level must lie strictly between 0 and 1, not " + alpha);
		}
		int[] cells = GridWeights.cellIndexes(grid);
		double[] values = new double[cells.length];
		for (int i = 0; i < cells.length; i++) {
			values[i] = counts[cells[i]];
		}
		SpatialWeights weights = neighbourhood.weights(grid);
		LocalG gi = GetisOrdLocal.giStar(values, weights);
		double[] observationZ = gi.z();
		double[] observationP = gi.p();

		double[] z = new double[grid.cellCount()];
		double[] p = new double[grid.cellCount()];
		Arrays.fill(z, Double.NaN);
		Arrays.fill(p, Double.NaN);
		boolean[] significant = new boolean[grid.cellCount()];
		HotspotClass[] classes = new HotspotClass[grid.cellCount()];
		Arrays.fill(classes, HotspotClass.NOT_SIGNIFICANT);
		double threshold = MultipleTesting.threshold(observationP, alpha, correction);
		double[] levelThresholds = new double[LEVELS.length];
		for (int l = 0; l < LEVELS.length; l++) {
			levelThresholds[l] = MultipleTesting.threshold(observationP, LEVELS[l], correction);
		}
		for (int i = 0; i < cells.length; i++) {
			int cell = cells[i];
			z[cell] = observationZ[i];
			p[cell] = observationP[i];
			significant[cell] = observationP[i] <= threshold;
			for (int l = 0; l < LEVELS.length; l++) {
				if (observationP[i] <= levelThresholds[l]) {
					classes[cell] = classOf(observationZ[i], l);
					break;
				}
			}
		}
		return new GridHotspotMap(grid, z, p, significant, classes, correction, alpha);
	}

	private static HotspotClass classOf(double z, int level) {
		return switch (level) {
			case 0 -> z > 0 ? HotspotClass.HOT_99 : HotspotClass.COLD_99;
			case 1 -> z > 0 ? HotspotClass.HOT_95 : HotspotClass.COLD_95;
			default -> z > 0 ? HotspotClass.HOT_90 : HotspotClass.COLD_90;
		};
	}

	/**
	 * Events per cell, row-major (length {@code grid.cellCount()}), with cells half-open as in
	 * {@link Grid#indexOf}; events outside the grid are not counted. Events in excluded cells are
	 * counted (and later ignored by {@link #giStar}).
	 */
	public static double[] countEvents(Grid grid, double[] xs, double[] ys) {
		Objects.requireNonNull(grid, "grid");
		if (xs.length != ys.length) {
			throw new IllegalArgumentException(xs.length + " x coordinates but " + ys.length + " y coordinates");
		}
		double[] counts = new double[grid.cellCount()];
		for (int e = 0; e < xs.length; e++) {
			int cell = grid.indexOf(xs[e], ys[e]);
			if (cell >= 0) {
				counts[cell]++;
			}
		}
		return counts;
	}

}
