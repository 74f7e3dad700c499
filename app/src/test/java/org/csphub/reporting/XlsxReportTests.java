package org.csphub.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet of the sample report: a contents sheet, one sheet per table with a bold frozen
 * header row, numbers as numeric cells with their formats, "no data" as text, and text that looks
 * like a formula kept as text.
 */
class XlsxReportTests {

	private static XSSFWorkbook open(ReportDocument document) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(new Reports().xlsx(document)));
	}

	@Test
	void theContentsSheetListsEveryTableWithItsSectionAndTheAttributions() throws IOException {
		ReportDocument document = SampleReports.strategicAssessment();
		try (XSSFWorkbook workbook = open(document)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Contents");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + document.tables().size());
			Sheet contents = workbook.getSheetAt(0);
			List<List<String>> rows = texts(contents);
			assertThat(rows.get(0)).containsExactly(document.title());
			int header = indexOf(rows, "Table");
			assertThat(rows.get(header)).containsExactly("Table", "Sheet", "Section", "Caption");
			assertThat(rows.get(header + 1)).containsExactly("Table 1", "crime-by-month", "1. Crime overall",
					"Crimes recorded each month");
			assertThat(rows.get(header + 4)).containsExactly("Table 4", "partner-categories", "3. Partner data",
					"Partner reports by category (typed by partners)");
			assertThat(rows.get(header + 5).get(2)).isEqualTo("Appendix A: Method");
			assertThat(contents.getRow(header + 1).getCell(1).getHyperlink().getAddress()).isEqualTo("'crime-by-month'!A1");
			assertThat(rows.stream().filter(r -> !r.isEmpty()).map(r -> r.get(0))).contains("Data sources and licences")
				.containsAll(document.attributions());
			assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(document.title());
		}
	}

	@Test
	void headerRowsAreBoldAndFrozenAndNumbersAreNumbersWithTheirFormats() throws IOException {
		try (XSSFWorkbook workbook = open(SampleReports.strategicAssessment())) {
			Sheet sheet = workbook.getSheet("crime-by-type");
			int header = indexOf(texts(sheet), "Crime type");
			Row headings = sheet.getRow(header);
			assertThat(texts(sheet).get(header)).containsExactly("Crime type", "This period", "12 months before",
					"Difference", "Change");
			for (Cell cell : headings) {
				assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat((int) pane.getHorizontalSplitPosition()).as("frozen below the header row").isEqualTo(header + 1);

			Row burglary = sheet.getRow(header + 3);
			assertThat(burglary.getCell(0).getStringCellValue()).isEqualTo("Burglary");
			assertThat(burglary.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(burglary.getCell(1).getNumericCellValue()).isEqualTo(702);
			assertThat(burglary.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(burglary.getCell(3).getCellType()).as("a negative difference is a number").isEqualTo(CellType.NUMERIC);
			assertThat(burglary.getCell(3).getNumericCellValue()).isEqualTo(-113);
			assertThat(burglary.getCell(4).getNumericCellValue()).isEqualTo(-0.139);
			assertThat(burglary.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

			Row otherTheft = sheet.getRow(header + 5);
			assertThat(otherTheft.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(otherTheft.getCell(2).getStringCellValue()).as("no data, never 0").isEqualTo("no data");

			Sheet partner = workbook.getSheet("partner-categories");
			Row first = partner.getRow(indexOf(texts(partner), "Category") + 1);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(-0.25);
			assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysTextAndRealNegativeNumbersStayNumbers() throws IOException {
		try (XSSFWorkbook workbook = open(SampleReports.strategicAssessment())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as("no formula anywhere: %s!%s", sheet.getSheetName(),
								cell.getAddress()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
			Sheet partner = workbook.getSheet("partner-categories");
			int header = indexOf(texts(partner), "Category");
			List<String> categories = new ArrayList<>();
			for (int r = header + 1; r <= header + 4; r++) {
				Cell cell = partner.getRow(r).getCell(0);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).as("shown as text even when edited").isTrue();
				categories.add(cell.getStringCellValue());
			}
			assertThat(categories).containsExactly("'" + SampleReports.HYPERLINK, "'+1", "'-2", "'@SUM(A1:A9)");
			Row minusTwo = partner.getRow(header + 3);
			assertThat(minusTwo.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(minusTwo.getCell(2).getNumericCellValue()).isEqualTo(-2);
			Cell ordinary = partner.getRow(header + 5).getCell(0);
			assertThat(ordinary.getStringCellValue()).isEqualTo("Noise £ café");
			assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void sheetNamesAreAtMost31CharactersAndUnique() throws IOException {
		String longId = "crime-by-lower-layer-super-output-area-and-month";
		List<Block> blocks = new ArrayList<>();
		for (String id : List.of(longId, longId + "-again", "contents", "a/b:c*d?[e]")) {
			blocks.add(new DataTable(id, "A table", List.of(new Column("N", Kind.COUNT)), List.of(Arrays.asList(1L))));
		}
		ReportDocument document = new ReportDocument("Names", null, null, LocalDate.of(2026, 1, 1), null, List.of(),
				List.of(new ReportSection("s", "Tables", blocks)), List.of(), List.of());
		try (XSSFWorkbook workbook = open(document)) {
			List<String> names = new ArrayList<>();
			workbook.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).hasSize(5).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
			assertThat(new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())).hasSize(5);
			assertThat(names.get(1)).isEqualTo(longId.substring(0, 31));
			assertThat(names.get(2)).endsWith("-2");
			assertThat(names.get(4)).doesNotContain("/", ":", "*", "?", "[", "]");
		}
	}

	static List<List<String>> texts(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				for (Cell cell : row) {
					cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "#" + cell.getNumericCellValue());
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	static int indexOf(List<List<String>> rows, String first) {
		for (int r = 0; r < rows.size(); r++) {
			if (!rows.get(r).isEmpty() && rows.get(r).get(0).equals(first)) {
				return r;
			}
		}
		throw new AssertionError("No row starts with " + first);
	}

}
