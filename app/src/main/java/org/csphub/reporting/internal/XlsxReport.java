package org.csphub.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportView;
import org.csphub.reporting.SpreadsheetSafe;

/**
 * Every table of a report as a spreadsheet (XLSX), laid out as the Government Analysis Function
 * advises for statistics in spreadsheets: a "Contents" sheet first (the report's title, date and
 * status, a row for each table with a link to its sheet, its section and caption, then the data
 * licence attributions), then one sheet per table, named from its id (at most 31 characters, unique).
 * On a table's sheet, the title and notes come first and the header row is bold with the rows above
 * it frozen, so it stays in view.
 *
 * <p>Numbers stay numbers: numeric cells with the column's format ({@code #,##0} for counts,
 * {@code 0.0} for decimals, {@code 0.0%} for fractions), negative ones included. A cell with no figure
 * holds the text "no data", never 0. Text cells are string cells, which a spreadsheet never
 * evaluates; one that would read as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * also gets a leading apostrophe ({@link SpreadsheetSafe}) and the quote-prefix style, so it stays
 * text even when someone edits it.
 */
public final class XlsxReport {

	static final String CONTENTS = "Contents";

	public byte[] render(ReportDocument document) {
		ReportView view = ReportView.of(document);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var properties = workbook.getProperties().getCoreProperties();
			properties.setTitle(document.title());
			properties.setCreator(document.organisation().isEmpty() ? "CSP Hub" : document.organisation());
			properties.setDescription(document.subtitle());
			Styles styles = new Styles(workbook);
			Sheet contents = workbook.createSheet(CONTENTS);
			List<String> names = sheetNames(view.tables());
			writeContents(contents, document, view, names, styles);
			for (int i = 0; i < view.tables().size(); i++) {
				writeTable(workbook.createSheet(names.get(i)), view.tables().get(i), view, styles);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the spreadsheet", ex);
		}
	}

