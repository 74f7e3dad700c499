package org.csphub.analyse.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.csphub.analyse.internal.CsvInput;
import org.csphub.analyse.internal.DataFiles;
import org.csphub.analyse.internal.Dates;
import org.csphub.analyse.internal.Numbers;
import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.Table;
import org.csphub.analysis.aggregate.MonthlySeries;
import org.csphub.analysis.change.MannKendall;
import org.csphub.analysis.change.MannKendallResult;
import org.csphub.analysis.change.SeasonalMannKendall;
import org.csphub.analysis.change.SeasonalProfile;
import org.csphub.analysis.change.SeasonalSensSlope;
import org.csphub.analysis.change.SensSlope;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.springframework.stereotype.Component;

/** {@code analyse trend}: monthly counts, the Mann-Kendall test, Sen's slope and the seasonal profile. */
@Component
class TrendCommand extends AnalyseCommand {

	@Override
	public String name() {
		return "analyse trend";
	}

	@Override
	public String summary() {
		return "Monthly counts: Mann-Kendall trend test, Sen's slope, seasonal test and profile";
	}

	@Override
	Set<String> commandOptions() {
		Set<String> options = new HashSet<>(PointOptions.OPTIONS);
		options.remove("id");
		options.addAll(Set.of("series", "alpha"));
		return options;
	}

	@Override
	public Set<String> flags() {
		return Set.of("seasonal");
	}

