package org.csphub.analysis.forecast;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * How many events fall in each cell of a grid, with the events the grid cannot place.
 *
 * <p><b>Contract.</b> An event is in the cell that contains it under the grid's half-open rule
 * ({@link Grid#indexOf}). {@code counts} has one entry per cell, row-major; excluded cells count 0.
 * Events outside the grid are counted in {@code outsideGrid} and events in excluded (masked) cells in
 * {@code inExcludedCells}: neither is in {@code counts} or {@code inIncludedCells}, so both stay out of
 * every hit-rate denominator. Arrays are copied in and out.
 *
 * @param counts events per cell, row-major
 * @param inIncludedCells the sum of {@code counts}
 * @param outsideGrid events outside every cell
 * @param inExcludedCells events in excluded cells
 */
public record CellCounts(int[] counts, int inIncludedCells, int outsideGrid, int inExcludedCells) {

	public CellCounts {
		counts = counts.clone();
	}

	/** Counts the events on the grid. */
	public static CellCounts of(Grid grid, Collection<ForecastEvent> events) {
		Objects.requireNonNull(grid, "grid");
		int[] counts = new int[grid.cellCount()];
		int included = 0;
		int outside = 0;
		int excluded = 0;
		for (ForecastEvent e : events) {
			int cell = grid.indexOf(e.x(), e.y());
			if (cell < 0) {
				outside++;
			}
			else if (grid.isExcluded(cell)) {
				excluded++;
			}
			else {
				counts[cell]++;
				included++;
			}
		}
		return new CellCounts(counts, included, outside, excluded);
	}

	@Override
	public int[] counts() {
		return counts.clone();
	}

	/** The count of one cell. */
	public int count(int cell) {
		return counts[cell];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CellCounts c && Arrays.equals(c.counts, counts) && c.inIncludedCells == inIncludedCells
				&& c.outsideGrid == outsideGrid && c.inExcludedCells == inExcludedCells;
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(counts), inIncludedCells, outsideGrid, inExcludedCells);
	}

	@Override
	public String toString() {
		return "CellCounts[inIncludedCells=" + inIncludedCells + ", outsideGrid=" + outsideGrid + ", inExcludedCells="
				+ inExcludedCells + "]";
	}

}
