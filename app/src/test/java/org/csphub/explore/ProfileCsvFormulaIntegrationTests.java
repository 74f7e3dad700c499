package org.csphub.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMappings;
import org.csphub.partners.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A partner's own categories reach the CSV downloads as they were typed, so a category that a
 * spreadsheet would run as a formula must arrive as text. Imported here through a real partner mapping.
 */
@CspHubIntegrationTest
class ProfileCsvFormulaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	PartnerMappings mappings;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	String source;

	@AfterEach
	void removeThePartnerRows() {
		jdbc.sql("delete from incident_custom_area where incident_id in (select id from incident where source_code = ?)")
			.param(source).update();
		jdbc.sql("delete from incident where source_code = ?").param(source).update();
		jdbc.sql("delete from import_month where source_code = ?").param(source).update();
	}

	@Test
	void textCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedInEveryDownload() throws Exception {
		new ExploreTestData(areas, imports, jdbc).importAreas();
		String slug = "formula-" + UUID.randomUUID().toString().substring(0, 8);
		PartnerMapping mapping = mappings.save(new PartnerMapping(null, "Formula test " + slug, slug, "Month", "yyyy-MM",
				PartnerMapping.DatePrecision.MONTH, PartnerMapping.LocationKind.EASTING_NORTHING, "Easting", "Northing", null,
				"Type", null, null, null, Map.of(), 0));
		source = mapping.sourceCode();
		// Four rows in Loughborough town centre, each with a dangerous category, and one harmless one.
		Path file = Files.writeString(folder.resolve("reports.csv"), """
				Month,Easting,Northing,Type
				2021-03,453800,319700,"=HYPERLINK(""http://example.invalid"",""Click"")"
				2021-03,453800,319700,+SUM(1;2)
				2021-03,453800,319700,-2+3
				2021-03,453800,319700,@cmd
				2021-03,453800,319700,Fly-tipping
				2021-03,453800,319700,Fly-tipping
				""");
		ImportSummary summary = imports.importPartner(mapping, List.of(file), "test", "test", ImportProgress.NONE);
		assertThat(summary.problems()).isEmpty();
		assertThat(summary.imported()).isEqualTo(6);
		MockHttpSession session = users.signIn(mvc, Role.COMMITTEE_MEMBER);
		String borough = areas.list(AreaType.BOROUGH).get(0).code();
		String query = "?source=" + source + "&from=2021-03&to=2021-03";

		String types = mvc.perform(get("/explore/borough/" + borough + "/crime-types.csv" + query).session(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(AreaProfileIntegrationTests.parse(types)).extracting(r -> r.get("Crime type"), r -> r.get("Incidents"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fly-tipping", "2"),
					org.assertj.core.groups.Tuple.tuple("'+SUM(1;2)", "1"), org.assertj.core.groups.Tuple.tuple("'-2+3", "1"),
					org.assertj.core.groups.Tuple.tuple("'=HYPERLINK(\"http://example.invalid\",\"Click\")", "1"),
					org.assertj.core.groups.Tuple.tuple("'@cmd", "1"));

		// The month file has a column per type: the headers are neutralised too.
		String months = mvc.perform(get("/explore/borough/" + borough + "/months.csv" + query).session(session))
			.andReturn().getResponse().getContentAsString();
		List<String> header = AreaProfileIntegrationTests.parse(months).get(0).getParser().getHeaderNames();
		assertThat(header).contains("'=HYPERLINK(\"http://example.invalid\",\"Click\")", "'+SUM(1;2)", "'-2+3", "'@cmd",
				"Fly-tipping");
		assertThat(everyCell(types)).noneMatch(ProfileCsvFormulaIntegrationTests::dangerous);
		assertThat(everyCell(months)).noneMatch(ProfileCsvFormulaIntegrationTests::dangerous);
	}

	/** Text a spreadsheet would run; plain negative numbers are numbers, not formulas. */
	private static boolean dangerous(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-\\d+(\\.\\d+)?");
	}

	private static List<String> everyCell(String csv) throws Exception {
		List<CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(csv)).getRecords();
		return rows.stream().flatMap(r -> r.toList().stream()).toList();
	}

}
