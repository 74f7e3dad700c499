package org.csphub.analyse.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.shared.cli.CommandFailedException;

/**
 * Reads points from CSV tables ({@link DataFiles}: plain, gzip, zip archives, folders), every table with
 * the same columns.
 *
 * <p><b>Rules.</b> A row whose coordinate is empty (police.uk rows without a location) is skipped and
 * counted. Anything else that is wrong is an error naming the file, line and column: a coordinate or
 * value that is not a number, a longitude outside -180..180 or latitude outside -90..90, an empty or
 * unreadable date. Dates are read from every row, before filtering, to learn which months the files
 * cover; coordinates and values only from the rows kept by {@code where}, {@code from} and {@code until}.
 */
public final class PointsReader {

	private final PointsSpec spec;

	private final BritishNationalGrid grid = new BritishNationalGrid();

	private double[] xs = new double[1024];

	private double[] ys = new double[1024];

	private double[] values;

	private LocalDateTime[] times;

	private String[] ids;

	private int count;

	private long rows;

	private long withoutLocation;

	private long filteredOut;

	private final TreeSet<YearMonth> months = new TreeSet<>();

	private PointsReader(PointsSpec spec) {
		this.spec = spec;
		if (spec.valueColumn() != null) {
			values = new double[1024];
		}
		if (spec.dateColumn() != null) {
			times = new LocalDateTime[1024];
		}
		if (spec.idColumn() != null) {
			ids = new String[1024];
		}
	}

	public static Points read(PointsSpec spec) throws IOException {
		return new PointsReader(spec).readAll();
	}

	private Points readAll() throws IOException {
		List<DataFiles.Source> sources = DataFiles.csvSources(spec.files());
		List<String> firstHeader = null;
		String firstName = null;
		for (DataFiles.Source source : sources) {
			try (CsvInput in = CsvInput.open(source)) {
				if (firstHeader == null) {
					firstHeader = in.header();
					firstName = in.file();
				}
				else if (!lower(in.header()).equals(lower(firstHeader))) {
					throw new CommandFailedException(in.file() + ", line 1: the columns differ from those of " + firstName
							+ " (" + String.join(", ", in.header()) + " against " + String.join(", ", firstHeader) + ")");
				}
				readTable(in);
			}
		}
		boolean monthsOnly = spec.dates() != null && spec.dates().monthsOnly();
		return new Points(Arrays.copyOf(xs, spec.hasCoordinates() ? count : 0),
				Arrays.copyOf(ys, spec.hasCoordinates() ? count : 0), times == null ? null : Arrays.copyOf(times, count),
				values == null ? null : Arrays.copyOf(values, count), ids == null ? null : Arrays.copyOf(ids, count),
				monthsOnly, months, rows, withoutLocation, filteredOut, sources.size());
	}

	private static List<String> lower(List<String> names) {
		return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
	}

	private void readTable(CsvInput in) {
		int xColumn = spec.xColumn() != null ? in.column(spec.xColumn()) : spec.lonColumn() != null ? in.column(spec.lonColumn()) : -1;
		int yColumn = spec.yColumn() != null ? in.column(spec.yColumn()) : spec.latColumn() != null ? in.column(spec.latColumn()) : -1;
		int dateColumn = spec.dateColumn() != null ? in.column(spec.dateColumn()) : -1;
		int valueColumn = spec.valueColumn() != null ? in.column(spec.valueColumn()) : -1;
		int idColumn = spec.idColumn() != null ? in.column(spec.idColumn()) : -1;
		List<int[]> whereColumns = new ArrayList<>();
		List<Set<String>> whereValues = new ArrayList<>();
		for (Map.Entry<String, Set<String>> entry : spec.where().entrySet()) {
			whereColumns.add(new int[] { in.column(entry.getKey()) });
			whereValues.add(entry.getValue());
		}
		while (in.next()) {
			rows++;
			LocalDateTime time = null;
			if (dateColumn >= 0) {
				time = date(in, dateColumn);
				months.add(YearMonth.from(time));
			}
			if (!kept(in, whereColumns, whereValues, time)) {
				filteredOut++;
				continue;
			}
			double x = 0;
			double y = 0;
			if (xColumn >= 0) {
				String xText = in.get(xColumn);
				String yText = in.get(yColumn);
				if (xText.isEmpty() || yText.isEmpty()) {
					withoutLocation++;
					continue;
				}
				x = coordinate(in, xColumn, xText);
				y = coordinate(in, yColumn, yText);
				if (spec.projected()) {
					if (!(x >= -180 && x <= 180)) {
						throw in.problem(xColumn, "the longitude " + xText + " is outside -180..180");
					}
					if (!(y >= -90 && y <= 90)) {
						throw in.problem(yColumn, "the latitude " + yText + " is outside -90..90");
					}
					GridPoint point = grid.project(x, y);
					x = point.easting();
					y = point.northing();
				}
			}
			add(x, y, time, valueColumn >= 0 ? Numbers.required(in, valueColumn, "value") : 0,
					idColumn >= 0 ? in.get(idColumn) : null);
		}
	}

	private boolean kept(CsvInput in, List<int[]> whereColumns, List<Set<String>> whereValues, LocalDateTime time) {
		for (int w = 0; w < whereColumns.size(); w++) {
			String value = in.get(whereColumns.get(w)[0]).toLowerCase(Locale.ROOT);
			if (!whereValues.get(w).contains(value)) {
				return false;
			}
		}
		if (time != null && spec.from() != null && time.isBefore(spec.from())) {
			return false;
		}
		return time == null || spec.until() == null || time.isBefore(spec.until());
	}

	private LocalDateTime date(CsvInput in, int column) {
		String text = in.get(column);
		if (text.isEmpty()) {
			throw in.problem(column, "no date");
		}
		LocalDateTime time = spec.dates().parse(text);
		if (time == null) {
			throw in.problem(column, "'" + text + "' is not a date in " + spec.dates().describe());
		}
		return time;
	}

	private static double coordinate(CsvInput in, int column, String text) {
		double value = Numbers.parse(text);
		if (!Double.isFinite(value)) {
			throw in.problem(column, "'" + text + "' is not a number");
		}
		return value;
	}

	private void add(double x, double y, LocalDateTime time, double value, String id) {
		if (count == xs.length) {
			int size = count * 2;
			xs = Arrays.copyOf(xs, size);
			ys = Arrays.copyOf(ys, size);
			if (values != null) {
				values = Arrays.copyOf(values, size);
			}
			if (times != null) {
				times = Arrays.copyOf(times, size);
			}
			if (ids != null) {
				ids = Arrays.copyOf(ids, size);
			}
		}
		xs[count] = x;
		ys[count] = y;
		if (values != null) {
			values[count] = value;
		}
		if (times != null) {
			times[count] = time;
		}
		if (ids != null) {
			ids[count] = id;
		}
		count++;
	}

}
