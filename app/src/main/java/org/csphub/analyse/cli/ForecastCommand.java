package org.csphub.analyse.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csphub.analyse.internal.AreasReader;
import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.forecast.CellDistance;
import org.csphub.analysis.forecast.EvaluationResult;
import org.csphub.analysis.forecast.EvaluationSettings;
import org.csphub.analysis.forecast.EvaluationSummary;
import org.csphub.analysis.forecast.EventsBefore;
import org.csphub.analysis.forecast.ForecastEvaluation;
import org.csphub.analysis.forecast.ForecastEvent;
import org.csphub.analysis.forecast.LastPeriodModel;
import org.csphub.analysis.forecast.LongRunAverageModel;
import org.csphub.analysis.forecast.ProspectiveHotspotModel;
import org.csphub.analysis.forecast.RetrospectiveKernelModel;
import org.csphub.analysis.forecast.RiskModel;
import org.csphub.analysis.grid.Grid;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/** {@code analyse forecast}: rolling-origin evaluation of grid forecasts over months. */
@Component
class ForecastCommand extends AnalyseCommand {

	static final List<String> METHODS = List.of("last-period", "long-run-average", "retrospective", "prospective");

	/**
	 * The prospective model's "month": 32 days. An event dated in the k-th calendar month before the
	 * prediction (made on the first of a month) is between 28k − 3 and 31k days old, so
	 * {@code floor(age / 32)} is exactly k − 1 for every k up to 18: whole calendar months for month-only
	 * dates, as the weekly unit gives whole weeks.
	 */
	static final Duration MONTH_UNIT = Duration.ofDays(32);

	@Override
	public String name() {
		return "analyse forecast";
	}

	@Override
	public String summary() {
		return "Rolling-origin evaluation of grid forecasts: hit rate, PAI and PEI by method and coverage";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(PointOptions.OPTIONS);
		options.removeAll(Set.of("value", "id"));
		options.addAll(Set.of("cell-size", "offsets", "coverages", "training-months", "methods", "bandwidth",
				"prospective-unit", "prospective-bandwidth", "prospective-distance", "boundary"));
		return options;
	}

