package org.csphub.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportView;
import org.csphub.reporting.SpreadsheetSafe;

/**
 * Every table of a report as a CSV file, in one zip with a README.txt: {@code 01-<table id>.csv},
 * {@code 02-...} in reading order, UTF-8 (no byte order mark), RFC 4180 with a header row. Numbers are
 * plain (no thousands separators; fractions as fractions: 0.123 for 12.3%); a cell with no figure is
 * empty, never 0. Every text cell, headings included, is made {@link SpreadsheetSafe}: one starting
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe; numbers, negative ones too,
 * are written as numbers. The README names the report, lists each file with its table, caption and
 * section, explains the conventions and gives the data licence attributions.
 */
public final class CsvBundle {

	public byte[] render(ReportDocument document) {
		ReportView view = ReportView.of(document);
		List<String> names = fileNames(view.tables());
		long time = document.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			put(zip, "README.txt", readme(document, view, names), time);
			for (int i = 0; i < names.size(); i++) {
				put(zip, names.get(i), csv(view.tables().get(i)), time);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the CSV files", ex);
		}
		return out.toByteArray();
	}

	static List<String> fileNames(List<DataTable> tables) {
		List<String> names = new ArrayList<>();
		int digits = Math.max(2, Integer.toString(tables.size()).length());
		for (int i = 0; i < tables.size(); i++) {
			String id = tables.get(i).id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-|-$", "");
			names.add(String.format("%0" + digits + "d", i + 1) + (id.isEmpty() ? "" : "-" + id) + ".csv");
		}
		return names;
	}

	private static void put(ZipOutputStream zip, String name, String content, long time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(time);
		zip.putNextEntry(entry);
		OutputStreamWriter writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		writer.write(content);
		writer.flush();
		zip.closeEntry();
	}

	static String csv(DataTable table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(table.columns().stream().map(c -> SpreadsheetSafe.text(c.heading())).toList());
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>(row.size());
				for (int c = 0; c < row.size(); c++) {
					cells.add(cell(table.columns().get(c), row.get(c)));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String cell(Column column, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			if (d.isNaN() || d.isInfinite()) {
				return "";
			}
			BigDecimal plain = BigDecimal.valueOf(d).stripTrailingZeros();
			return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return SpreadsheetSafe.text(value.toString());
	}

	static String readme(ReportDocument document, ReportView view, List<String> names) {
		StringBuilder s = new StringBuilder();
		s.append(document.title()).append("\r\n");
		if (!document.subtitle().isEmpty()) {
			s.append(document.subtitle()).append("\r\n");
		}
		if (!document.organisation().isEmpty()) {
			s.append(document.organisation()).append("\r\n");
		}
		s.append(view.date());
		if (!document.status().isEmpty()) {
			s.append(". Status: ").append(document.status());
		}
		s.append("\r\n\r\nThe tables of the report, one CSV file each (UTF-8, comma-separated, a header row):\r\n\r\n");
		for (int i = 0; i < names.size(); i++) {
			DataTable table = view.tables().get(i);
			s.append(names.get(i)).append(": ").append(view.tableLabel(table)).append(", ").append(table.caption())
				.append(" (").append(view.tableSection(table)).append(")\r\n");
		}
		s.append("\r\nHow to read them:\r\n");
		s.append("- An empty cell has no figure (no data): it is not zero.\r\n");
		s.append("- Numbers have no thousands separators. Percentages are fractions: 0.123 is 12.3%.\r\n");
		s.append("- A text cell that a spreadsheet could take for a formula (starting with =, +, -, @, a tab or a "
				+ "carriage return) starts with an apostrophe, so that it is shown as text.\r\n");
		if (!document.attributions().isEmpty()) {
			s.append("\r\nData sources and licences:\r\n");
			document.attributions().forEach(a -> s.append("- ").append(a).append("\r\n"));
		}
		return s.toString();
	}

}
