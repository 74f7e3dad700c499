package org.csphub.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV bundle: one file per table with a README, safe against formula injection, no data empty. */
class CsvBundleTests {

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static List<CSVRecord> records(byte[] csv) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
	}

	@Test
	void oneFilePerTableInReadingOrderWithAReadme() throws IOException {
		ReportDocument document = SampleReports.strategicAssessment();
		Map<String, byte[]> files = unzip(new Reports().csvZip(document));
		assertThat(files.keySet()).containsExactly("README.txt", "01-crime-by-month.csv", "02-crime-by-type.csv",
				"03-hot-spots.csv", "04-partner-categories.csv", "05-method-sources.csv");
		String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
		assertThat(readme).startsWith(document.title())
			.contains("04-partner-categories.csv: Table 4, Partner reports by category (typed by partners) (3. Partner data)")
			.contains("An empty cell has no figure (no data): it is not zero.")
			.contains(document.attributions().get(0), document.attributions().get(1));
	}

	@Test
	void numbersArePlainAndAMonthWithoutDataIsEmpty() throws IOException {
		Map<String, byte[]> files = unzip(new Reports().csvZip(SampleReports.strategicAssessment()));
		List<CSVRecord> months = records(files.get("01-crime-by-month.csv"));
		assertThat(months.get(0).values()).containsExactly("Month", "Crimes");
		assertThat(months.get(1).values()).containsExactly("November 2025", "1012");
		assertThat(months.get(12).values()).containsExactly("October 2026", "");
		List<CSVRecord> types = records(files.get("02-crime-by-type.csv"));
		assertThat(types.get(3).values()).containsExactly("Burglary", "702", "815", "-113", "-0.139");
	}

	@Test
	void textThatASpreadsheetWouldRunIsNeutralisedButNegativeNumbersAreNot() throws IOException {
		Map<String, byte[]> files = unzip(new Reports().csvZip(SampleReports.strategicAssessment()));
		byte[] raw = files.get("04-partner-categories.csv");
		List<CSVRecord> rows = records(raw);
		assertThat(rows.get(1).get(0)).isEqualTo("'" + SampleReports.HYPERLINK);
		assertThat(rows.get(1).get(2)).isEqualTo("-12");
		assertThat(rows.get(1).get(3)).isEqualTo("-0.25");
		assertThat(rows.get(2).get(0)).isEqualTo("'+1");
		assertThat(rows.get(3).get(0)).isEqualTo("'-2");
		assertThat(rows.get(3).get(2)).isEqualTo("-2");
		assertThat(rows.get(3).get(3)).as("no data").isEmpty();
		assertThat(rows.get(4).get(0)).isEqualTo("'@SUM(A1:A9)");
		assertThat(rows.get(5).get(0)).as("UTF-8").isEqualTo("Noise £ café");
		// No cell of the raw file starts with a formula character unless it is a number.
		for (CSVRecord row : rows) {
			for (String cell : row) {
				if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
					assertThat(cell).as("only numbers may start with a sign").matches("-\\d+(\\.\\d+)?");
				}
			}
		}
		assertThat(raw[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
	}

}
