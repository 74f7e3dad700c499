package org.csphub.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;

/**
 * Reads one published CSV table keyed by LSOA code, with Apache Commons CSV. Columns are found by
 * header: an exact match (ignoring case) or else the first header that starts with the given text, so
 * the long IoD headers ("Income Rank (where 1 is most deprived)") need only their start. Problems go
 * to the shared list with the file and line (the header is line 1; the tables have no multi-line
 * values), and reading stops at {@link ImportRefused#MAX_PROBLEMS}.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private static final Pattern LSOA_CODE = Pattern.compile("[EW]01\\d{6}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

	private final String file;

	private final List<ImportProblem> problems;

	private CsvTable(String file, List<ImportProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	/** One data row: its line number, the LSOA code in the first wanted column, and typed values. */
	final class Row {

		private final CSVRecord record;

		private final int[] columns;

		private final String[] headers;

		final int line;

		Row(CSVRecord record, int[] columns, String[] headers) {
			this.record = record;
			this.columns = columns;
			this.headers = headers;
			this.line = (int) record.getRecordNumber() + 1;
		}

		String text(int wanted) {
			return record.get(columns[wanted]);
		}

		/** A whole number, with or without thousands separators ("1,995"), within min..max. */
		Integer number(int wanted, int min, int max) {
			String value = text(wanted);
			if (!WHOLE_NUMBER.matcher(value).matches()) {
				problem(line, "'" + headers[wanted] + "' is '" + value + "', not a whole number");
				return null;
			}
			long number = Long.parseLong(value.replace(",", ""));
			if (number < min || number > max) {
				problem(line, "'" + headers[wanted] + "' is " + value + ", outside " + min + " to " + max);
				return null;
			}
			return (int) number;
		}

	}

	/**
	 * Reads the file, calling {@code rowHandler} for each row whose LSOA code (in the first wanted
	 * column) is well formed and not repeated. Returns the number of rows read.
	 */
	static int read(String file, InputStream content, List<ImportProblem> problems, List<String> wanted,
			Consumer<Row> rowHandler) {
		return new CsvTable(file, problems).read(content, wanted, rowHandler);
	}

	private int read(InputStream content, List<String> wanted, Consumer<Row> rowHandler) {
		int rows = 0;
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(content, StandardCharsets.UTF_8), FORMAT)) {
			List<String> headers = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
			int[] columns = new int[wanted.size()];
			for (int i = 0; i < wanted.size(); i++) {
				columns[i] = find(headers, wanted.get(i));
				if (columns[i] < 0) {
					problem(1, "has no column '" + wanted.get(i) + "' (its columns are: " + String.join(", ", headers) + ")");
				}
			}
			if (problems.size() >= ImportRefused.MAX_PROBLEMS || java.util.Arrays.stream(columns).anyMatch(c -> c < 0)) {
				return 0;
			}
			String[] names = new String[wanted.size()];
			for (int i = 0; i < names.length; i++) {
				names[i] = headers.get(columns[i]);
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				if (problems.size() >= ImportRefused.MAX_PROBLEMS) {
					break;
				}
				rows++;
				Row row = new Row(record, columns, names);
				if (!record.isConsistent()) {
					problem(row.line, "has " + record.size() + " values where the header has " + headers.size());
					continue;
				}
				String code = row.text(0);
				if (!LSOA_CODE.matcher(code).matches()) {
					problem(row.line, "'" + code + "' is not an LSOA code (E01 or W01 and six digits)");
				}
				else if (!seen.add(code)) {
					problem(row.line, "LSOA " + code + " appears a second time");
				}
				else {
					rowHandler.accept(row);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problem(0, "is not a readable CSV table: " + ex.getMessage());
		}
		return rows;
	}

	private static int find(List<String> headers, String wanted) {
		String lower = wanted.toLowerCase(Locale.ROOT);
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
				return i;
			}
		}
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).toLowerCase(Locale.ROOT).startsWith(lower)) {
				return i;
			}
		}
		return -1;
	}

	private void problem(int line, String reason) {
		if (problems.size() < ImportRefused.MAX_PROBLEMS) {
			problems.add(line == 0 ? ImportProblem.ofFile(file, reason) : ImportProblem.ofLine(file, line, reason));
		}
	}

}