	/** A sheet name for each table: from its id, safe, at most 31 characters, unique ignoring case. */
	static List<String> sheetNames(List<DataTable> tables) {
		Set<String> taken = new HashSet<>(Set.of(CONTENTS.toLowerCase(Locale.ROOT), "history"));
		List<String> names = new ArrayList<>();
		for (DataTable table : tables) {
			String base = WorkbookUtil.createSafeSheetName(table.id().strip(), '-');
			if (base.startsWith("'")) {
				base = "-" + base.substring(1);
			}
			base = base.length() > 31 ? base.substring(0, 31) : base;
			String name = base;
			for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
				String suffix = "-" + n;
				name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
			}
			names.add(name);
		}
		return names;
	}

	private static void writeContents(Sheet sheet, ReportDocument document, ReportView view, List<String> names,
			Styles styles) {
		int r = 0;
		text(sheet.createRow(r++), 0, document.title(), styles.title, styles);
		if (!document.subtitle().isEmpty()) {
			text(sheet.createRow(r++), 0, document.subtitle(), styles.text, styles);
		}
		String published = (document.organisation().isEmpty() ? "" : document.organisation() + ", ") + view.date()
				+ (document.status().isEmpty() ? "" : ". Status: " + document.status());
		text(sheet.createRow(r++), 0, published, styles.text, styles);
		text(sheet.createRow(r++), 0, "Each table is on its own sheet. A cell that says \"no data\" has no figure: "
				+ "it is not zero.", styles.text, styles);
		Row header = sheet.createRow(r++);
		String[] headings = { "Table", "Sheet", "Section", "Caption" };
		for (int c = 0; c < headings.length; c++) {
			text(header, c, headings[c], styles.header, styles);
		}
		sheet.createFreezePane(0, r);
		for (int i = 0; i < view.tables().size(); i++) {
			DataTable table = view.tables().get(i);
			Row row = sheet.createRow(r++);
			text(row, 0, view.tableLabel(table), styles.text, styles);
			Cell link = text(row, 1, names.get(i), styles.link, styles);
			Hyperlink hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			hyperlink.setAddress("'" + names.get(i).replace("'", "''") + "'!A1");
			link.setHyperlink(hyperlink);
			text(row, 2, view.tableSection(table), styles.text, styles);
			text(row, 3, table.caption(), styles.text, styles);
		}
		if (!document.attributions().isEmpty()) {
			r++;
			text(sheet.createRow(r++), 0, "Data sources and licences", styles.header, styles);
			for (String attribution : document.attributions()) {
				text(sheet.createRow(r++), 0, attribution, styles.text, styles);
			}
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 32 * 256);
		sheet.setColumnWidth(2, 40 * 256);
		sheet.setColumnWidth(3, 80 * 256);
	}

	private static void writeTable(Sheet sheet, DataTable table, ReportView view, Styles styles) {
		int r = 0;
		text(sheet.createRow(r++), 0, view.tableLabel(table) + ": " + table.caption(), styles.title, styles);
		text(sheet.createRow(r++), 0, "Section: " + view.tableSection(table), styles.text, styles);
		text(sheet.createRow(r++), 0, "A cell that says \"no data\" has no figure: it is not zero. "
				+ "Back to the Contents sheet for the data sources and licences.", styles.text, styles);
		Row header = sheet.createRow(r++);
		int[] widths = new int[table.columns().size()];
		for (int c = 0; c < table.columns().size(); c++) {
			Column column = table.columns().get(c);
			text(header, c, column.heading(), column.kind() == Kind.TEXT ? styles.header : styles.numericHeader, styles);
			widths[c] = column.heading().length();
		}
		sheet.createFreezePane(0, r);
		for (List<Object> cells : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				Column column = table.columns().get(c);
				Object value = cells.get(c);
				if (value == null) {
					text(row, c, ReportView.NO_DATA, styles.noData, styles);
					widths[c] = Math.max(widths[c], ReportView.NO_DATA.length());
				}
				else if (value instanceof Number number) {
					Cell cell = row.createCell(c);
					cell.setCellValue(number.doubleValue());
					cell.setCellStyle(styles.number(column.kind(), number));
					widths[c] = Math.max(widths[c], ReportView.format(column.kind(), value).length());
				}
				else {
					text(row, c, value.toString(), styles.text, styles);
					widths[c] = Math.max(widths[c], value.toString().length() + 1);
				}
			}
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.min(70, Math.max(10, widths[c] + 2)) * 256);
		}
	}

	/** A string cell, made safe: never a formula, and shown as text even when edited. */
	private static Cell text(Row row, int column, String value, CellStyle style, Styles styles) {
		Cell cell = row.createCell(column);
		String safe = SpreadsheetSafe.text(value);
		cell.setCellValue(safe);
		cell.setCellStyle(safe.equals(value) ? style : styles.quoted(style));
		return cell;
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle text;

		final CellStyle header;

		final CellStyle numericHeader;

		final CellStyle link;

		final CellStyle noData;

		final CellStyle count;

		final CellStyle decimal;

		final CellStyle percent;

		final CellStyle general;

		private final XSSFWorkbook workbook;

		private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.HashMap<>();

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			Font underlined = workbook.createFont();
			underlined.setUnderline(Font.U_SINGLE);
			underlined.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
			title = workbook.createCellStyle();
			title.setFont(large);
			text = workbook.createCellStyle();
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setBorderBottom(BorderStyle.THIN);
			header.setWrapText(true);
			numericHeader = workbook.createCellStyle();
			numericHeader.cloneStyleFrom(header);
			numericHeader.setAlignment(HorizontalAlignment.RIGHT);
			link = workbook.createCellStyle();
			link.setFont(underlined);
			noData = workbook.createCellStyle();
			noData.setAlignment(HorizontalAlignment.RIGHT);
			var format = workbook.createDataFormat();
			count = workbook.createCellStyle();
			count.setDataFormat(format.getFormat("#,##0"));
			decimal = workbook.createCellStyle();
			decimal.setDataFormat(format.getFormat("0.0"));
			percent = workbook.createCellStyle();
			percent.setDataFormat(format.getFormat("0.0%"));
			general = workbook.createCellStyle();
		}

		CellStyle number(Kind kind, Number value) {
			return switch (kind) {
				case COUNT -> count;
				case DECIMAL -> decimal;
				case PERCENT -> percent;
				case TEXT -> value instanceof Double ? decimal : count;
			};
		}

		/** The same style with the quote prefix: the cell stays text even when edited. */
		CellStyle quoted(CellStyle style) {
			return quoted.computeIfAbsent(style, s -> {
				CellStyle copy = workbook.createCellStyle();
				copy.cloneStyleFrom(s);
				copy.setQuotePrefixed(true);
				return copy;
			});
		}

	}

}
