package org.csphub.analyse.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Report} as CSV (one table: a header row, then the rows, {@code \n} line ends) or as
 * JSON (an object holding {@code command}, {@code settings} and each table as an array of objects).
 *
 * <p>Numbers are written exactly: whole numbers without a decimal point, others as Java's shortest
 * decimal that reads back to the same double ({@code 0.1}, {@code 1.0E-5}). A NaN (a statistic that is
 * undefined, such as the z-score of an area without neighbours) is an empty CSV cell and a JSON
 * {@code null}; an infinite value is {@code Infinity} or {@code -Infinity} (in JSON, a string).
 */
public final class ReportWriter {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	private ReportWriter() {
	}

	/** Writes one table as CSV. */
	public static void csv(Table table, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
		printer.printRecord(table.columns());
		String[] cells = new String[table.columns().size()];
		for (Object[] row : table.rows()) {
			for (int c = 0; c < row.length; c++) {
				cells[c] = text(row[c]);
			}
			printer.printRecord((Object[]) cells);
		}
		printer.flush();
	}

	/** Writes the settings and the tables (null: all) as JSON. */
	public static void json(Report report, String onlyTable, OutputStream out) throws IOException {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("command");
			json.writeString(report.command());
			json.writeName("settings");
			json.writeStartObject();
			for (Map.Entry<String, Object> setting : report.settings().entrySet()) {
				json.writeName(setting.getKey());
				value(json, setting.getValue());
			}
			json.writeEndObject();
			for (Map.Entry<String, Table> entry : report.tables().entrySet()) {
				if (onlyTable != null && !onlyTable.equals(entry.getKey())) {
					continue;
				}
				json.writeName(entry.getKey());
				json.writeStartArray();
				Table table = entry.getValue();
				for (Object[] row : table.rows()) {
					json.writeStartObject();
					for (int c = 0; c < row.length; c++) {
						json.writeName(table.columns().get(c));
						value(json, row[c]);
					}
					json.writeEndObject();
				}
				json.writeEndArray();
			}
			json.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}

	private static void value(JsonGenerator json, Object value) {
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof Boolean b) {
			json.writeBoolean(b);
		}
		else if (value instanceof Integer || value instanceof Long) {
			json.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof Number n) {
			double d = n.doubleValue();
			if (Double.isNaN(d)) {
				json.writeNull();
			}
			else if (Double.isInfinite(d)) {
				json.writeString(d > 0 ? "Infinity" : "-Infinity");
			}
			else if (isWhole(d)) {
				json.writeNumber((long) d);
			}
			else {
				json.writeNumber(d);
			}
		}
		else if (value instanceof java.util.List<?> list) {
			json.writeStartArray();
			for (Object item : list) {
				value(json, item);
			}
			json.writeEndArray();
		}
		else {
			json.writeString(value.toString());
		}
	}

	/** How a value is written in a CSV cell. */
	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isNaN(d)) {
				return "";
			}
			if (Double.isInfinite(d)) {
				return d > 0 ? "Infinity" : "-Infinity";
			}
			return isWhole(d) ? Long.toString((long) d) : Double.toString(d);
		}
		if (value instanceof java.util.List<?> list) {
			return String.join(" ", list.stream().map(ReportWriter::text).toList());
		}
		return value.toString();
	}

	private static boolean isWhole(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15;
	}

}
