package org.csphub.analyse.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.csphub.analyse.internal.Dates;
import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsReader;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;

/** The options that describe a points table, shared by the commands, and their help text. */
final class PointOptions {

	/** Options naming the table and its columns. */
	static final Set<String> OPTIONS = Set.of("points", "x", "y", "lon", "lat", "date", "date-format", "value", "id",
			"where", "from", "to");

	static final String HELP = """
			Points (a CSV table; .csv.gz, a .zip of CSV files with the same columns, or a folder of them):
			  --points FILE        the table (repeat for several)
			  --x COL --y COL      easting and northing columns, in metres (British National Grid or any
			                       projected plane), or
			  --lon COL --lat COL  WGS84 longitude and latitude columns, projected to the British National Grid
			  --date COL           a date column: yyyy-MM (police.uk's Month), yyyy-MM-dd or dd/MM/yyyy
			  --date-format P      another date pattern (Java DateTimeFormatter letters, e.g. MM/dd/yyyy)
			  --where COL=VALUE    keep rows whose column holds the value (case ignored); repeat the option
			                       for several values (either matches) or several columns (all must match)
			  --from DATE --to DATE  keep rows dated from .. to, inclusive (yyyy-MM or yyyy-MM-dd)
			Rows with an empty coordinate are skipped and counted on standard error; a coordinate, value
			or date that cannot be read stops the command with the file, line and column.
			""";

	private PointOptions() {
	}

	/**
	 * The points named by the options.
	 * @param coordinates whether coordinates are needed ({@code false}: read only if named)
	 * @param date whether a date column is needed
	 * @param value whether the value column is allowed ({@code --value})
	 * @param id whether an id column is allowed ({@code --id})
	 */
	static PointsSpec spec(CliArguments arguments, boolean coordinates, boolean date, boolean value, boolean id) {
		return spec(arguments, coordinates, date, value, id, true);
	}

	/** As above; {@code dateFilter} false leaves {@code --from} and {@code --to} to the command. */
	static PointsSpec spec(CliArguments arguments, boolean coordinates, boolean date, boolean value, boolean id,
			boolean dateFilter) {
		List<Path> files = Flags.files(arguments, "points");
		if (files.isEmpty()) {
			throw new CliUsageException("--points is required");
		}
		String x = arguments.value("x").orElse(null);
		String y = arguments.value("y").orElse(null);
		String lon = arguments.value("lon").orElse(null);
		String lat = arguments.value("lat").orElse(null);
		if ((x == null) != (y == null) || (lon == null) != (lat == null)) {
			throw new CliUsageException("give both --x and --y, or both --lon and --lat");
		}
		if (x != null && lon != null) {
			throw new CliUsageException("give either --x and --y (metres) or --lon and --lat (degrees), not both");
		}
		if (coordinates && x == null && lon == null) {
			throw new CliUsageException("name the coordinate columns: --x and --y (metres) or --lon and --lat (degrees)");
		}
		String dateColumn = arguments.value("date").orElse(null);
		if (date && dateColumn == null) {
			throw new CliUsageException("--date is required: the column holding each row's date");
		}
		Dates dates = new Dates(arguments.value("date-format").orElse(null));
		LocalDateTime from = null;
		LocalDateTime until = null;
		if (dateFilter && (arguments.value("from").isPresent() || arguments.value("to").isPresent())) {
			if (dateColumn == null) {
				throw new CliUsageException("--from and --to need --date, the column holding each row's date");
			}
			from = arguments.value("from").map(text -> bound("from", text, false)).orElse(null);
			until = arguments.value("to").map(text -> bound("to", text, true)).orElse(null);
		}
		if (!value) {
			Flags.notWith(arguments, "with this command", "value");
		}
		if (!id) {
			Flags.notWith(arguments, "with this command", "id");
		}
		return new PointsSpec(files, x, y, lon, lat, dateColumn, dates, arguments.value("value").orElse(null),
				arguments.value("id").orElse(null), where(arguments), from, until);
	}

	/** Reads the points and says on standard error what was read. */
	static Points read(PointsSpec spec, CliConsole console, String what) throws IOException {
		Points points = PointsReader.read(spec);
		console.err().println(points.summary(what));
		return points;
	}

	private static Map<String, Set<String>> where(CliArguments arguments) {
		Map<String, Set<String>> where = new LinkedHashMap<>();
		for (String condition : arguments.all("where")) {
			int equals = condition.indexOf('=');
			if (equals <= 0) {
				throw new CliUsageException("--where " + condition + " should be COLUMN=VALUE, such as \"Crime type=Burglary\"");
			}
			where.computeIfAbsent(condition.substring(0, equals).trim(), k -> new LinkedHashSet<>())
				.add(condition.substring(equals + 1).trim().toLowerCase(Locale.ROOT));
		}
		return where;
	}

	/** The start of the day or month named, or (end) the start of the next one. */
	private static LocalDateTime bound(String name, String text, boolean end) {
		Dates dates = new Dates(null);
		LocalDateTime time = dates.parse(text.trim());
		if (time == null) {
			throw new CliUsageException("--" + name + " " + text + " is not a date (yyyy-MM or yyyy-MM-dd)");
		}
		if (!end) {
			return time;
		}
		return dates.monthsOnly() ? time.plusMonths(1) : time.toLocalDate().plusDays(1).atStartOfDay();
	}

}
