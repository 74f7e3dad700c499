package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a CSV file record by record with Apache Commons CSV, streaming (memory stays flat whatever
 * the size), with the line number of each record. Broken quoting ends the file with a problem that
 * names the line, since nothing after it can be trusted.
 */
final class CsvRows implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private final String file;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Problems problems;

	private long line;

	CsvRows(String file, InputStream in, Problems problems) throws IOException {
		this.file = file;
		this.problems = problems;
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = parser.iterator();
	}

	/** The next record's values, or null at the end of the file or after broken quoting. */
	String[] next() {
		try {
			if (!records.hasNext()) {
				return null;
			}
			CSVRecord record = records.next();
			line = parser.getCurrentLineNumber();
			return record.values();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			problems.add(file, Math.max(1, parser.getCurrentLineNumber()),
					"the file cannot be read past here (" + reason(ex) + "); check the quoting and that the file is complete");
			return null;
		}
	}

	/** The header: the first record, trimmed. */
	List<String> header() {
		String[] values = next();
		List<String> header = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				header.add(value.trim());
			}
		}
		return header;
	}

	long line() {
		return line;
	}

	private static String reason(RuntimeException ex) {
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.replaceFirst("^\\(line \\d+\\) ", "");
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

}
