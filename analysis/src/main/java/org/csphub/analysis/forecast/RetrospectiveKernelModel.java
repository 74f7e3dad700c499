package org.csphub.analysis.forecast;

import java.time.LocalDateTime;

import org.csphub.analysis.grid.Grid;

/**
 * Retrospective kernel hotspot: the risk of a cell is the quartic kernel weight summed over all training
 * events, measured from each event to the cell's centre. Time plays no part beyond the training window.
 *
 * <p><b>Definition.</b> {@code w(d) = (1 − d²/h²)²} for {@code d <= h}, else 0, where {@code d} is the
 * Euclidean distance in metres from the event to the cell centre and {@code h} the bandwidth in metres
 * (reference section 3 with h = 200: w(0) = 1, w(50) = (15/16)², w(|(100,100)|) = 0.25, w(200) = 0). The
 * kernel is not normalised: only the order of the risks matters to coverage selection.
 *
 * <p>Edge cases: events outside the grid or in excluded cells still weigh on included cells within
 * {@code h} of them; excluded cells are 0. Floating-point sums, accurate to about 1e-12 relative.
 *
 * @param bandwidth {@code h} in metres, positive and finite
 */
public record RetrospectiveKernelModel(double bandwidth) implements RiskModel {

	public RetrospectiveKernelModel {
		if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
			throw new IllegalArgumentException("The bandwidth must be a positive number of metres, not " + bandwidth);
		}
	}

	/** The quartic weight of distance {@code d} with bandwidth {@code h} (see the class contract). */
	public static double quartic(double d, double h) {
		if (!(d <= h)) {
			return 0;
		}
		double u = 1 - (d * d) / (h * h);
		return u * u;
	}

	@Override
	public String name() {
		return "retrospective quartic h=" + bandwidth + " m";
	}

	@Override
	public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
		training.requireNotAfter(predictionTime);
		double size = grid.cellSize();
		double[] risk = new double[grid.cellCount()];
		for (ForecastEvent e : training.events()) {
			// Columns whose centre xOrigin + (c + 0.5)·size lies within h of the event, likewise rows.
			int c0 = (int) Math.max(0, Math.ceil((e.x() - bandwidth - grid.xOrigin()) / size - 0.5));
			int c1 = (int) Math.min(grid.columns() - 1, Math.floor((e.x() + bandwidth - grid.xOrigin()) / size - 0.5));
			int r0 = (int) Math.max(0, Math.ceil((e.y() - bandwidth - grid.yOrigin()) / size - 0.5));
			int r1 = (int) Math.min(grid.rows() - 1, Math.floor((e.y() + bandwidth - grid.yOrigin()) / size - 0.5));
			for (int row = r0; row <= r1; row++) {
				double dy = grid.centreY(row) - e.y();
				for (int column = c0; column <= c1; column++) {
					int cell = row * grid.columns() + column;
					if (grid.isExcluded(cell)) {
						continue;
					}
					double dx = grid.centreX(column) - e.x();
					risk[cell] += quartic(Math.sqrt(dx * dx + dy * dy), bandwidth);
				}
			}
		}
		return risk;
	}

}
