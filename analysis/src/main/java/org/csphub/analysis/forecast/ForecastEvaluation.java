package org.csphub.analysis.forecast;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.csphub.analysis.grid.Grid;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Rolling-origin evaluation of forecasting models over months, repeated over shifted grids.
 *
 * <p><b>Definition.</b> For each test month {@code m} from {@link EvaluationSettings#firstMonth()} to
 * {@link EvaluationSettings#lastMonth()}:
 * <ul>
 * <li>the prediction time is the start of {@code m} (00:00 on its first day);</li>
 * <li>training = the events strictly before it, and, with a training window {@code W}, not before
 * {@code start(m) − W} ({@link EventsBefore}); nothing from {@code m} or later is ever shown to a model;</li>
 * <li>outcome = the events in {@code [start(m), start(m + 1))};</li>
 * <li>each model predicts on each grid, and the forecast is scored against the outcome at every
 * coverage ({@link ForecastScoring}: hit rate, PAI, PEI).</li>
 * </ul>
 * The grids are typically the same study area laid with different offsets ({@link #offsetGrids}), so
 * that results do not hinge on where the cell edges happen to fall. Summaries average each score over
 * the rows where it is defined (see {@link EvaluationSummary}).
 *
 * <p>Edge cases: a month without events gives NaN hit rates (left out of the means); events outside a
 * grid or in its excluded cells are counted in each score and left out of its denominators.
 * Single-threaded; the cost is models × grids × months predictions plus one sort of the cells per
 * prediction.
 */
public final class ForecastEvaluation {

	private ForecastEvaluation() {
	}

	/**
	 * The grids covering the boundary (masked to it) with cell edges offset by {@code k · cellSize / steps}
	 * for {@code k = 0 .. steps−1} in each direction: {@code steps²} grids, x offsets varying fastest.
	 * Two steps give the four grids offset by half a cell.
	 */
	public static List<Grid> offsetGrids(Geometry boundary, double cellSize, int steps) {
		Objects.requireNonNull(boundary, "boundary");
		return offsets(cellSize, steps, (dx, dy) -> Grid.covering(boundary, cellSize, dx, dy));
	}

	/** As {@link #offsetGrids(Geometry, double, int)}, unmasked, over an envelope. */
	public static List<Grid> offsetGrids(Envelope area, double cellSize, int steps) {
		Objects.requireNonNull(area, "area");
		return offsets(cellSize, steps, (dx, dy) -> Grid.covering(area, cellSize, dx, dy));
	}

	private interface GridAt {
		Grid at(double dx, double dy);
	}

	private static List<Grid> offsets(double cellSize, int steps, GridAt grid) {
		if (steps < 1) {
			throw new IllegalArgumentException("At least one offset step is needed, not " + steps);
		}
		List<Grid> grids = new ArrayList<>();
		for (int j = 0; j < steps; j++) {
			for (int i = 0; i < steps; i++) {
				grids.add(grid.at(i * cellSize / steps, j * cellSize / steps));
			}
		}
		return List.copyOf(grids);
	}

	/** Runs the evaluation (see the class contract). Model names must be unique. */
	public static EvaluationResult evaluate(List<ForecastEvent> events, List<Grid> grids, List<RiskModel> models,
			EvaluationSettings settings) {
		Objects.requireNonNull(settings, "settings");
		if (grids.isEmpty() || models.isEmpty()) {
			throw new IllegalArgumentException("An evaluation needs at least one grid and one model");
		}
		Set<String> names = new HashSet<>();
		for (RiskModel model : models) {
			if (!names.add(model.name())) {
				throw new IllegalArgumentException("Two models are both called " + model.name());
			}
		}
		List<ForecastEvent> sorted = new ArrayList<>(events);
		sorted.sort(Comparator.comparing(ForecastEvent::time));

		List<EvaluationRow> rows = new ArrayList<>();
		List<EvaluationSummary> byMonth = new ArrayList<>();
		for (RiskModel model : models) {
			for (YearMonth month = settings.firstMonth(); !month.isAfter(settings.lastMonth()); month = month.plusMonths(1)) {
				LocalDateTime start = month.atDay(1).atStartOfDay();
				LocalDateTime end = month.plusMonths(1).atDay(1).atStartOfDay();
				LocalDateTime since = settings.trainingWindow() == null ? null : start.minus(settings.trainingWindow());
				EventsBefore training = new EventsBefore(since, start,
						sorted.subList(since == null ? 0 : firstAtOrAfter(sorted, since), firstAtOrAfter(sorted, start)));
				List<ForecastEvent> outcome = sorted.subList(firstAtOrAfter(sorted, start), firstAtOrAfter(sorted, end));
				List<EvaluationRow> monthRows = new ArrayList<>();
				for (int g = 0; g < grids.size(); g++) {
					Grid grid = grids.get(g);
					double[] risk = model.risk(grid, training, start);
					for (ForecastScore score : ForecastScoring.score(grid, risk, CellCounts.of(grid, outcome),
							settings.coverages())) {
						monthRows.add(new EvaluationRow(model.name(), month, g, score));
					}
				}
				rows.addAll(monthRows);
				byMonth.addAll(summaries(model.name(), month, monthRows, settings.coverages()));
			}
		}
		List<EvaluationSummary> overall = new ArrayList<>();
		for (RiskModel model : models) {
			overall.addAll(summaries(model.name(), null,
					rows.stream().filter(r -> r.model().equals(model.name())).toList(), settings.coverages()));
		}
		return new EvaluationResult(rows, byMonth, overall);
	}

	/** The index of the first event at or after the time in the time-sorted list (its size if none). */
	private static int firstAtOrAfter(List<ForecastEvent> sorted, LocalDateTime time) {
		int lo = 0;
		int hi = sorted.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted.get(mid).time().isBefore(time)) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static List<EvaluationSummary> summaries(String model, YearMonth month, List<EvaluationRow> rows,
			List<Double> coverages) {
		List<EvaluationSummary> summaries = new ArrayList<>();
		for (int c = 0; c < coverages.size(); c++) {
			double coverage = coverages.get(c);
			Mean hit = new Mean();
			Mean pai = new Mean();
			Mean pei = new Mean();
			int count = 0;
			for (EvaluationRow row : rows) {
				if (Double.compare(row.score().coverage(), coverage) != 0) {
					continue;
				}
				count++;
				hit.add(row.score().hitRate());
				pai.add(row.score().pai());
				pei.add(row.score().pei());
			}
			summaries.add(new EvaluationSummary(model, month, coverage, count, hit.value(), pai.value(), pei.value()));
		}
		return summaries;
	}

	/** The mean of the values that are not NaN. */
	private static final class Mean {

		private double sum;

		private int n;

		void add(double value) {
			if (!Double.isNaN(value)) {
				sum += value;
				n++;
			}
		}

		double value() {
			return n == 0 ? Double.NaN : sum / n;
		}

	}

}
