package org.csphub.assessment.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.csphub.CspHubIntegrationTest;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.Areas;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.explore.ExploreTestData;
import org.csphub.explore.RawCharnwood;
import org.csphub.explore.RawCharnwood.Row;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMapping.DatePrecision;
import org.csphub.incidents.PartnerMapping.LocationKind;
import org.csphub.incidents.PartnerMappings;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportSection;
import org.csphub.reporting.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategic assessment computed for Charnwood from the shipped demo data, imported through the real
 * imports under a force name of its own. Every expected figure is worked out here from the raw files
 * (the police.uk rows read with Commons CSV, the raw GeoJSON boundaries in WGS84 with JTS, the RUC table
 * by string splitting), never from the code under test.
 *
 * <p>The months 2020-05 to 2022-04 are imported except 2020-08, so the assessment period (the twelve
 * months to April 2022) is complete and its comparison period misses one month.
 */
@CspHubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentSectionsIntegrationTests {

	static final AssessmentPeriod PERIOD = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2022, 4));

	static final String ASB = "Anti-social behaviour";

	@Autowired
	AssessmentSections sections;

	@Autowired
	Reports reports;

	@Autowired
	org.csphub.assessment.BoroughOverviews overviews;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	PartnerMappings mappings;

	@Autowired
	JdbcClient jdbc;

	ExploreTestData data;

	Path folder;

	ComputedAssessment assessment;

	@BeforeAll
	void importCharnwood() throws IOException {
		folder = Files.createTempDirectory("assessment-test");
		data = new ExploreTestData(areas, imports, jdbc);
		data.importAreas();
		List<String> months = new ArrayList<>();
		for (YearMonth m = YearMonth.of(2020, 5); !m.isAfter(YearMonth.of(2022, 4)); m = m.plusMonths(1)) {
			if (!m.equals(YearMonth.of(2020, 8))) {
				months.add(m.toString());
			}
		}
		data.importMonths(months, folder);
		assessment = sections.compute(PERIOD, new AssessmentSources(List.of(data.source), List.of()), Steps.NONE);
	}

	@AfterAll
	void removeData() {
		data.remove();
	}

	@Test
	void theSectionsComeInOrderWithTheirStableIdsAndEveryIdIsUnique() {
		assertThat(assessment.sections()).extracting(ReportSection::id).containsExactlyElementsOf(AssessmentSections.SECTION_IDS);
		assertThat(assessment.appendices()).extracting(ReportSection::id).containsExactly("data-quality", "method");
		assertThat(section("areas").subsections()).extracting(ReportSection::id)
			.containsExactly("areas-wards", "areas-parishes", "areas-priority-neighbourhoods", "areas-lsoas");
		assertThat(section("hotspots").subsections()).extracting(ReportSection::id)
			.containsExactly("hotspots-crime", "hotspots-asb");
		assertThat(section("repeats").subsections()).extracting(ReportSection::id)
			.containsExactly("repeat-locations", "near-repeats");
		List<String> ids = new ArrayList<>();
		Set<String> tableIds = new HashSet<>();
		List<Block.Figure> figures = new ArrayList<>();
		allSections().forEach(s -> {
			ids.add(s.id());
			for (Block block : s.blocks()) {
				if (block instanceof DataTable table) {
					ids.add(table.id());
					tableIds.add(table.id());
				}
				if (block instanceof Block.Figure figure) {
					ids.add(figure.id());
					figures.add(figure);
				}
			}
		});
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower case with hyphens");
		assertThat(figures).isNotEmpty().allSatisfy(f -> {
			assertThat(tableIds).as("the table of figure " + f.id()).contains(f.tableId());
			assertThat(f.svg()).startsWith("<svg").contains("viewBox").endsWith("</svg>");
			assertThat(f.altText()).isNotBlank();
		});
	}

	@Test
	void totalCrimeAndAsbMatchTheRawFiles() {
		Map<String, Long> now = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-05", "2022-04");
		long crime = now.entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(Map.Entry::getValue).sum();
		// The comparison period without August 2020, which is not loaded.
		Map<String, Long> before = new TreeMap<>(RawCharnwood.byCategory(RawCharnwood.inBorough(), "2020-05", "2021-04"));
		Map<String, Long> august = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2020-08", "2020-08");
		august.forEach((type, n) -> before.merge(type, -n, Long::sum));
		long crimeBefore = before.entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(Map.Entry::getValue).sum();

		DataTable totals = table("overview-totals");
		assertThat(totals.rows().get(0)).startsWith("Crime", crime, crimeBefore);
		assertThat(totals.rows().get(1)).startsWith("Anti-social behaviour", now.get(ASB), before.get(ASB));
		assertThat(crime).isGreaterThan(10_000);
		Block.KeyFigures figures = (Block.KeyFigures) section("overview").blocks().get(0);
		assertThat(figures.figures().get(0).value()).isEqualTo(String.format(java.util.Locale.UK, "%,d", crime));
		assertThat(figures.figures()).anySatisfy(f -> assertThat(f.value()).isEqualTo("12 of 12"));
	}

	/**
	 * The HTML report, the committee PDF and the spreadsheet all carry the same key figures, checked
	 * against counts made from the raw files; the PDF passes veraPDF's PDF/UA-1 checks.
	 */
	@Test
	void theHtmlPdfAndSpreadsheetCarryTheSameFiguresAsTheRawFiles() throws IOException {
		Map<String, Long> now = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-05", "2022-04");
		long crime = now.entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(Map.Entry::getValue).sum();
		long shoplifting = now.get("Shoplifting");
		String crimeText = String.format(java.util.Locale.UK, "%,d", crime);
		String shopliftingText = String.format(java.util.Locale.UK, "%,d", shoplifting);
		ReportDocument document = new ReportDocument("Charnwood strategic assessment", "May 2021 to April 2022",
				"Charnwood Community Safety Partnership", java.time.LocalDate.of(2026, 11, 26), "Draft", assessment.summary(),
				assessment.sections(), assessment.appendices(),
				List.of("Contains public sector information licensed under the Open Government Licence v3.0."));

		String html = reports.html(document);
		assertThat(html).contains(crimeText).contains(shopliftingText);

		byte[] pdf = reports.pdf(document);
		assertThat(org.csphub.reporting.PdfConformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isEmpty();
		try (org.apache.pdfbox.pdmodel.PDDocument loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(loaded);
			assertThat(text).contains(crimeText).contains(shopliftingText);
		}

		byte[] xlsx = reports.xlsx(document);
		List<Double> crimeCells = new ArrayList<>();
		List<Double> shopliftingCells = new ArrayList<>();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
				for (org.apache.poi.ss.usermodel.Row row : sheet) {
					org.apache.poi.ss.usermodel.Cell label = row.getCell(0);
					org.apache.poi.ss.usermodel.Cell value = row.getCell(1);
					if (label == null || value == null || label.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
							|| value.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
						continue;
					}
					if (label.getStringCellValue().equals("Crime")) {
						crimeCells.add(value.getNumericCellValue());
					}
					if (label.getStringCellValue().equals("Shoplifting")) {
						shopliftingCells.add(value.getNumericCellValue());
					}
				}
			}
		}
		assertThat(crimeCells).contains((double) crime);
		assertThat(shopliftingCells).contains((double) shoplifting);
	}

	/** The home page's borough overview: the 12 months to the last loaded month, its changes and hotspot map. */
	@Test
	void theBoroughOverviewShowsTheLastTwelveMonthsAndTheHotspotMap() {
		Map<String, Long> now = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-05", "2022-04");
		long crime = now.entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(Map.Entry::getValue).sum();
		org.csphub.assessment.BoroughOverview overview = overviews.current().orElseThrow();
		assertThat(overview.period()).isEqualTo(PERIOD);
		Block.KeyFigures figures = (Block.KeyFigures) overview.summary().get(0);
		assertThat(figures.figures().get(0).value()).isEqualTo(String.format(java.util.Locale.UK, "%,d", crime));
		assertThat(overview.hotspots()).anyMatch(b -> b instanceof Block.Figure)
			.anyMatch(b -> b instanceof Block.Note note && note.text().equals(Notes.APPROXIMATE_LOCATIONS));
		assertThat(overviews.current().orElseThrow()).as("kept while the data is unchanged").isSameAs(overview);
	}

	@Test
	void everyCrimeTypeCountsWhatTheRawFilesHold() {
		Map<String, Long> expected = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-05", "2022-04");
		Map<String, Object> actual = new TreeMap<>();
		table("crime-types-table").rows().forEach(r -> actual.put((String) r.get(0), r.get(1)));
		assertThat(actual).isEqualTo(new TreeMap<>(expected));
	}

	@Test
	void aWardCountsTheRowsItsRawPolygonCovers() {
		String ward = RawCharnwood.busiestWard();
		Map<String, Long> expected = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2021-05", "2022-04");
		long crime = expected.entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(Map.Entry::getValue).sum();
		List<Object> row = table("areas-wards-table").rows().stream().filter(r -> ward.equals(r.get(1))).findFirst().orElseThrow();
		assertThat(row.get(2)).isEqualTo(RawCharnwood.wardPopulation(ward));
		assertThat(row.get(3)).isEqualTo(crime);
		assertThat((Double) row.get(4)).isCloseTo(crime * 1000.0 / RawCharnwood.wardPopulation(ward),
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(row.get(5)).isEqualTo(expected.get(ASB));
		assertThat(table("areas-wards-table").rows()).hasSizeGreaterThanOrEqualTo(28);
	}

	@Test
	void theRuralAndUrbanSplitFollowsTheLsoasRuralUrbanClass() {
		Map<String, String> ruc = new TreeMap<>();
		String[] lines = AreaTestFiles.raw("ruc-2011.csv.gz").split("\r?\n");
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",");
			ruc.put(cells[0], cells[2]);
		}
		Map<String, PreparedGeometry> lsoas = new TreeMap<>();
		for (JsonNode feature : AreaTestFiles.features(AreaTestFiles.LSOAS)) {
			lsoas.put(feature.get("properties").get("LSOA11CD").asString(),
					PreparedGeometryFactory.prepare(AreaTestFiles.wgs84(feature)));
		}
		long rural = 0;
		long urban = 0;
		for (Row row : RawCharnwood.rows()) {
			if (row.month().compareTo("2021-05") < 0 || row.month().compareTo("2022-04") > 0 || row.category().equals(ASB)) {
				continue;
			}
			// The lowest code covering the point: the documented rule for points on a shared boundary.
			Optional<String> lsoa = lsoas.entrySet().stream().filter(e -> e.getValue().covers(row.point()))
				.map(Map.Entry::getKey).findFirst();
			if (lsoa.isEmpty()) {
				continue;
			}
			String code = ruc.get(lsoa.get());
			if (code.startsWith("D") || code.startsWith("E")) {
				rural++;
			}
			else {
				urban++;
			}
		}
		DataTable table = table("rural-urban-table");
		assertThat(cell(table, "Rural", 4)).isEqualTo(rural);
		assertThat(cell(table, "Urban", 4)).isEqualTo(urban);
		assertThat(rural).isPositive();
		assertThat(urban).isGreaterThan(rural);
	}

	@Test
	void aMissingMonthIsNamedAndNeverCountedAsZero() {
		ReportSection quality = assessment.appendices().get(0);
		assertThat(quality.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Note.class,
				n -> assertThat(n.text()).contains("August 2020")));
		assertThat(table("data-quality-months").rows())
			.anySatisfy(r -> assertThat(r).containsExactly(AssessmentSources.label(data.source), "August 2020", "Not loaded", null, null, null));
		List<Object> august = table("overview-monthly").rows().stream().filter(r -> r.get(0).equals("August 2020"))
			.findFirst().orElseThrow();
		assertThat(august.get(2)).isNull();
		assertThat(section("overview").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Note.class,
				n -> assertThat(n.text()).contains("August 2020 in the comparison period")));
	}

	@Test
	void absentDataGivesANoteNotAnEmptyFigure() {
		assertThat(section("partner-data").blocks()).singleElement().isInstanceOf(Block.Note.class);
		ReportSection parishes = section("areas").subsections().get(1);
		assertThat(parishes.blocks()).singleElement().isInstanceOfSatisfying(Block.Note.class,
				n -> assertThat(n.text()).contains("No parish boundaries"));

		ComputedAssessment empty = sections.compute(AssessmentPeriod.twelveMonthsTo(YearMonth.of(2012, 12)),
				new AssessmentSources(List.of(data.source), List.of()), Steps.NONE);
		assertThat(empty.sections()).extracting(ReportSection::id).containsExactlyElementsOf(AssessmentSections.SECTION_IDS);
		assertThat(empty.sections()).allSatisfy(s -> {
			assertThat(s.blocks()).isNotEmpty().allMatch(b -> b instanceof Block.Note, "only notes");
			assertThat(s.subsections()).isEmpty();
		});
		assertThat(empty.summary()).singleElement().isInstanceOf(Block.Note.class);
		assertThat(empty.candidates()).isEmpty();
	}

	@Test
	void candidatesNameTheLargestTypesWithTheirReasons() {
		Map<String, Long> counts = RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-05", "2022-04");
		String largest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		assertThat(assessment.candidates()).anySatisfy(c -> {
			assertThat(c.key()).isEqualTo("crime-type:" + largest);
			assertThat(c.reason()).contains("Largest volume: " + String.format(java.util.Locale.UK, "%,d", counts.get(largest)));
		});
		assertThat(assessment.candidates()).extracting(ComputedAssessment.CandidateIssue::key).doesNotHaveDuplicates();
		assertThat(assessment.summary()).first().isInstanceOf(Block.KeyFigures.class);
	}

	@Test
	void partnerDataIsReportedOnItsOwnWithItsGaps() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		PartnerMapping mapping = mappings.save(new PartnerMapping(null, "Reports " + unique, "reports-" + unique, null,
				"yyyy-M", DatePrecision.MONTH, LocationKind.LSOA_CODE, null, null, "lsoa", null, "Reports to the council",
				"reports", null, Map.of(), 0));
		// Two months of the assessment period, so ten are gaps; 7 + 5 reports.
		Path june = Files.writeString(folder.resolve("2021-6.csv"), "lsoa,reports\nE01025670,4\nE01025671,3\n");
		Path july = Files.writeString(folder.resolve("2021-7.csv"), "lsoa,reports\nE01025670,5\n");
		ImportSummary summary = imports.importPartner(mapping, List.of(june, july), "tester", "127.0.0.1", ImportProgress.NONE);
		assertThat(summary.succeeded()).as(summary.problems().toString()).isTrue();
		try {
			ComputedAssessment withPartner = sections.compute(PERIOD,
					new AssessmentSources(List.of(data.source), List.of(mapping.sourceCode())), Steps.NONE);
			ReportSection partner = withPartner.sections().stream().filter(s -> s.id().equals("partner-data")).findFirst()
				.orElseThrow();
			ReportSection source = partner.subsections().get(0);
			assertThat(source.id()).isEqualTo("partner-reports-" + unique);
			Block.KeyFigures figures = (Block.KeyFigures) source.blocks().get(0);
			assertThat(figures.figures().get(0).value()).isEqualTo("12");
			assertThat(source.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Note.class,
					n -> assertThat(n.text()).startsWith("Data gaps").contains("May 2021").contains("April 2022")
						.doesNotContain("June 2021")));
		}
		finally {
			jdbc.sql("delete from incident where source_code = ?").param(mapping.sourceCode()).update();
			jdbc.sql("delete from import_month where source_code = ?").param(mapping.sourceCode()).update();
		}
	}

	private ReportSection section(String id) {
		return allSections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	private List<ReportSection> allSections() {
		List<ReportSection> all = new ArrayList<>();
		List<ReportSection> top = new ArrayList<>(assessment.sections());
		top.addAll(assessment.appendices());
		for (ReportSection s : top) {
			all.add(s);
			all.addAll(s.subsections());
		}
		return all;
	}

	private DataTable table(String id) {
		for (ReportSection s : allSections()) {
			for (Block b : s.blocks()) {
				if (b instanceof DataTable t && t.id().equals(id)) {
					return t;
				}
			}
		}
		throw new AssertionError("no table " + id);
	}

	private static Object cell(DataTable table, String first, int column) {
		return table.rows().stream().filter(r -> first.equals(r.get(0))).findFirst().orElseThrow().get(column);
	}

}