	@Override
	List<String> tables() {
		return List.of("tests", "months", "profile");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar analyse trend (--points FILE --date COL | --series FILE --date COL --value COL)
				           [--seasonal] [--alpha A] [--from MONTH] [--to MONTH]

				Counts events per month (or reads a monthly series) and tests for a monotonic trend with the
				Mann-Kendall test (as pyMannKendall's original_test: tie-corrected variance, continuity
				correction, two-sided p) and Sen's slope (the median of pairwise slopes). With --seasonal,
				also the seasonal Mann-Kendall test and seasonal Sen's slope (Hirsch, Slack and Smith 1982),
				which compare each calendar month only with itself, so a summer peak is not read as a trend.
				The seasonal profile gives each calendar month's mean and its index (1 = an average month).

				Missing months are never zero: with --points, the months covered are those with at least one
				row in the files (before --where), and a month between them with none is missing; in a
				series, a month with an empty value or no row is missing. Missing months are skipped by the
				tests and keep their place in time for Sen's slope (docs/adr/0013).

				CSV writes the table "tests" (test, first_month, last_month, months, missing_months, n, s,
				var_s, z, p, tau, direction, slope_per_month, slope_per_year, intercept, alpha), or with
				--table "months" (month, count, covered) or "profile" (month, years, mean, index). JSON
				holds all three.

				Options:
				  --points FILE --date COL   events (see below), counted per month of their date
				  --series FILE --date COL --value COL
				                       a monthly series: one row per month (yyyy-MM or a date in it)
				  --seasonal           add the seasonal test and slope (period 12 months)
				  --alpha A            the level at which a trend is called (default 0.05)
				  --table NAME         tests, months or profile: the table written as CSV
				""" + PointOptions.HELP + OUTPUT_HELP + """

				Examples:
				  java -jar app/target/csp-hub.jar analyse trend \\
				      --points app/src/main/resources/demo/police-uk-charnwood.zip --date Month \\
				      --where "Crime type=Anti-social behaviour" --seasonal
				  java -jar app/target/csp-hub.jar analyse trend \\
				      --points analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz \\
				      --date date_single --seasonal --table months
				  java -jar app/target/csp-hub.jar analyse trend --series monthly.csv --date month --value count
				""";
	}

	@Override
	Report analyse(CliArguments arguments, CliConsole console) throws IOException {
		boolean seasonal = arguments.flag("seasonal");
		double alpha = Flags.number(arguments, "alpha", 0.05);
		if (!(alpha > 0 && alpha < 1)) {
			throw new CliUsageException("--alpha must lie between 0 and 1, not " + alpha);
		}
		MonthlySeries series;
		String source;
		if (arguments.value("series").isPresent()) {
			Flags.notWith(arguments, "with --series", "points", "x", "y", "lon", "lat", "where");
			series = readSeries(arguments, console);
			source = "series";
		}
		else {
			series = countPoints(arguments, console);
			source = "points";
		}
		if (series.length() == 0) {
			throw new CommandFailedException("no months to test");
		}
		double[] values = series.toDoubles();
		int missing = 0;
		for (double v : values) {
			if (Double.isNaN(v)) {
				missing++;
			}
		}
		Table tests = new Table("test", "first_month", "last_month", "months", "missing_months", "n", "s", "var_s", "z",
				"p", "tau", "direction", "slope_per_month", "slope_per_year", "intercept", "alpha");
		MannKendallResult plain = MannKendall.test(values, alpha);
		SensSlope sen = SensSlope.of(values);
		tests.add(row("mann-kendall", series, missing, plain, sen.slope(), sen.slope() * 12, sen.intercept()));
		console.err().printf("%s to %s: %s (Mann-Kendall p = %.4g), Sen's slope %.3f a month%n", series.first(),
				series.last(), direction(plain), plain.pValue(), sen.slope());
		if (seasonal) {
			MannKendallResult bySeason = SeasonalMannKendall.test(values, 12, alpha);
			SeasonalSensSlope seasonalSlope = SeasonalSensSlope.of(values, 12);
			tests.add(row("seasonal-mann-kendall", series, missing, bySeason, seasonalSlope.slope() / 12,
					seasonalSlope.slope(), seasonalSlope.intercept()));
			console.err().printf("Seasonal: %s (p = %.4g), Sen's slope %.3f a year for each calendar month%n",
					direction(bySeason), bySeason.pValue(), seasonalSlope.slope());
		}
		Table months = new Table("month", "count", "covered");
		for (int i = 0; i < series.length(); i++) {
			months.add(series.month(i).toString(), series.isCovered(i) ? series.count(i).getAsLong() : null,
					series.isCovered(i));
		}
		Table profile = new Table("month", "years", "mean", "index");
		for (SeasonalProfile.MonthProfile month : SeasonalProfile.of(series).months()) {
			profile.add(month.month().getDisplayName(TextStyle.FULL, Locale.UK), month.years(),
					month.mean().isPresent() ? month.mean().getAsDouble() : null,
					month.index().isPresent() ? month.index().getAsDouble() : null);
		}
		return new Report(name())
			.setting("input", source)
			.setting("first_month", series.first().toString())
			.setting("last_month", series.last().toString())
			.setting("alpha", alpha)
			.setting("seasonal_period", seasonal ? 12 : null)
			.setting("p_value", "two-sided, normal approximation with continuity correction")
			.table("tests", tests)
			.table("months", months)
			.table("profile", profile);
	}

	private static Object[] row(String test, MonthlySeries series, int missing, MannKendallResult result, double perMonth,
			double perYear, double intercept) {
		return new Object[] { test, series.first().toString(), series.last().toString(), series.length(), missing,
				result.n(), result.s(), result.varianceS(), result.z(), result.pValue(), result.tau(), direction(result),
				perMonth, perYear, intercept, result.alpha() };
	}

	private static String direction(MannKendallResult result) {
		return result.direction().name().toLowerCase().replace('_', '-');
	}

	private static MonthlySeries countPoints(CliArguments arguments, CliConsole console) throws IOException {
		Flags.notWith(arguments, "with --points (events are counted)", "value");
		PointsSpec spec = PointOptions.spec(arguments, false, true, false, false);
		Points points = PointOptions.read(spec, console, "events");
		TreeMap<YearMonth, Long> counts = new TreeMap<>();
		for (LocalDateTime time : points.times()) {
			counts.merge(YearMonth.from(time), 1L, Long::sum);
		}
		SortedSet<YearMonth> covered = new TreeSet<>(points.monthsInFile());
		if (spec.from() != null) {
			covered.removeIf(m -> m.isBefore(YearMonth.from(spec.from())));
		}
		if (spec.until() != null) {
			covered.removeIf(m -> !m.atDay(1).atStartOfDay().isBefore(spec.until()));
		}
		return series(covered, counts, console);
	}

	private static MonthlySeries readSeries(CliArguments arguments, CliConsole console) throws IOException {
		Path file = Flags.file(arguments, "series");
		String dateColumn = arguments.required("date");
		String valueColumn = arguments.value("value")
			.orElseThrow(() -> new CliUsageException("--value is required with --series: the column of monthly counts"));
		Dates dates = new Dates(arguments.value("date-format").orElse(null));
		TreeMap<YearMonth, Long> counts = new TreeMap<>();
		SortedSet<YearMonth> covered = new TreeSet<>();
		TreeMap<YearMonth, Long> lines = new TreeMap<>();
		try (CsvInput in = CsvInput.open(DataFiles.file(file))) {
			int date = in.column(dateColumn);
			int value = in.column(valueColumn);
			while (in.next()) {
				String text = in.get(date);
				LocalDateTime time = text.isEmpty() ? null : dates.parse(text);
				if (time == null) {
					throw in.problem(date, text.isEmpty() ? "no month" : "'" + text + "' is not a month in " + dates.describe());
				}
				YearMonth month = YearMonth.from(time);
				Long earlier = lines.putIfAbsent(month, in.line());
				if (earlier != null) {
					throw in.problem(date, "the month " + month + " is also on line " + earlier);
				}
				if (in.get(value).isEmpty()) {
					continue;
				}
				double count = Numbers.required(in, value, "count");
				if (count < 0 || count != Math.rint(count)) {
					throw in.problem(value, "'" + in.get(value) + "' is not a count (a whole number, 0 or more)");
				}
				counts.put(month, (long) count);
				covered.add(month);
			}
		}
		if (arguments.value("from").isPresent()) {
			YearMonth first = month("from", arguments.value("from").get());
			covered.removeIf(m -> m.isBefore(first));
		}
		if (arguments.value("to").isPresent()) {
			YearMonth last = month("to", arguments.value("to").get());
			covered.removeIf(m -> m.isAfter(last));
		}
		console.err().printf("Read %,d months of %s%n", covered.size(), file.getFileName());
		return series(covered, counts, console);
	}

	private static YearMonth month(String name, String text) {
		LocalDateTime time = new Dates(null).parse(text.trim());
		if (time == null) {
			throw new CliUsageException("--" + name + " " + text + " is not a month (yyyy-MM)");
		}
		return YearMonth.from(time);
	}

	private static MonthlySeries series(SortedSet<YearMonth> covered, TreeMap<YearMonth, Long> counts, CliConsole console) {
		if (covered.isEmpty()) {
			throw new CommandFailedException("no months with data to test");
		}
		YearMonth first = covered.first();
		int length = (int) first.until(covered.last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
		long[] values = new long[length];
		boolean[] isCovered = new boolean[length];
		for (int i = 0; i < length; i++) {
			YearMonth month = first.plusMonths(i);
			isCovered[i] = covered.contains(month);
			values[i] = counts.getOrDefault(month, 0L);
		}
		int gaps = length - covered.size();
		if (gaps > 0) {
			console.err().printf("%d month%s between %s and %s %s no data: treated as missing, not zero%n", gaps,
					gaps == 1 ? "" : "s", first, covered.last(), gaps == 1 ? "has" : "have");
		}
		return new MonthlySeries(first, values, isCovered);
	}

}
