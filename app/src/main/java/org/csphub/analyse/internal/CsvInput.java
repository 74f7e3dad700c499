package org.csphub.analyse.internal;

import java.io.IOException;
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
import org.csphub.shared.cli.CommandFailedException;

/**
 * Reads one CSV table with a header row, record by record (streaming), knowing the line each record
 * starts on so that every problem names the file, the line and the column. Values are trimmed; a
 * record shorter than the header has empty values in the missing columns.
 */
public final class CsvInput implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private final String file;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private CSVRecord record;

	private long line;

	private CsvInput(String file, CSVParser parser) {
		this.file = file;
		this.parser = parser;
		this.records = parser.iterator();
		this.header = new ArrayList<>();
		if (!advance()) {
			throw new CommandFailedException(file + ": the file is empty (a header row is needed)");
		}
		for (String name : record.values()) {
			header.add(name.trim());
		}
	}

	public static CsvInput open(DataFiles.Source source) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(source.open()).get(),
				StandardCharsets.UTF_8);
		return new CsvInput(source.name(), CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
	}

	public String file() {
		return file;
	}

	public List<String> header() {
		return List.copyOf(header);
	}

	/** The position of the named column (exact, after trimming; else ignoring case). */
	public int column(String name) {
		int exact = header.indexOf(name.trim());
		if (exact >= 0) {
			return exact;
		}
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equalsIgnoreCase(name.trim())) {
				return i;
			}
		}
		throw new CommandFailedException(file + ", line 1: there is no column '" + name + "' (the columns are: "
				+ String.join(", ", header) + ")");
	}

	/** Moves to the next record; false at the end of the file. */
	public boolean next() {
		return advance();
	}

	private boolean advance() {
		long start = parser.getCurrentLineNumber() + 1;
		try {
			if (!records.hasNext()) {
				return false;
			}
			record = records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			throw new CommandFailedException(file + ", line " + start + ": the file cannot be read past here ("
					+ String.valueOf(cause.getMessage()).replaceFirst("^\\(line \\d+\\) ", "")
					+ "); check the quoting and that the file is complete");
		}
		line = start;
		return true;
	}

	/** The trimmed value of a column of the current record; empty when the record is short. */
	public String get(int column) {
		return column < record.size() ? record.get(column).trim() : "";
	}

	/** The line the current record starts on (the header is line 1). */
	public long line() {
		return line;
	}

	/** A problem with a value of the current record: {@code FILE, line N, column C: message}. */
	public CommandFailedException problem(int column, String message) {
		return new CommandFailedException(file + ", line " + line + ", column " + header.get(column) + ": " + message);
	}

	/** A problem with the current record as a whole. */
	public CommandFailedException problem(String message) {
		return new CommandFailedException(file + ", line " + line + ": " + message);
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

}
