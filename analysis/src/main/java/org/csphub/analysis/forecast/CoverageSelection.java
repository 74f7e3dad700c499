package org.csphub.analysis.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Selecting the highest-risk fraction ("coverage") of a grid's cells, as {@code open_cp}'s
 * {@code top_slice} does.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>With {@code N} included cells and coverage {@code c} in [0, 1], exactly {@code ⌊N·c⌋} included
 * cells are flagged. The product is taken in decimal ({@code BigDecimal.valueOf(c)}), so a coverage
 * written as 0.29 of 100 cells flags 29, not the 28 that binary floating point would give.</li>
 * <li>The flagged cells are those of highest risk. Ties at the threshold are broken in row-major order
 * by dropping the <em>earliest</em> tied cells (lowest index) first, so the latest tied cells are kept:
 * risk [1,1,1,2,3,4] at c = 0.7 flags [F,F,T,T,T,T], and [2,3,4,1,1,1] flags [T,T,T,F,F,T] (the reference
 * cases of {@code open_cp}, whose code drops tied cells from the start of the row-major order).</li>
 * <li>Excluded (masked) cells are never flagged and do not count in {@code N}; their risk is ignored.
 * Risks of included cells must not be NaN ({@code -0.0} ties with {@code 0.0}).</li>
 * </ul>
 */
public final class CoverageSelection {

	private CoverageSelection() {
	}

	/** {@code ⌊included · coverage⌋}, with the coverage taken as the decimal it prints as. */
	public static int flaggedCount(int included, double coverage) {
		if (!(coverage >= 0 && coverage <= 1)) {
			throw new IllegalArgumentException("The coverage must lie in [0, 1], not " + coverage);
		}
		return BigDecimal.valueOf(coverage).multiply(BigDecimal.valueOf(included)).setScale(0, RoundingMode.FLOOR)
			.intValueExact();
	}

	/** The flagged cells, row-major, for the coverage (see the class contract). */
	public static boolean[] select(Grid grid, double[] risk, double coverage) {
		int[] ranking = ranking(grid, risk);
		boolean[] flagged = new boolean[grid.cellCount()];
		int k = flaggedCount(ranking.length, coverage);
		for (int i = 0; i < k; i++) {
			flagged[ranking[i]] = true;
		}
		return flagged;
	}

	/**
	 * The included cells in the order they are flagged: highest risk first, and among equal risks the
	 * latest cell (highest row-major index) first. The flagged cells at any coverage are the first
	 * {@link #flaggedCount} of this array.
	 */
	public static int[] ranking(Grid grid, double[] risk) {
		Objects.requireNonNull(grid, "grid");
		if (risk.length != grid.cellCount()) {
			throw new IllegalArgumentException("The risk has " + risk.length + " cells; the grid has "
					+ grid.cellCount());
		}
		int n = grid.includedCount();
		double[] values = new double[n];
		int at = 0;
		for (int cell = 0; cell < risk.length; cell++) {
			if (grid.isIncluded(cell)) {
				if (Double.isNaN(risk[cell])) {
					throw new IllegalArgumentException("The risk of cell " + cell + " is not a number");
				}
				values[at++] = risk[cell] + 0.0; // -0.0 becomes 0.0
			}
		}
		// Primitive sorts only: the distinct risks in ascending order, then one long key per cell that sorts
		// by risk descending (the distinct rank, reversed) and then by cell index descending.
		Arrays.sort(values);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (i == 0 || values[i] != values[i - 1]) {
				values[distinct++] = values[i];
			}
		}
		long[] keys = new long[n];
		at = 0;
		for (int cell = 0; cell < risk.length; cell++) {
			if (grid.isIncluded(cell)) {
				long reversedRank = distinct - 1 - Arrays.binarySearch(values, 0, distinct, risk[cell] + 0.0);
				keys[at++] = reversedRank << 32 | (Integer.MAX_VALUE - cell);
			}
		}
		Arrays.sort(keys);
		int[] ranking = new int[n];
		for (int i = 0; i < n; i++) {
			ranking[i] = Integer.MAX_VALUE - (int) (keys[i] & 0xFFFF_FFFFL);
		}
		return ranking;
	}

}
