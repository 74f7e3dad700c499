package org.csphub.analysis.grid;

import java.util.Arrays;
import java.util.Objects;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;

/**
 * A regular square grid on a projected plane (British National Grid metres in the product), optionally
 * masked to a boundary. It is the common frame for kernel density, grid hotspot statistics and
 * forecast evaluation.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>The grid has {@code columns × rows} square cells of side {@code cellSize}; its south-west corner
 * is {@code (xOrigin, yOrigin)}. Cell {@code (column, row)} covers {@code [xOrigin + column·size,
 * xOrigin + (column+1)·size) × [yOrigin + row·size, yOrigin + (row+1)·size)}: half-open, so a point on
 * an inner edge belongs to the cell to its east or north.</li>
 * <li><b>Row-major order:</b> a cell's index is {@code row · columns + column}, row 0 being the
 * southernmost. Everything that ranks or breaks ties by "cell order" uses this index.</li>
 * <li>A <b>mask</b> marks cells as excluded (outside the study area). {@link #maskedTo(Geometry)}
 * excludes every cell whose centre is not covered by the boundary (boundary points count as covered).
 * An unmasked grid includes every cell.</li>
 * <li>{@link #covering(Envelope, double, double, double)} places the grid so that it covers an envelope
 * with cell edges at {@code offset + k·size}: the offset lets an evaluation repeat over shifted grids.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class Grid {

	private final double xOrigin;

	private final double yOrigin;

	private final double cellSize;

	private final int columns;

	private final int rows;

	private final boolean[] excluded;

	private final int includedCount;

	private Grid(double xOrigin, double yOrigin, double cellSize, int columns, int rows, boolean[] excluded) {
		if (!(cellSize > 0) || !Double.isFinite(cellSize)) {
			throw new IllegalArgumentException("The cell size must be a positive number of metres, not " + cellSize);
		}
		if (columns <= 0 || rows <= 0) {
			throw new IllegalArgumentException("A grid needs at least one column and one row");
		}
		if ((long) columns * rows > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("A grid of " + columns + " × " + rows + " cells is too large");
		}
		if (!Double.isFinite(xOrigin) || !Double.isFinite(yOrigin)) {
			throw new IllegalArgumentException("The grid origin must be finite");
		}
		this.xOrigin = xOrigin;
		this.yOrigin = yOrigin;
		this.cellSize = cellSize;
		this.columns = columns;
		this.rows = rows;
		this.excluded = excluded;
		int count = 0;
		for (boolean e : excluded) {
			if (!e) {
				count++;
			}
		}
		this.includedCount = count;
	}

	/** An unmasked grid with its south-west corner at the origin. */
	public static Grid of(double xOrigin, double yOrigin, double cellSize, int columns, int rows) {
		return new Grid(xOrigin, yOrigin, cellSize, columns, rows, new boolean[checkedSize(columns, rows)]);
	}

	/**
	 * The smallest unmasked grid whose cell edges lie at {@code offset + k·cellSize} and which covers
	 * the envelope (every point of it falls in some cell).
	 */
	public static Grid covering(Envelope envelope, double cellSize, double xOffset, double yOffset) {
		Objects.requireNonNull(envelope, "envelope");
		if (envelope.isNull()) {
			throw new IllegalArgumentException("Cannot place a grid over an empty area");
		}
		if (!(cellSize > 0)) {
			throw new IllegalArgumentException("The cell size must be a positive number of metres, not " + cellSize);
		}
		double x0 = xOffset + Math.floor((envelope.getMinX() - xOffset) / cellSize) * cellSize;
		double y0 = yOffset + Math.floor((envelope.getMinY() - yOffset) / cellSize) * cellSize;
		int columns = (int) Math.floor((envelope.getMaxX() - x0) / cellSize) + 1;
		int rows = (int) Math.floor((envelope.getMaxY() - y0) / cellSize) + 1;
		return of(x0, y0, cellSize, columns, rows);
	}

	/** The grid covering the boundary's envelope, masked to the boundary (see the class contract). */
	public static Grid covering(Geometry boundary, double cellSize, double xOffset, double yOffset) {
		return covering(boundary.getEnvelopeInternal(), cellSize, xOffset, yOffset).maskedTo(boundary);
	}

	/** This grid with every cell whose centre is not covered by the polygonal boundary excluded too. */
	public Grid maskedTo(Geometry boundary) {
		Objects.requireNonNull(boundary, "boundary");
		if (!(boundary instanceof Polygonal)) {
			throw new IllegalArgumentException("A grid can only be masked to a polygon or multipolygon");
		}
		IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(boundary);
		boolean[] mask = excluded.clone();
		Coordinate c = new Coordinate();
		for (int row = 0; row < rows; row++) {
			c.y = centreY(row);
			for (int column = 0; column < columns; column++) {
				int index = row * columns + column;
				if (mask[index]) {
					continue;
				}
				c.x = centreX(column);
				mask[index] = locator.locate(c) == Location.EXTERIOR;
			}
		}
		return new Grid(xOrigin, yOrigin, cellSize, columns, rows, mask);
	}

	/** This grid with the given cells (row-major, true = excluded) excluded as well. */
	public Grid withExcluded(boolean[] alsoExcluded) {
		if (alsoExcluded.length != excluded.length) {
			throw new IllegalArgumentException(
					"The mask has " + alsoExcluded.length + " cells; the grid has " + excluded.length);
		}
		boolean[] mask = excluded.clone();
		for (int i = 0; i < mask.length; i++) {
			mask[i] |= alsoExcluded[i];
		}
		return new Grid(xOrigin, yOrigin, cellSize, columns, rows, mask);
	}

	private static int checkedSize(int columns, int rows) {
		if (columns <= 0 || rows <= 0) {
			throw new IllegalArgumentException("A grid needs at least one column and one row");
		}
		long size = (long) columns * rows;
		if (size > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("A grid of " + columns + " × " + rows + " cells is too large");
		}
		return (int) size;
	}

	public double xOrigin() {
		return xOrigin;
	}

	public double yOrigin() {
		return yOrigin;
	}

	public double cellSize() {
		return cellSize;
	}

	public int columns() {
		return columns;
	}

	public int rows() {
		return rows;
	}

	/** All cells, included or not. */
	public int cellCount() {
		return excluded.length;
	}

	/** The cells inside the study area. */
	public int includedCount() {
		return includedCount;
	}

	/** The area of one cell in square units (m²). */
	public double cellArea() {
		return cellSize * cellSize;
	}

	public boolean isExcluded(int index) {
		return excluded[index];
	}

	public boolean isIncluded(int index) {
		return !excluded[index];
	}

	/** A copy of the mask, row-major, true = excluded. */
	public boolean[] mask() {
		return excluded.clone();
	}

	public int index(int column, int row) {
		if (column < 0 || column >= columns || row < 0 || row >= rows) {
			throw new IndexOutOfBoundsException("Cell (" + column + ", " + row + ") is outside the grid");
		}
		return row * columns + column;
	}

	public int column(int index) {
		return index % columns;
	}

	public int row(int index) {
		return index / columns;
	}

	/** The column containing x, or -1 if x is outside the grid. */
	public int columnOf(double x) {
		double c = Math.floor((x - xOrigin) / cellSize);
		return c >= 0 && c < columns ? (int) c : -1;
	}

	/** The row containing y, or -1 if y is outside the grid. */
	public int rowOf(double y) {
		double r = Math.floor((y - yOrigin) / cellSize);
		return r >= 0 && r < rows ? (int) r : -1;
	}

	/** The index of the cell containing (x, y), or -1 if the point is outside the grid (masked or not). */
	public int indexOf(double x, double y) {
		int column = columnOf(x);
		int row = rowOf(y);
		return column < 0 || row < 0 ? -1 : row * columns + column;
	}

	public double centreX(int column) {
		return xOrigin + (column + 0.5) * cellSize;
	}

	public double centreY(int row) {
		return yOrigin + (row + 0.5) * cellSize;
	}

	/** The cell's extent. */
	public Envelope cellEnvelope(int index) {
		int column = column(index);
		int row = row(index);
		double x = xOrigin + column * cellSize;
		double y = yOrigin + row * cellSize;
		return new Envelope(x, x + cellSize, y, y + cellSize);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Grid g && g.xOrigin == xOrigin && g.yOrigin == yOrigin && g.cellSize == cellSize
				&& g.columns == columns && g.rows == rows && Arrays.equals(g.excluded, excluded);
	}

	@Override
	public int hashCode() {
		return Objects.hash(xOrigin, yOrigin, cellSize, columns, rows, Arrays.hashCode(excluded));
	}

	@Override
	public String toString() {
		return "Grid[" + columns + "×" + rows + " cells of " + cellSize + " from (" + xOrigin + ", " + yOrigin
				+ "), " + includedCount + " included]";
	}

}