	@Override
	List<String> tables() {
		return List.of("summary", "months");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse forecast --points FILE (--x COL --y COL | --lon COL --lat COL)
				           --date COL --from MONTH --to MONTH [--cell-size METRES] [--offsets N] [--coverages LIST]
				           [--training-months N] [--methods LIST] [--boundary GEOJSON]

				Evaluates forecasting methods as a force would use them: for each test month from --from to
				--to, every method ranks the grid cells by risk from the events before the month (within the
				training window), and the busiest cells at each coverage are scored against the events of
				the month: hit rate (the share of the month's events in the flagged cells), PAI (hit rate
				over the share of the area flagged; 1 = no better than chance) and PEI (PAI over the best
				PAI possible with as many cells). The evaluation repeats on --offsets grids shifted by
				fractions of a cell, so that results do not hang on where cell edges fall, and averages.
				Conventions: docs/adr/0012.

				Methods (--methods, comma-separated; default all):
				  last-period          naive: the count in each cell in the month before
				  long-run-average     naive: the mean monthly count in each cell over the training window
				  retrospective        quartic kernel (radius --bandwidth) over the training window
				  prospective          Bowers, Johnson and Pease (2004): w = 1/((1+d)(1+t)) for events less
				                       than --prospective-bandwidth units old and within
				                       --prospective-distance; d in cells (Chebyshev), t in whole units

				CSV writes the table "summary" (method, coverage, rows, hit_rate, pai, pei: means over months
				and grids), or with --table months one row per method, month and coverage. JSON holds both.

				Options:
				  --from MONTH --to MONTH   the first and last test months (yyyy-MM)
				  --cell-size METRES   grid cells (default 250)
				  --offsets N          grids: 1, 4 (default: shifted by half a cell), 9, 16 (a square)
				  --coverages LIST     percentages of the study area's cells (default 1,2,...,10)
				  --training-months N  training window in months (default 12; 0: all earlier events)
				  --boundary GEOJSON   the study area (WGS84 GeoJSON files or a folder of them); without
				                       it, the rectangle around all the events (which flatters PAI)
				  --bandwidth METRES   the retrospective kernel's radius (default 400)
				  --prospective-unit U week or month; default month when the dates are months only
				                       (police.uk), else week. A month is counted as 32 days, which gives whole
				                       calendar months for month-only dates (exact up to 18 months)
				  --prospective-bandwidth N  how many units back events count (default 8 weeks, or 2 months)
				  --prospective-distance METRES  how far events reach (default 400); in cells, strictly less
				                       than this distance over the cell size
				  --table NAME         summary or months: the table written as CSV
				""" + PointOptions.HELP.replace("  --from DATE --to DATE  keep rows dated from .. to, inclusive (yyyy-MM or yyyy-MM-dd)\n", "")
				+ OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse forecast \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --date Month --from 2021-05 --to 2022-04 --cell-size 250 --offsets 4 \\
				      --boundary app/src/main/resources/demo/areas/charnwood-lsoa-2011.geojson.gz
				  java -jar app/target/csp-hub.jar analyse forecast \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --x x --y y --date date_single --from 2017-01 --to 2017-12 --cell-size 150 --coverages 1,5,10
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		YearMonth first = Flags.month(arguments, "from");
		YearMonth last = Flags.month(arguments, "to");
		if (last.isBefore(first)) {
			throw new CliUsageException("--to " + last + " is before --from " + first);
		}
		double cellSize = Flags.positive(arguments, "cell-size", 250);
		int offsets = Flags.wholeNumber(arguments, "offsets", 4, 1, 100);
		int steps = (int) Math.round(Math.sqrt(offsets));
		if (steps * steps != offsets) {
			throw new CliUsageException("--offsets must be a square number (1, 4, 9, 16, ...), not " + offsets);
		}
		List<Double> coverages = coverages(arguments);
		int trainingMonths = Flags.wholeNumber(arguments, "training-months", 12, 0, 1200);
		Set<String> methods = methods(arguments);
		double bandwidth = Flags.positive(arguments, "bandwidth", 400);
		double prospectiveDistance = Flags.positive(arguments, "prospective-distance", 400);
		String unitChoice = Flags.choice(arguments, "prospective-unit", null, "week", "month");

		PointsSpec spec = PointOptions.spec(arguments, true, true, false, false, false);
		List<java.nio.file.Path> boundaryFiles = Flags.files(arguments, "boundary");
		Geometry boundary = boundaryFiles.isEmpty() ? null : AreasReader.boundary(boundaryFiles).union();
		Points points = PointOptions.read(spec, console, "events");
		if (points.size() == 0) {
			throw new CommandFailedException("there are no events to evaluate");
		}
		String unit = unitChoice != null ? unitChoice : points.monthsOnly() ? "month" : "week";
		int prospectiveBandwidth = Flags.wholeNumber(arguments, "prospective-bandwidth", unit.equals("month") ? 2 : 8, 1,
				unit.equals("month") ? 18 : 10_000);

		List<ForecastEvent> events = new ArrayList<>(points.size());
		LocalDateTime earliest = null;
		for (int i = 0; i < points.size(); i++) {
			LocalDateTime time = points.times()[i];
			events.add(new ForecastEvent(points.xs()[i], points.ys()[i], time));
			earliest = earliest == null || time.isBefore(earliest) ? time : earliest;
		}
		LocalDateTime needed = first.atDay(1).atStartOfDay().minusMonths(Math.max(trainingMonths, 1));
		if (earliest.isAfter(needed)) {
			console.err().printf("Note: the events start %s, less than %s before the first test month %s%n",
					earliest.toLocalDate(), trainingMonths == 0 ? "a month" : trainingMonths + " months", first);
		}
		Envelope area = new Envelope();
		if (boundary != null) {
			area.expandToInclude(boundary.getEnvelopeInternal());
		}
		else {
			events.forEach(e -> area.expandToInclude(e.x(), e.y()));
		}
		Grids.lay(new double[] { area.getMinX(), area.getMaxX() }, new double[] { area.getMinY(), area.getMaxY() },
				cellSize, 0, null);
		List<Grid> grids = boundary == null ? ForecastEvaluation.offsetGrids(area, cellSize, steps)
				: ForecastEvaluation.offsetGrids(boundary, cellSize, steps);

		double spaceBandwidth = prospectiveDistance / cellSize;
		List<RiskModel> models = new ArrayList<>();
		for (String method : methods) {
			models.add(new Named(method, switch (method) {
				case "last-period" -> LastPeriodModel.month();
				case "long-run-average" -> LongRunAverageModel.monthly();
				case "retrospective" -> new RetrospectiveKernelModel(bandwidth);
				default -> new ProspectiveHotspotModel(prospectiveBandwidth, spaceBandwidth,
						unit.equals("month") ? MONTH_UNIT : Duration.ofDays(7), CellDistance.CHEBYSHEV);
			}));
		}
		EvaluationSettings settings = new EvaluationSettings(first, last,
				trainingMonths == 0 ? null : Period.ofMonths(trainingMonths), coverages);
		long started = System.nanoTime();
		EvaluationResult result = ForecastEvaluation.evaluate(events, grids, models, settings);
		console.err().printf("Evaluated %d methods on %d grids of %,d cells over %d test months in %.1f s%n",
				models.size(), grids.size(), grids.get(0).includedCount(), first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1,
				(System.nanoTime() - started) / 1e9);

		Table summary = new Table("method", "coverage", "rows", "hit_rate", "pai", "pei");
		for (EvaluationSummary s : result.overall()) {
			summary.add(s.model(), percent(s.coverage()), s.rows(), s.meanHitRate(), s.meanPai(), s.meanPei());
		}
		Table months = new Table("method", "month", "coverage", "rows", "hit_rate", "pai", "pei");
		for (EvaluationSummary s : result.byMonth()) {
			months.add(s.model(), s.month().toString(), percent(s.coverage()), s.rows(), s.meanHitRate(), s.meanPai(),
					s.meanPei());
		}
		Report report = new Report(name())
			.setting("events", points.size())
			.setting("first_test_month", first.toString())
			.setting("last_test_month", last.toString())
			.setting("training_months", trainingMonths == 0 ? "all" : trainingMonths)
			.setting("cell_size_m", cellSize)
			.setting("grids", grids.size())
			.setting("included_cells", grids.get(0).includedCount())
			.setting("study_area", boundary == null ? "rectangle around the events" : "boundary")
			.setting("coverage_unit", "percent of the study area's cells");
		for (RiskModel model : models) {
			report.setting("method_" + model.name(), ((Named) model).model().name());
		}
		if (methods.contains("prospective")) {
			report.setting("prospective_unit", unit.equals("month") ? "month (32 days: whole calendar months for month-only dates)"
					: "week");
		}
		return report.table("summary", summary).table("months", months);
	}

	private static double percent(double coverage) {
		return Math.round(coverage * 1e6) / 1e4;
	}

	private static List<Double> coverages(CliArguments arguments) {
		if (arguments.value("coverages").isEmpty()) {
			return EvaluationSettings.defaultCoverages();
		}
		Set<Double> coverages = new LinkedHashSet<>();
		for (String part : arguments.value("coverages").get().split(",")) {
			double percent = Flags.number("coverages", part.trim().replace("%", ""));
			if (!(percent > 0 && percent <= 100)) {
				throw new CliUsageException("--coverages are percentages above 0 and at most 100, not " + part.trim());
			}
			if (!coverages.add(new java.math.BigDecimal(Double.toString(percent)).movePointLeft(2).doubleValue())) {
				throw new CliUsageException("--coverages lists " + part.trim() + " twice");
			}
		}
		return List.copyOf(coverages);
	}

	private static Set<String> methods(CliArguments arguments) {
		if (arguments.value("methods").isEmpty()) {
			return new LinkedHashSet<>(METHODS);
		}
		Set<String> methods = new LinkedHashSet<>();
		for (String part : arguments.value("methods").get().split(",")) {
			String method = part.trim().toLowerCase(Locale.ROOT);
			if (!METHODS.contains(method)) {
				throw new CliUsageException("--methods " + part.trim() + " is not one of " + String.join(", ", METHODS));
			}
			methods.add(method);
		}
		return methods;
	}

	/** A model under the command's short name. */
	private record Named(String name, RiskModel model) implements RiskModel {

		@Override
		public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
			return model.risk(grid, training, predictionTime);
		}

	}

}
