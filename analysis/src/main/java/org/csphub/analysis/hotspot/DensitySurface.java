package org.csphub.analysis.hotspot;

import java.util.Arrays;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * A kernel density surface on a grid, from {@link KernelDensity}.
 *
 * <p><b>Units.</b> {@link #value(int)} is the estimated intensity at the cell's centre in <b>events per
 * square kilometre</b> (weighted events if points carry weights). Because each kernel integrates to 1,
 * the values summed over all cells times the cell area in km² ({@link #total()}) approximate the number
 * of events, less those whose kernels reach beyond the included cells.
 *
 * @param grid the grid
 * @param values one value per cell, row-major (length {@code grid.cellCount()}); <b>NaN for excluded
 *        (masked) cells</b>
 */
public record DensitySurface(Grid grid, double[] values) {

	public DensitySurface {
		Objects.requireNonNull(grid, "grid");
		if (values.length != grid.cellCount()) {
			throw new IllegalArgumentException(values.length + " values for " + grid.cellCount() + " cells");
		}
		values = values.clone();
	}

	/** The intensity at the cell's centre, events per km²; NaN for an excluded cell. */
	public double value(int cell) {
		return values[cell];
	}

	@Override
	public double[] values() {
		return values.clone();
	}

	/** {@code Σ value × cell area (km²)} over included cells: the events the surface accounts for. */
	public double total() {
		double sum = 0;
		for (int cell = 0; cell < values.length; cell++) {
			if (grid.isIncluded(cell)) {
				sum += values[cell];
			}
		}
		return sum * grid.cellArea() / 1e6;
	}

	/** The largest value over included cells (0 if there are none). */
	public double max() {
		double max = 0;
		for (int cell = 0; cell < values.length; cell++) {
			if (grid.isIncluded(cell)) {
				max = Math.max(max, values[cell]);
			}
		}
		return max;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DensitySurface other && other.grid.equals(grid) && Arrays.equals(other.values, values);
	}

	@Override
	public int hashCode() {
		return grid.hashCode() * 31 + Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "DensitySurface[" + grid + "]";
	}

}
