package org.csphub.analysis.hotspot;

import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Kernel density estimation of events on a {@link Grid}: the intensity surface of a hotspot map.
 *
 * <p><b>Definition.</b> For events at {@code (x_p, y_p)} with weights {@code w_p} (1 if none), the
 * value at the centre {@code c} of every included cell is
 * {@code f(c) = 10⁶ · Σ_p w_p · K_h(c − (x_p, y_p))}, where {@code K_h} is the {@link Kernel}'s
 * normalised density per m² with bandwidth {@code h} metres: so {@code f} is in <b>events per square
 * kilometre</b>, and each event contributes a total mass of 1 (less the Gaussian's truncation, and
 * whatever falls outside the grid or on excluded cells). There is no edge correction. Events outside
 * the grid, or in excluded cells, still contribute to included cells within reach. <b>Excluded cells
 * are NaN.</b>
 *
 * <p><b>Evaluation</b> ({@link Evaluation}):
 * <ul>
 * <li>{@link Evaluation#NEAREST_CELL}: each event is moved to the centre of its cell (the weighted
 * count per cell, on the grid extended by the kernel's reach), then the counts are convolved with
 * the kernel sampled at the centre-to-centre offsets (a precomputed stencil). Moving an event at most
 * {@code δ = size/√2} changes its contribution to any cell by at most {@code δ · max|∇K|}:
 * <b>≤ 1.09 (size/h) K(0)</b> for the quartic and {@code ≤ 0.43 (size/h) K(0)} for the Gaussian,
 * per unit of weight, where {@code K(0)} is the kernel's peak ({@code 3/(πh²)}, {@code 1/(2πh²)}).</li>
 * <li>{@link Evaluation#LINEAR_BINNING} (the default; Wand 1994): each event's weight is split
 * between the four nearest cell centres in proportion to bilinear interpolation, then convolved in
 * the same way. The error is that of bilinear interpolation of the kernel: <b>≤ 2 (size/h)² K(0)</b>
 * for the quartic and {@code ≤ 0.25 (size/h)² K(0)} for the Gaussian per unit of weight (plus up to
 * {@code 3.4e-4 K(0)} where an event straddles the Gaussian's truncation edge). Same cost.</li>
 * <li>{@link Evaluation#EXACT}: every event is evaluated at every cell centre within reach: no
 * approximation, cost {@code O(events × (2h/size)²)}; for small inputs and for checking.</li>
 * </ul>
 * Events exactly on cell centres give the same values by all three (to rounding). Binned cost:
 * {@code O(events + cells × stencil)} with a stencil of about {@code π (h/size)²} entries for the
 * quartic, and {@code O(events + cells × 16 h/size)} for the Gaussian (separable: rows, then columns).
 * On one core, 1,000,000 events on 500 × 500 cells with the quartic and {@code h} = 5 cells take
 * about 30 ms.
 *
 * <p><b>Mass.</b> Far from the edges the values times the cell area sum to the events' total weight,
 * up to the lattice sum of the kernel: binned, each event carries the stencil's sum, which for the
 * quartic exceeds 1 by about 6e-4 at {@code h} = 5 cells (less for wider bandwidths). The Gaussian
 * drops the mass beyond its truncation, 1.27e-4 of each event exactly; binned, its stencil sum covers
 * {@code ±(⌊4h/size⌋ + ½)} cells, between {@code 4h − size/2} and {@code 4h + size/2}, so it drops
 * between about 3.5e-5 and 3.5e-4 for {@code h ≥ 2} cells.
 *
 * <p><b>Tolerance.</b> Apart from the approximations above, double precision sums.
 *
 * @param kernel the kernel
 * @param bandwidth the bandwidth {@code h} in metres (the quartic's radius, the Gaussian's σ)
 */
public record KernelDensity(Kernel kernel, double bandwidth) {

	/** How the sum over events is evaluated; see the class contract. */
	public enum Evaluation {

		/** Count per cell, then convolve. */
		NEAREST_CELL,

		/** Bilinear split to the four nearest centres, then convolve. */
		LINEAR_BINNING,

		/** Every event at every cell within reach. */
		EXACT

	}

	public KernelDensity {
		Objects.requireNonNull(kernel, "kernel");
		if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
			throw new IllegalArgumentException("The bandwidth must be a positive number of metres, not " + bandwidth);
		}
	}

	/** The surface of unweighted events by {@link Evaluation#LINEAR_BINNING}. */
	public DensitySurface estimate(Grid grid, double[] xs, double[] ys) {
		return estimate(grid, xs, ys, null, Evaluation.LINEAR_BINNING);
	}

	/**
	 * The surface of events {@code (xs[p], ys[p])} with weights (null for 1 each).
	 * @throws IllegalArgumentException if the arrays differ in length, a coordinate or weight is not
	 *         finite, a weight is negative, or the extended grid would be too large
	 */
	public DensitySurface estimate(Grid grid, double[] xs, double[] ys, double[] weights, Evaluation evaluation) {
		Objects.requireNonNull(grid, "grid");
		Objects.requireNonNull(evaluation, "evaluation");
		check(xs, ys, weights);
		double[] values = evaluation == Evaluation.EXACT ? exact(grid, xs, ys, weights)
				: binned(grid, xs, ys, weights, evaluation == Evaluation.LINEAR_BINNING);
		for (int cell = 0; cell < values.length; cell++) {
			values[cell] = grid.isIncluded(cell) ? values[cell] * 1e6 : Double.NaN;
		}
		return new DensitySurface(grid, values);
	}

	private static void check(double[] xs, double[] ys, double[] weights) {
		Objects.requireNonNull(xs, "xs");
		Objects.requireNonNull(ys, "ys");
		if (xs.length != ys.length || weights != null && weights.length != xs.length) {
			throw new IllegalArgumentException(xs.length + " x coordinates, " + ys.length + " y coordinates"
					+ (weights == null ? "" : " and " + weights.length + " weights"));
		}
		for (int p = 0; p < xs.length; p++) {
			if (!Double.isFinite(xs[p]) || !Double.isFinite(ys[p])) {
				throw new IllegalArgumentException("Event " + p + " has a non-finite coordinate (" + xs[p] + ", " + ys[p]
						+ ")");
			}
			if (weights != null && !(weights[p] >= 0 && Double.isFinite(weights[p]))) {
				throw new IllegalArgumentException("Event " + p + " has weight " + weights[p]
						+ "; weights must be finite and not negative");
			}
		}
	}

	/** Per m², all cells (the caller masks and scales). */
	private double[] exact(Grid grid, double[] xs, double[] ys, double[] weights) {
		int columns = grid.columns();
		int rows = grid.rows();
		double size = grid.cellSize();
		double reach = kernel.reach(bandwidth);
		double[] values = new double[grid.cellCount()];
		for (int p = 0; p < xs.length; p++) {
			double w = weights == null ? 1 : weights[p];
			double x = xs[p];
			double y = ys[p];
			// One cell of slack each side; the kernel itself decides at the edge of its reach.
			int c0 = (int) Math.max(0, Math.floor((x - reach - grid.xOrigin()) / size - 0.5));
			int c1 = (int) Math.min(columns - 1, Math.ceil((x + reach - grid.xOrigin()) / size - 0.5));
			int r0 = (int) Math.max(0, Math.floor((y - reach - grid.yOrigin()) / size - 0.5));
			int r1 = (int) Math.min(rows - 1, Math.ceil((y + reach - grid.yOrigin()) / size - 0.5));
			for (int row = r0; row <= r1; row++) {
				double dy = grid.centreY(row) - y;
				for (int column = c0; column <= c1; column++) {
					values[row * columns + column] += w * kernel.density(grid.centreX(column) - x, dy, bandwidth);
				}
			}
		}
		return values;
	}

	/** Per m², all cells (the caller masks and scales). */
	private double[] binned(Grid grid, double[] xs, double[] ys, double[] weights, boolean linear) {
		double size = grid.cellSize();
		int reach = (int) Math.floor(kernel.reach(bandwidth) / size);
		long paddedWidth = grid.columns() + 2L * reach;
		long paddedHeight = grid.rows() + 2L * reach;
		if (paddedWidth * paddedHeight > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("The grid extended by the kernel's reach (" + reach
					+ " cells each side) is too large");
		}
		double[] mass = bin(grid, xs, ys, weights, linear, reach, (int) paddedWidth, (int) paddedHeight);
		return kernel == Kernel.GAUSSIAN ? separable(grid, mass, reach) : stencil(grid, mass, reach);
	}

	/**
	 * The weighted events per cell of the grid extended by {@code reach} cells on every side: at the
	 * nearest centre, or split bilinearly between the four nearest centres.
	 */
	private static double[] bin(Grid grid, double[] xs, double[] ys, double[] weights, boolean linear, int reach,
			int width, int height) {
		double[] mass = new double[width * height];
		double size = grid.cellSize();
		double x0 = grid.xOrigin();
		double y0 = grid.yOrigin();
		for (int p = 0; p < xs.length; p++) {
			double w = weights == null ? 1 : weights[p];
			// Position in cells from the grid's origin, as Grid.columnOf computes it.
			double u = (xs[p] - x0) / size;
			double v = (ys[p] - y0) / size;
			if (!linear) {
				double column = Math.floor(u) + reach;
				double row = Math.floor(v) + reach;
				if (column >= 0 && column < width && row >= 0 && row < height) {
					mass[(int) row * width + (int) column] += w;
				}
				continue;
			}
			// Centres sit at half-integers: split between columns floor(u − ½) and the next.
			double left = Math.floor(u - 0.5);
			double bottom = Math.floor(v - 0.5);
			double a = u - 0.5 - left;
			double b = v - 0.5 - bottom;
			if (left + reach < -1 || left + reach >= width || bottom + reach < -1 || bottom + reach >= height) {
				continue;
			}
			int column = (int) left + reach;
			int row = (int) bottom + reach;
			add(mass, width, height, column, row, w * (1 - a) * (1 - b));
			add(mass, width, height, column + 1, row, w * a * (1 - b));
			add(mass, width, height, column, row + 1, w * (1 - a) * b);
			add(mass, width, height, column + 1, row + 1, w * a * b);
		}
		return mass;
	}

	private static void add(double[] mass, int width, int height, int column, int row, double w) {
		if (column >= 0 && column < width && row >= 0 && row < height) {
			mass[row * width + column] += w;
		}
	}

	/** Convolution with the two-dimensional stencil sampled at centre offsets (any kernel). */
	private double[] stencil(Grid grid, double[] mass, int reach) {
		int columns = grid.columns();
		int rows = grid.rows();
		int width = columns + 2 * reach;
		double size = grid.cellSize();
		int span = 2 * reach + 1;
		int[] rowOffsets = new int[span * span];
		int[] columnOffsets = new int[span * span];
		double[] stencilValues = new double[span * span];
		int entries = 0;
		for (int dr = -reach; dr <= reach; dr++) {
			for (int dc = -reach; dc <= reach; dc++) {
				double value = kernel.density(dc * size, dr * size, bandwidth);
				if (value > 0) {
					rowOffsets[entries] = dr;
					columnOffsets[entries] = dc;
					stencilValues[entries++] = value;
				}
			}
		}
		boolean[] emptyRow = emptyRows(mass, width);
		double[] values = new double[columns * rows];
		for (int row = 0; row < rows; row++) {
			int out = row * columns;
			for (int s = 0; s < entries; s++) {
				int sourceRow = row + reach + rowOffsets[s];
				if (emptyRow[sourceRow]) {
					continue;
				}
				int in = sourceRow * width + reach + columnOffsets[s];
				double k = stencilValues[s];
				for (int column = 0; column < columns; column++) {
					values[out + column] += k * mass[in + column];
				}
			}
		}
		return values;
	}

	/** Convolution with the Gaussian as a product of one-dimensional factors: along rows, then columns. */
	private double[] separable(Grid grid, double[] mass, int reach) {
		int columns = grid.columns();
		int rows = grid.rows();
		int width = columns + 2 * reach;
		int height = rows + 2 * reach;
		double size = grid.cellSize();
		double[] factor = new double[2 * reach + 1];
		for (int d = -reach; d <= reach; d++) {
			factor[d + reach] = gaussianFactor(d * size);
		}
		boolean[] emptyRow = emptyRows(mass, width);
		double[] across = new double[height * columns];
		for (int row = 0; row < height; row++) {
			if (emptyRow[row]) {
				continue;
			}
			int out = row * columns;
			for (int d = 0; d < factor.length; d++) {
				double k = factor[d];
				int in = row * width + d;
				for (int column = 0; column < columns; column++) {
					across[out + column] += k * mass[in + column];
				}
			}
		}
		double[] values = new double[columns * rows];
		for (int row = 0; row < rows; row++) {
			int out = row * columns;
			for (int d = 0; d < factor.length; d++) {
				int sourceRow = row + d;
				if (emptyRow[sourceRow]) {
					continue;
				}
				double k = factor[d];
				int in = sourceRow * columns;
				for (int column = 0; column < columns; column++) {
					values[out + column] += k * across[in + column];
				}
			}
		}
		return values;
	}

	private double gaussianFactor(double t) {
		return Math.abs(t) > kernel.reach(bandwidth) ? 0
				: Math.exp(-t * t / (2 * bandwidth * bandwidth)) / (Math.sqrt(2 * Math.PI) * bandwidth);
	}

	private static boolean[] emptyRows(double[] mass, int width) {
		boolean[] empty = new boolean[mass.length / width];
		for (int row = 0; row < empty.length; row++) {
			empty[row] = true;
			for (int i = row * width; i < (row + 1) * width; i++) {
				if (mass[i] != 0) {
					empty[row] = false;
					break;
				}
			}
		}
		return empty;
	}

}
