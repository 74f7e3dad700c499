package org.csphub.analysis.aggregate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How fast {@link CountCube} aggregates police.uk street-level crime by LSOA × month × crime type, reading
 * and parsing the CSV files included, against DuckDB doing the same {@code GROUP BY} over the same files
 * in the same run. Not part of the test suite (its name does not end in {@code Tests}).
 *
 * <p>Our side reads each file whole, splits it into fields byte by byte (RFC 4180 quotes, CRLF or LF),
 * interns the three keys through small byte-slice tables (a {@link String} is made only the first time a
 * key is seen) and adds 1 per row to the cube by id. DuckDB runs {@code read_csv} with a header and
 * {@code GROUP BY ALL} on one thread ({@code SET threads = 1}), twice: letting it sniff the dialect and
 * column types as a plain {@code read_csv(..., header = true)} does, and with the twelve columns declared as
 * VARCHAR (nothing sniffed or converted: DuckDB's best case); its result rows are read into Java. Rows
 * without an LSOA form one group on both sides (empty string here, NULL in DuckDB). Both must give the
 * same number of groups and the same total. Each side is warmed up, then timed several times alternately;
 * the medians and their ratio are printed, and DuckDB on its default number of threads for reference.
 *
 * <pre>
 * bench/aggregation-benchmark.sh [POLICE_UK_FOLDER] [RUNS]
 * </pre>
 */
public final class AggregationBenchmark {

	private static final String[] HEADER = { "Crime ID", "Month", "Reported by", "Falls within", "Longitude",
			"Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context" };

	private static final int FIELD_MONTH = 1;

	private static final int FIELD_LSOA = 7;

	private static final int FIELD_CRIME_TYPE = 9;

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "/work/shared/data/leicestershire/police_uk");
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.getFileName().toString().endsWith("-street.csv")).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException("no *-street.csv files under " + folder);
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		System.out.printf("%d street-level files, %.1f MB, in %s%n", files.size(), bytes / 1e6, folder);
		System.out.printf("JVM: %s, %d processors%n", System.getProperty("java.vm.version"),
				Runtime.getRuntime().availableProcessors());

		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
			String defaultThreads = scalar(duckdb, "SELECT current_setting('threads')");
			String version = scalar(duckdb, "SELECT version()");
			System.out.printf("DuckDB %s, default threads %s%n", version, defaultThreads);
			String fileList = files.stream()
				.map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
				.collect(Collectors.joining(", "));
			String select = "SELECT \"LSOA code\", \"Month\", \"Crime type\", count(*) AS n FROM read_csv([" + fileList;
			// As asked: DuckDB sniffs the dialect and the column types itself.
			String sql = select + "], header = true) GROUP BY ALL";
			// DuckDB's best case: the twelve columns declared as VARCHAR, so nothing is sniffed or converted.
			String declared = select + "], header = true, auto_detect = false, delim = ',', quote = '\"', columns = {"
					+ Arrays.stream(HEADER).map(c -> "'" + c + "': 'VARCHAR'").collect(Collectors.joining(", "))
					+ "}) GROUP BY ALL";

			// Correctness first: the same groups and the same total.
			CountCube cube = aggregate(files);
			long cubeTotal = cube.total(Selection.everything()).countInCoveredMonths();
			long cubeGroups = cube.cellsWithIncidents();
			try (Statement s = duckdb.createStatement()) {
				s.execute("SET threads = 1");
			}
			long[] duck = duckdb(duckdb, sql);
			long[] duckDeclared = duckdb(duckdb, declared);
			System.out.printf("Ours:   %,d groups, %,d rows (%d areas incl. 'no LSOA', %d crime types, %d months)%n",
					cubeGroups, cubeTotal, cube.areas().size(), cube.categories().size(), cube.months().size());
			System.out.printf("DuckDB: %,d groups, %,d rows (sniffed); %,d groups, %,d rows (declared columns)%n",
					duck[0], duck[1], duckDeclared[0], duckDeclared[1]);
			if (duck[0] != cubeGroups || duck[1] != cubeTotal || duckDeclared[0] != cubeGroups
					|| duckDeclared[1] != cubeTotal) {
				throw new IllegalStateException("the aggregations disagree");
			}

			for (int i = 0; i < 3; i++) {
				aggregate(files);
				duckdb(duckdb, sql);
				duckdb(duckdb, declared);
			}
			double[] ours = new double[runs];
			double[] theirs = new double[runs];
			double[] theirsDeclared = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				aggregate(files);
				ours[i] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				duckdb(duckdb, sql);
				theirs[i] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				duckdb(duckdb, declared);
				theirsDeclared[i] = (System.nanoTime() - start) / 1e6;
			}
			double oursMedian = median(ours);
			double duckMedian = median(theirs);
			double declaredMedian = median(theirsDeclared);
			System.out.printf("Ours (read + parse + aggregate, 1 thread): median %.0f ms of %d runs %s%n", oursMedian,
					runs, Arrays.toString(rounded(ours)));
			System.out.printf("DuckDB (read_csv sniffed + GROUP BY, threads = 1): median %.0f ms %s%n", duckMedian,
					Arrays.toString(rounded(theirs)));
			System.out.printf("DuckDB (read_csv declared VARCHAR + GROUP BY, threads = 1): median %.0f ms %s%n",
					declaredMedian, Arrays.toString(rounded(theirsDeclared)));
			System.out.printf("Ratio DuckDB / ours: %.2fx sniffed, %.2fx declared (above 1: ours is faster)%n",
					duckMedian / oursMedian, declaredMedian / oursMedian);
			System.out.printf("Ours: %.0f MB/s, %,.0f rows/s%n", bytes / 1e3 / oursMedian, cubeTotal / (oursMedian / 1e3));

			try (Statement s = duckdb.createStatement()) {
				s.execute("SET threads = " + defaultThreads);
			}
			for (int i = 0; i < 2; i++) {
				duckdb(duckdb, declared);
			}
			double[] parallel = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				duckdb(duckdb, declared);
				parallel[i] = (System.nanoTime() - start) / 1e6;
			}
			System.out.printf("DuckDB (declared) on its default %s threads, for reference: median %.0f ms %s%n",
					defaultThreads, median(parallel), Arrays.toString(rounded(parallel)));
		}
	}

	/** Reads, parses and aggregates every file: the timed work on our side. */
	static CountCube aggregate(List<Path> files) throws IOException {
		CountCube.Builder builder = CountCube.builder();
		Interner areas = new Interner(builder::area);
		Interner crimeTypes = new Interner(builder::category);
		for (Path file : files) {
			byte[] data = Files.readAllBytes(file);
			int length = data.length;
			int position = skipLine(data, 0);
			int lastMonthKey = -1;
			int monthId = -1;
			int[] starts = new int[16];
			int[] ends = new int[16];
			while (position < length) {
				// One record: up to 16 fields, their [start, end) without quotes.
				int field = 0;
				boolean endOfRecord = false;
				while (!endOfRecord) {
					int start = position;
					int end;
					if (position < length && data[position] == '"') {
						start = ++position;
						while (true) {
							if (data[position] == '"') {
								if (position + 1 < length && data[position + 1] == '"') {
									position += 2;
									continue;
								}
								break;
							}
							position++;
						}
						end = position++;
					}
					else {
						while (position < length && data[position] != ',' && data[position] != '\n') {
							position++;
						}
						end = position;
					}
					if (position >= length || data[position] == '\n') {
						endOfRecord = true;
						if (end > start && data[end - 1] == '\r') {
							end--;
						}
					}
					if (field < 16) {
						starts[field] = start;
						ends[field] = end;
					}
					field++;
					position++; // the comma or the newline
				}
				if (field <= FIELD_CRIME_TYPE) {
					continue; // a blank or short line
				}
				int m = starts[FIELD_MONTH];
				int monthKey = ((data[m] - '0') * 1000 + (data[m + 1] - '0') * 100 + (data[m + 2] - '0') * 10
						+ (data[m + 3] - '0')) * 12 + (data[m + 5] - '0') * 10 + (data[m + 6] - '0') - 1;
				if (monthKey != lastMonthKey) {
					lastMonthKey = monthKey;
					monthId = builder.month(YearMonth.of(monthKey / 12, monthKey % 12 + 1));
				}
				int area = areas.id(data, starts[FIELD_LSOA], ends[FIELD_LSOA]);
				int crimeType = crimeTypes.id(data, starts[FIELD_CRIME_TYPE], ends[FIELD_CRIME_TYPE]);
				builder.add(area, crimeType, monthId, 1);
			}
		}
		return builder.build();
	}

	private static int skipLine(byte[] data, int position) {
		while (position < data.length && data[position] != '\n') {
			position++;
		}
		return position + 1;
	}

	/** Byte slice → builder id, through an open-addressing table; a String is made once per key. */
	private static final class Interner {

		private final java.util.function.ToIntFunction<String> idOf;

		private byte[][] keys = new byte[1024][];

		private int[] ids = new int[1024];

		private int size;

		Interner(java.util.function.ToIntFunction<String> idOf) {
			this.idOf = idOf;
		}

		int id(byte[] data, int from, int to) {
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + data[i];
			}
			int mask = keys.length - 1;
			int slot = (hash ^ (hash >>> 16)) & mask;
			while (true) {
				byte[] key = keys[slot];
				if (key == null) {
					break;
				}
				if (Arrays.equals(key, 0, key.length, data, from, to)) {
					return ids[slot];
				}
				slot = (slot + 1) & mask;
			}
			byte[] key = Arrays.copyOfRange(data, from, to);
			int id = idOf.applyAsInt(new String(key, StandardCharsets.UTF_8).replace("\"\"", "\""));
			keys[slot] = key;
			ids[slot] = id;
			if (++size * 2 > keys.length) {
				grow();
			}
			return id;
		}

		private void grow() {
			byte[][] oldKeys = keys;
			int[] oldIds = ids;
			keys = new byte[oldKeys.length * 2][];
			ids = new int[keys.length];
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				byte[] key = oldKeys[i];
				if (key != null) {
					int hash = 0;
					for (byte b : key) {
						hash = 31 * hash + b;
					}
					int slot = (hash ^ (hash >>> 16)) & mask;
					while (keys[slot] != null) {
						slot = (slot + 1) & mask;
					}
					keys[slot] = key;
					ids[slot] = oldIds[i];
				}
			}
		}

	}

	/** Runs the query and reads every result row: {groups, total}. */
	private static long[] duckdb(Connection connection, String sql) throws SQLException {
		long groups = 0;
		long total = 0;
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				rows.getString(1);
				rows.getString(2);
				rows.getString(3);
				total += rows.getLong(4);
				groups++;
			}
		}
		return new long[] { groups, total };
	}

	private static String scalar(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static long[] rounded(double[] values) {
		return Arrays.stream(values).mapToLong(Math::round).toArray();
	}

	private AggregationBenchmark() {
	}

}
