package org.csphub.analysis.forecast;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

import org.csphub.analysis.grid.Grid;

/**
 * Prospective hotspotting (Bowers, Johnson and Pease 2004, "Prospective hot-spotting: the future of
 * crime mapping?", Brit. J. Criminol. 44, 641–658), the grid algorithm as in {@code open_cp}.
 *
 * <p><b>Definition.</b> Each training event adds to each cell the weight
 * {@code w = 1 / ((1 + d)(1 + t))} when {@code t < timeBandwidth} and {@code d < spaceBandwidth}
 * (both strict), else 0, where
 * <ul>
 * <li>{@code t} = the whole number of time units (one week by default) from the event to the prediction
 * time, rounded down: 6 days is 0 weeks, 7 days is 1;</li>
 * <li>{@code d} = the distance in cells ({@link CellDistance}, Chebyshev by default) between the cell of
 * the event and the cell scored. The event's cell is {@code floor((x − xOrigin) / size)},
 * {@code floor((y − yOrigin) / size)} even when that lies outside the grid, so events just beyond the
 * edge still weigh on the cells near it.</li>
 * </ul>
 * Defaults ({@link #standard()}): 8 weeks, 8 cells (400 m on 50 m cells, as in the paper), weekly unit,
 * Chebyshev. Edge cases: excluded cells are 0; events in excluded cells still count. Floating-point
 * sums, accurate to about 1e-12 relative.
 *
 * @param timeBandwidth {@code tb} in time units, positive
 * @param spaceBandwidth {@code sb} in cells, positive
 * @param unit the time unit, positive (7 days by default)
 * @param distance how cell distance is measured
 */
public record ProspectiveHotspotModel(int timeBandwidth, double spaceBandwidth, Duration unit, CellDistance distance)
		implements RiskModel {

	public ProspectiveHotspotModel {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(distance, "distance");
		if (timeBandwidth <= 0) {
			throw new IllegalArgumentException("The time bandwidth must be positive, not " + timeBandwidth);
		}
		if (!(spaceBandwidth > 0) || !Double.isFinite(spaceBandwidth)) {
			throw new IllegalArgumentException("The space bandwidth must be a positive number of cells, not "
					+ spaceBandwidth);
		}
		if (unit.isNegative() || unit.isZero()) {
			throw new IllegalArgumentException("The time unit must be positive, not " + unit);
		}
	}

	/** 8 weeks, 8 cells, weekly unit, Chebyshev cell distance. */
	public static ProspectiveHotspotModel standard() {
		return new ProspectiveHotspotModel(8, 8, Duration.ofDays(7), CellDistance.CHEBYSHEV);
	}

	/** The weight of an event {@code t} whole units old at {@code d} cells (see the class contract). */
	public double weight(long t, double d) {
		if (t < 0 || t >= timeBandwidth || !(d < spaceBandwidth)) {
			return 0;
		}
		return 1 / ((1 + d) * (1 + (double) t));
	}

	/** The whole units from the event time to the prediction time, rounded down. */
	public long wholeUnits(LocalDateTime eventTime, LocalDateTime predictionTime) {
		Duration age = Duration.between(eventTime, predictionTime);
		long limit = Long.MAX_VALUE / 2_000_000_000L; // seconds whose nanoseconds fit in a long
		if (Math.abs(age.getSeconds()) < limit && unit.getSeconds() < limit) {
			return Math.floorDiv(age.toNanos(), unit.toNanos()); // exact, and faster than dividedBy
		}
		return age.dividedBy(unit);
	}

	@Override
	public String name() {
		return "prospective tb=" + timeBandwidth + "×" + unit + " sb=" + spaceBandwidth + " " + distance;
	}

	@Override
	public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
		training.requireNotAfter(predictionTime);
		double size = grid.cellSize();
		double[] risk = new double[grid.cellCount()];
		long reach = (long) Math.ceil(spaceBandwidth);
		// Events tb units old or more weigh nothing: skip them with a comparison, before any division.
		LocalDateTime tooOld = predictionTime.minus(unit.multipliedBy(timeBandwidth));
		for (ForecastEvent e : training.events()) {
			if (!e.time().isAfter(tooOld)) {
				continue;
			}
			long t = wholeUnits(e.time(), predictionTime);
			long eventColumn = (long) Math.floor((e.x() - grid.xOrigin()) / size);
			long eventRow = (long) Math.floor((e.y() - grid.yOrigin()) / size);
			// Clamped to the grid before narrowing, so that events far outside it cannot overflow an int.
			int c0 = (int) Math.max(0, Math.min(grid.columns(), eventColumn - reach));
			int c1 = (int) Math.min(grid.columns() - 1L, Math.max(-1, eventColumn + reach));
			int r0 = (int) Math.max(0, Math.min(grid.rows(), eventRow - reach));
			int r1 = (int) Math.min(grid.rows() - 1L, Math.max(-1, eventRow + reach));
			for (int row = r0; row <= r1; row++) {
				for (int column = c0; column <= c1; column++) {
					int cell = row * grid.columns() + column;
					if (grid.isIncluded(cell)) {
						risk[cell] += weight(t, distance.between(eventColumn, eventRow, column, row));
					}
				}
			}
		}
		return risk;
	}

}
