package org.csphub.analyse.cli;

import org.csphub.analysis.grid.Grid;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Lays the grid of a command: cell edges at whole multiples of the cell size (so 250 m cells are the
 * British National Grid's own 250 m squares), covering the boundary (masked to it) or else the points
 * with a margin.
 */
final class Grids {

	/** More cells than this is a mistake (a cell size in metres given for kilometres), not a map. */
	static final long MAX_CELLS = 10_000_000;

	private Grids() {
	}

	static Grid lay(double[] xs, double[] ys, double cellSize, double margin, Geometry boundary) {
		Envelope envelope;
		if (boundary != null) {
			envelope = boundary.getEnvelopeInternal();
		}
		else {
			if (xs.length == 0) {
				throw new CommandFailedException("there are no points to analyse");
			}
			envelope = new Envelope();
			for (int i = 0; i < xs.length; i++) {
				envelope.expandToInclude(xs[i], ys[i]);
			}
			envelope.expandBy(margin);
		}
		double columns = Math.floor(envelope.getWidth() / cellSize) + 2;
		double rows = Math.floor(envelope.getHeight() / cellSize) + 2;
		if (columns * rows > MAX_CELLS) {
			throw new CliUsageException(String.format("a grid of %.0f m cells over %.1f km × %.1f km would have about "
					+ "%,.0f cells (at most %,d): use a larger --cell-size", cellSize, envelope.getWidth() / 1000,
					envelope.getHeight() / 1000, columns * rows, MAX_CELLS));
		}
		Grid grid = Grid.covering(envelope, cellSize, 0, 0);
		return boundary == null ? grid : grid.maskedTo(boundary);
	}

}
