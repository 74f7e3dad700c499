package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * A Gi* hot spot map of a grid, from {@link GridHotspots}. Arrays have one entry per cell of the grid,
 * row-major (length {@code grid.cellCount()}); <b>excluded cells have z and p NaN, are not significant
 * and are {@link HotspotClass#NOT_SIGNIFICANT}</b>.
 *
 * @param grid the grid
 * @param z Gi* z-scores
 * @param p two-sided normal p-values
 * @param significant whether the cell is significant at {@code alpha} under {@code correction}
 * @param classes hot and cold spot classes (99/95/90 %) under {@code correction}
 * @param correction the multiple-testing correction applied to {@code significant} and {@code classes}
 * @param alpha the significance level of {@code significant}
 */
public record GridHotspotMap(Grid grid, double[] z, double[] p, boolean[] significant, HotspotClass[] classes,
		MultipleTesting.Correction correction, double alpha) {

	public GridHotspotMap {
		Objects.requireNonNull(grid, "grid");
		Objects.requireNonNull(correction, "correction");
		z = z.clone();
		p = p.clone();
		significant = significant.clone();
		classes = classes.clone();
	}

	public double z(int cell) {
		return z[cell];
	}

	public double p(int cell) {
		return p[cell];
	}

	public boolean isSignificant(int cell) {
		return significant[cell];
	}

	public HotspotClass hotspotClass(int cell) {
		return classes[cell];
	}

	@Override
	public double[] z() {
		return z.clone();
	}

	@Override
	public double[] p() {
		return p.clone();
	}

	@Override
	public boolean[] significant() {
		return significant.clone();
	}

	@Override
	public HotspotClass[] classes() {
		return classes.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof GridHotspotMap other && other.grid.equals(grid) && other.correction == correction
				&& Double.compare(other.alpha, alpha) == 0
				&& Inputs.arraysEqual(new Object[] { z, p, significant, classes },
						new Object[] { other.z, other.p, other.significant, other.classes });
	}

	@Override
	public int hashCode() {
		return Objects.hash(grid, correction, alpha) + 31 * Arrays.deepHashCode(new Object[] { z, p, significant, classes });
	}

	@Override
	public String toString() {
		return "GridHotspotMap[" + grid + ", " + correction + " at " + alpha + "]";
	}

}
