package org.csphub.analyse.cli;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.nearrepeat.DistanceMetric;
import org.csphub.analysis.nearrepeat.IntervalConvention;
import org.csphub.analysis.nearrepeat.KnoxEvent;
import org.csphub.analysis.nearrepeat.KnoxResult;
import org.csphub.analysis.nearrepeat.KnoxSettings;
import org.csphub.analysis.nearrepeat.KnoxTest;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.stereotype.Component;

/** {@code analyse knox}: the Knox test for near repeats. */
@Component
class KnoxCommand extends AnalyseCommand {

	private static final List<String> MATRICES = List.of("observed", "mean", "median", "p", "ratio-mean", "ratio-median");

	@Override
	public String name() {
		return "analyse knox";
	}

	@Override
	public String summary() {
		return "Knox test for near repeats: pairs close in space and time against permutations";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(PointOptions.OPTIONS);
		options.removeAll(Set.of("value", "id"));
		options.addAll(Set.of("distance-bands", "time-bands", "time-unit", "convention", "metric", "iterations", "seed"));
		return options;
	}

	@Override
	List<String> tables() {
		List<String> tables = new ArrayList<>();
		tables.add("cells");
		tables.addAll(MATRICES);
		return tables;
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse knox --points FILE (--x COL --y COL | --lon COL --lat COL)
				           --date COL --distance-bands EDGES --time-bands EDGES [--convention right-closed|left-closed]
				           [--metric euclidean|manhattan] [--iterations N] [--seed S]

				Counts the pairs of events in each band of distance (metres) and time apart, and compares
				each count with the counts when the dates are shuffled among the events (Monte Carlo
				permutations): more pairs close in space and time than chance gives is a near repeat
				pattern. p = (1 + #{simulated >= observed}) / (iterations + 1), one-sided; the Knox ratio is
				observed / mean (or median) of the simulations. Conventions: docs/adr/0012.

				CSV writes the table "cells" (one row per pair of bands: distance_band, time_band, observed,
				mean, median, p, ratio_mean, ratio_median), or with --table one matrix (rows distance bands,
				columns time bands, as the Near Repeat Calculator prints them): observed, mean, median, p,
				ratio-mean or ratio-median. JSON holds them all.

				Options:
				  --distance-bands E   upper edges of the distance bands in metres, e.g. 0.1,200,400,600
				                       (bands start at 0)
				  --time-bands E       upper edges of the time bands, e.g. 7,14,21 (days) (bands start at 0)
				  --time-unit U        day (default) or month (for month-only dates such as police.uk's)
				  --convention C       right-closed (default: [0,e1], (e1,e2], ...) or left-closed
				                       ([0,e1), [e1,e2), ...), for both distance and time
				  --metric M           euclidean (default) or manhattan
				  --iterations N       permutations (default 99; 0 counts the observed pairs only)
				  --seed S             the permutations' seed (default 1): the same seed, the same result
				  --table NAME         the table written as CSV (see above)
				""" + PointOptions.HELP + OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse knox \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --x x --y y --date date_single --from 2016-01-01 --to 2016-12-31 \\
				      --distance-bands 0.1,200,400,600 --time-bands 7,14,21 --iterations 99 --table observed
				  java -jar app/target/csp-hub.jar analyse knox \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --lon Longitude --lat Latitude \\
				      --date Month --where "Crime type=Burglary" --time-unit month --time-bands 0,1,2 \\
				      --distance-bands 0,200,400 --iterations 999
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		double[] distanceBands = Flags.increasing(arguments, "distance-bands");
		double[] timeBands = Flags.increasing(arguments, "time-bands");
		String unit = Flags.choice(arguments, "time-unit", "day", "day", "month");
		IntervalConvention convention = Flags.choice(arguments, "convention", "right-closed", "right-closed",
				"left-closed").equals("right-closed") ? IntervalConvention.RIGHT_CLOSED : IntervalConvention.LEFT_CLOSED;
		DistanceMetric metric = Flags.choice(arguments, "metric", "euclidean", "euclidean", "manhattan")
			.equals("euclidean") ? DistanceMetric.EUCLIDEAN : DistanceMetric.MANHATTAN;
		int iterations = Flags.wholeNumber(arguments, "iterations", 99, 0, 99_999);
		long seed = Flags.seed(arguments, 1);
		KnoxSettings settings;
		try {
			settings = new KnoxSettings(distanceBands, timeBands, convention, metric, iterations, seed);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException(ex.getMessage());
		}
		PointsSpec spec = PointOptions.spec(arguments, true, true, false, false);
		Points points = PointOptions.read(spec, console, "events");
		if (points.monthsOnly() && unit.equals("day")) {
			console.err().println("Note: the dates are months only, so every event is on the first of its month; "
					+ "consider --time-unit month");
		}
		List<KnoxEvent> events = new ArrayList<>(points.size());
		for (int i = 0; i < points.size(); i++) {
			LocalDateTime time = points.times()[i];
			double t = unit.equals("day") ? time.toLocalDate().toEpochDay()
					: YearMonth.from(time).getYear() * 12L + YearMonth.from(time).getMonthValue() - 1;
			events.add(new KnoxEvent(points.xs()[i], points.ys()[i], t));
		}
		long started = System.nanoTime();
		KnoxResult result = KnoxTest.run(events, settings);
		console.err().printf("Knox test of %,d events: %,d pairs within %s m, %d permutations, %.2f s%n",
				result.eventCount(), result.candidatePairs(), format(distanceBands[distanceBands.length - 1]), iterations,
				(System.nanoTime() - started) / 1e9);
		Report report = new Report(name())
			.setting("events", result.eventCount())
			.setting("distance_bands_m", list(distanceBands))
			.setting("time_bands", list(timeBands))
			.setting("time_unit", unit)
			.setting("convention", convention.name().toLowerCase().replace('_', '-'))
			.setting("metric", metric.name().toLowerCase())
			.setting("iterations", iterations)
			.setting("seed", seed)
			.setting("p_value", "(1 + #{simulated >= observed}) / (iterations + 1)")
			.setting("candidate_pairs", result.candidatePairs());
		report.table("cells", cells(settings, result));
		double[][] ratioMean = result.ratioToMean();
		double[][] ratioMedian = result.ratioToMedian();
		for (String matrix : MATRICES) {
			report.table(matrix, matrix(settings, (s, t) -> switch (matrix) {
				case "observed" -> result.observed(s, t);
				case "mean" -> result.meanSimulated()[s][t];
				case "median" -> result.medianSimulated()[s][t];
				case "p" -> result.pValue(s, t);
				case "ratio-mean" -> ratioMean[s][t];
				default -> ratioMedian[s][t];
			}));
		}
		return report;
	}

	private static Table cells(KnoxSettings settings, KnoxResult result) {
		Table table = new Table("distance_band", "time_band", "observed", "mean", "median", "p", "ratio_mean",
				"ratio_median");
		double[][] mean = result.meanSimulated();
		double[][] median = result.medianSimulated();
		double[][] ratioMean = result.ratioToMean();
		double[][] ratioMedian = result.ratioToMedian();
		for (int s = 0; s < settings.spatialBands(); s++) {
			for (int t = 0; t < settings.temporalBands(); t++) {
				table.add(settings.spatialLabel(s), settings.temporalLabel(t), result.observed(s, t), mean[s][t],
						median[s][t], result.pValue(s, t), ratioMean[s][t], ratioMedian[s][t]);
			}
		}
		return table;
	}

	private interface Cell {
		Object at(int s, int t);
	}

	private static Table matrix(KnoxSettings settings, Cell cell) {
		List<String> columns = new ArrayList<>();
		columns.add("distance");
		for (int t = 0; t < settings.temporalBands(); t++) {
			columns.add(settings.temporalLabel(t));
		}
		Table table = new Table(columns);
		for (int s = 0; s < settings.spatialBands(); s++) {
			Object[] row = new Object[columns.size()];
			row[0] = settings.spatialLabel(s);
			for (int t = 0; t < settings.temporalBands(); t++) {
				row[t + 1] = cell.at(s, t);
			}
			table.add(row);
		}
		return table;
	}

	private static List<Object> list(double[] values) {
		return new ArrayList<>(Arrays.stream(values).boxed().toList());
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
