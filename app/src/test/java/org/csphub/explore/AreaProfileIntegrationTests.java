package org.csphub.explore;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.incidents.IncidentImports;
import org.csphub.partners.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Area profiles over real police.uk rows: 28 of the 29 months of the shipped Charnwood extract (every
 * month but October 2021) imported through the real import, with Charnwood's real boundaries. Every
 * expected figure is worked out by {@link RawCharnwood} from the raw CSV and GeoJSON, never by the
 * code under test.
 */
@CspHubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaProfileIntegrationTests {

	static final String NOT_LOADED = "2021-10";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	JdbcClient jdbc;

	ExploreTestData data;

	MockHttpSession session;

	String borough;

	String ward;

	@BeforeAll
	void importCharnwood() throws Exception {
		data = new ExploreTestData(areas, imports, jdbc);
		data.importAreas();
		List<String> months = new ArrayList<>();
		for (java.time.YearMonth m = java.time.YearMonth.of(2019, 12); !m.isAfter(java.time.YearMonth.of(2022, 4)); m = m.plusMonths(1)) {
			if (!m.toString().equals(NOT_LOADED)) {
				months.add(m.toString());
			}
		}
		Path folder = Files.createTempDirectory("explore-test");
		data.importMonths(months, folder);
		borough = areas.list(AreaType.BOROUGH).get(0).code();
		ward = RawCharnwood.busiestWard();
		session = users.signIn(mvc, Role.PARISH_CLERK);
	}

	@AfterAll
	void removeTheTestMonths() {
		data.remove();
	}

	// Counts.

	@Test
	void theBoroughAWardAndThePriorityNeighbourhoodCountExactlyTheRawRowsInsideThem() throws Exception {
		Map<String, java.util.function.Predicate<RawCharnwood.Row>> places = new LinkedHashMap<>();
		places.put("/explore/borough/" + borough, RawCharnwood.inBorough());
		places.put("/explore/ward/" + ward, RawCharnwood.inWard(ward));
		places.put("/explore/custom/" + ExploreTestData.TOWN_CENTRE, RawCharnwood.in(RawCharnwood.townCentre()));
		for (var place : places.entrySet()) {
			String query = "?source=" + data.source + "&from=2021-01&to=2021-06";
			Map<String, Long> expectedTypes = RawCharnwood.byCategory(place.getValue(), "2021-01", "2021-06");
			Map<String, Long> expectedMonths = RawCharnwood.byMonth(place.getValue(), "2021-01", "2021-06");
			assertThat(expectedTypes.values().stream().mapToLong(Long::longValue).sum()).as(place.getKey()).isGreaterThan(100);

			assertThat(column(csv(place.getKey() + "/crime-types.csv" + query), "Crime type", "Incidents"))
				.as(place.getKey()).isEqualTo(expectedTypes);
			assertThat(column(csv(place.getKey() + "/months.csv" + query), "Month", "Incidents"))
				.as(place.getKey()).isEqualTo(expectedMonths);
			String page = page(place.getKey() + query);
			assertThat(text(page, "total")).as(place.getKey()).isEqualTo(thousands(sum(expectedMonths)));
		}
	}

	@Test
	void theDefaultPeriodIsTheLatestTwelveLoadedMonthsAndTheMonthNotLoadedIsNoDataNeverZero() throws Exception {
		String path = "/explore/ward/" + ward;
		String query = "?source=" + data.source;
		List<CSVRecord> months = csv(path + "/months.csv" + query);
		// Twelve loaded months back from April 2022, skipping October 2021: April 2021 onwards, 13 months.
		assertThat(months).extracting(r -> r.get("Month")).hasSize(13).startsWith("2021-04").endsWith("2022-04");
		CSVRecord october = months.stream().filter(r -> r.get("Month").equals(NOT_LOADED)).findFirst().orElseThrow();
		assertThat(october.get("Status")).isEqualTo("No data (month not loaded)");
		assertThat(october.get("Incidents")).isEmpty();
		assertThat(october.get("Same month a year earlier")).isEqualTo(
				String.valueOf(RawCharnwood.total(RawCharnwood.inWard(ward), "2020-10", "2020-10")));
		assertThat(months).filteredOn(r -> !r.get("Month").equals(NOT_LOADED))
			.allSatisfy(r -> assertThat(r.get("Status")).isEqualTo("Loaded"));

		Map<String, Long> expected = RawCharnwood.byMonth(RawCharnwood.inWard(ward), "2021-04", "2022-04");
		expected.remove(NOT_LOADED);
		assertThat(column(months, "Month", "Incidents")).isEqualTo(expected);

		String page = page(path + query);
		assertThat(page).contains("<th scope=\"row\" class=\"govuk-table__header\">October 2021</th>");
		String octoberRow = page.substring(page.indexOf(">October 2021</th>"));
		octoberRow = octoberRow.substring(0, octoberRow.indexOf("</tr>"));
		assertThat(octoberRow).contains("No data").doesNotContainPattern(">\\s*0\\s*<");
		assertThat(text(page, "total")).isEqualTo(thousands(sum(expected)) + " in the 12 months with data (of 13)");
		// The chart marks the month and says so in its text alternative.
		assertThat(page).contains("class=\"csp-chart__missing\"").contains(">No data</text>")
			.contains("No data for October 2021: not loaded, not zero.");
		assertThat(page).contains("<option value=\"2021-10\">October 2021 (no data)</option>");
	}

	// Change against a year earlier.

	@Test
	void theChangeIsAgainstTheSameMonthsAYearEarlier() throws Exception {
		String path = "/explore/ward/" + ward;
		String query = "?source=" + data.source + "&from=2021-01&to=2021-06";
		long now = RawCharnwood.total(RawCharnwood.inWard(ward), "2021-01", "2021-06");
		long before = RawCharnwood.total(RawCharnwood.inWard(ward), "2020-01", "2020-06");
		long difference = now - before;
		double percent = 100.0 * difference / before;

		String page = page(path + query);
		assertThat(page).contains("Same months a year earlier (January 2020 to June 2020)");
		assertThat(text(page, "earlier")).isEqualTo(thousands(before));
		assertThat(text(page, "change")).isEqualTo(signed(difference) + " (" + signedPercent(percent) + ")");

		Map<String, Long> nowByType = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2021-01", "2021-06");
		Map<String, Long> beforeByType = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2020-01", "2020-06");
		for (CSVRecord row : csv(path + "/crime-types.csv" + query)) {
			long n = nowByType.getOrDefault(row.get("Crime type"), 0L);
			long b = beforeByType.getOrDefault(row.get("Crime type"), 0L);
			assertThat(row.get("Same period a year earlier")).as(row.get("Crime type")).isEqualTo(String.valueOf(b));
			assertThat(row.get("Difference")).as(row.get("Crime type")).isEqualTo(String.valueOf(n - b));
			assertThat(row.get("Change (%)")).as(row.get("Crime type"))
				.isEqualTo(b == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * (n - b) / b));
		}
	}

	@Test
	void theChangeIsNotAvailableWhenMonthsOfEitherPeriodAreNotLoaded() throws Exception {
		String path = "/explore/borough/" + borough;
		// A year before January 2020 nothing is loaded (the extract starts in December 2019).
		String early = page(path + "?source=" + data.source + "&from=2020-01&to=2020-03");
		assertThat(text(early, "earlier")).isEqualTo(
				"Not available: there is no data for January 2019, February 2019 and March 2019, months of the same period a year earlier.");
		assertThat(text(early, "change")).isEqualTo("Not available");
		assertThat(csv(path + "/crime-types.csv?source=" + data.source + "&from=2020-01&to=2020-03"))
			.allSatisfy(r -> assertThat(r.get("Same period a year earlier") + r.get("Difference") + r.get("Change (%)")).isEmpty());

		// A period with a month not loaded cannot be compared either: the missing month would look like a fall.
		String gap = page(path + "?source=" + data.source + "&from=2021-09&to=2021-11");
		assertThat(text(gap, "earlier")).isEqualTo("Not available: there is no data for October 2021 in the chosen period.");
		assertThat(text(gap, "change")).isEqualTo("Not available");
	}

	// Rates.

	@Test
	void theRatePerThousandResidentsUsesThePopulationOfTheAreasLsoas() throws Exception {
		String path = "/explore/ward/" + ward;
		String query = "?source=" + data.source + "&from=2021-01&to=2021-06";
		long population = RawCharnwood.wardPopulation(ward);
		long total = RawCharnwood.total(RawCharnwood.inWard(ward), "2021-01", "2021-06");
		assertThat(population).isPositive();

		String page = page(path + query);
		assertThat(page).contains(thousands(population));
		assertThat(text(page, "rate")).isEqualTo(String.format(Locale.UK, "%,.1f", total * 1000.0 / population));
		Map<String, Long> byType = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2021-01", "2021-06");
		for (CSVRecord row : csv(path + "/crime-types.csv" + query)) {
			assertThat(row.get("Per 1,000 residents")).isEqualTo(
					String.format(Locale.ROOT, "%.1f", byType.get(row.get("Crime type")) * 1000.0 / population));
		}
	}

	@Test
	void anAreaWithNoKnownPopulationSaysSoInsteadOfARate() throws Exception {
		String page = page("/explore/custom/" + ExploreTestData.TINY + "?source=" + data.source);
		assertThat(text(page, "rate")).isEqualTo("Not known: there is no population figure for this area");
		assertThat(page).contains("Not known: the area contains no LSOA");
	}

	// Filters.

	@Test
	void crimeTypeAndPeriodFiltersCountOnlyWhatWasChosenAndTheLinksKeepTheChoice() throws Exception {
		String path = "/explore/ward/" + ward;
		String query = "?source=" + data.source + "&from=2020-02&to=2020-08&category=Burglary&category=Vehicle crime";
		Map<String, Long> all = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2020-02", "2020-08");
		Map<String, Long> expected = new TreeMap<>();
		expected.put("Burglary", all.getOrDefault("Burglary", 0L));
		expected.put("Vehicle crime", all.getOrDefault("Vehicle crime", 0L));

		assertThat(column(csv(path + "/crime-types.csv" + query), "Crime type", "Incidents")).isEqualTo(expected);
		List<CSVRecord> months = csv(path + "/months.csv" + query);
		assertThat(months).extracting(r -> r.get("Month")).containsExactly("2020-02", "2020-03", "2020-04", "2020-05",
				"2020-06", "2020-07", "2020-08");
		assertThat(months.stream().mapToLong(r -> Long.parseLong(r.get("Incidents"))).sum()).isEqualTo(sum(expected));

		String page = page(path + query);
		assertThat(page).containsPattern("value=\"Burglary\"\\s+id=\"[^\"]+\"\\s+checked=\"checked\">")
			.containsPattern("value=\"Vehicle crime\"\\s+id=\"[^\"]+\"\\s+checked=\"checked\">")
			.containsPattern("value=\"Robbery\"\\s+id=\"[^\"]+\">");
		assertThat(page).containsPattern("<option value=\"2020-02\"\\s+selected=\"selected\">February 2020</option>")
			.containsPattern("<option value=\"2020-08\"\\s+selected=\"selected\">August 2020</option>");
		assertThat(page).contains("months.csv?source=" + data.source + "&amp;from=2020-02&amp;to=2020-08&amp;category=Burglary&amp;category=Vehicle%20crime");
		assertThat(text(page, "total")).isEqualTo(thousands(sum(expected)));
	}

	@Test
	void badFiltersAreExplainedAtTheirFieldsAndDownloadsRefuseThem() throws Exception {
		String path = "/explore/ward/" + ward;
		String page = page(path + "?source=" + data.source + "&from=2021-13&to=2020-01&category=Piracy");
		assertThat(page).contains("There is a problem")
			.contains("<a href=\"#from\">Choose a start month from December 2019 to April 2022</a>")
			.contains("<a href=\"#category\">Choose crime types from the list</a>")
			.doesNotContain("id=\"total\"");
		String backwards = page(path + "?source=" + data.source + "&from=2021-06&to=2021-01");
		assertThat(backwards).contains("<a href=\"#to\">The end month must be the same as or after the start month</a>");

		MockHttpServletResponse refused = mvc.perform(get(path + "/months.csv?source=" + data.source + "&from=2021-06&to=2021-01")
			.session(session)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("The end month must be the same as or after the start month");
	}

	@Test
	void theHomePageAndTheAreasListLeadToTheProfiles() throws Exception {
		assertThat(page("/")).contains("href=\"/explore/borough\"");
		MockHttpServletResponse borough = mvc.perform(get("/explore/borough").session(session)).andReturn().getResponse();
		assertThat(borough.getStatus()).isEqualTo(302);
		assertThat(borough.getRedirectedUrl()).isEqualTo("/explore/borough/" + this.borough);
		assertThat(page("/areas")).contains("href=\"/explore/ward/" + ward + "\"",
				"href=\"/explore/custom/" + ExploreTestData.TOWN_CENTRE + "\"", "href=\"/explore/lsoa/E01025670\"");
		assertThat(page("/explore")).contains("href=\"/explore/ward/" + ward + "\"");
	}

	@Test
	void unknownAreasAreNotFound() throws Exception {
		assertThat(mvc.perform(get("/explore/ward/E05999999").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/explore/county/" + ward).session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	// Downloads and the map.

	@Test
	void theGridSquaresDownloadAndTheMapDataCountEveryLocatedIncidentInItsSquare() throws Exception {
		String path = "/explore/ward/" + ward;
		String query = "?source=" + data.source + "&from=2021-01&to=2021-06";
		Map<String, Long> expected = squares(RawCharnwood.inWard(ward), "2021-01", "2021-06");

		MockHttpServletResponse response = mvc.perform(get(path + "/grid-cells.csv" + query).session(session)).andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"ward-" + ward.toLowerCase(Locale.ROOT) + "-grid-cells-2021-01-to-2021-06.csv\"");
		Map<String, Long> squares = new TreeMap<>();
		for (CSVRecord r : parse(response.getContentAsString())) {
			assertThat(r.get("Square size (m)")).isEqualTo("250");
			squares.put(r.get("Easting of south-west corner (m)") + "," + r.get("Northing of south-west corner (m)"),
					Long.parseLong(r.get("Incidents")));
		}
		assertThat(squares).isEqualTo(expected);

		JsonNode map = JsonMapper.shared().readTree(mvc.perform(get(path + "/map.json" + query).session(session))
			.andReturn().getResponse().getContentAsString());
		assertThat(map.get("cells").get("features").size()).isEqualTo(expected.size());
		long sum = 0;
		for (JsonNode feature : map.get("cells").get("features")) {
			sum += feature.get("properties").get("count").asLong();
			assertThat(feature.get("geometry").get("coordinates").get(0).size()).isEqualTo(5);
		}
		assertThat(sum).isEqualTo(sum(expected));
		assertThat(map.get("boundary").get("type").asString()).isIn("Polygon", "MultiPolygon");
		assertThat(map.has("tiles")).as("no tile server unless one is configured").isFalse();
	}

	@Test
	void theDownloadsAreCsvFilesNamedForTheAreaAndPeriod() throws Exception {
		String path = "/explore/borough/" + borough;
		MockHttpServletResponse months = mvc.perform(get(path + "/months.csv?source=" + data.source + "&from=2021-09&to=2021-11")
			.session(session)).andReturn().getResponse();
		assertThat(months.getStatus()).isEqualTo(200);
		assertThat(months.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(months.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"borough-" + borough.toLowerCase(Locale.ROOT) + "-months-2021-09-to-2021-11.csv\"");
		List<CSVRecord> rows = parse(months.getContentAsString());
		assertThat(rows).extracting(r -> r.get("Month") + " " + r.get("Status"))
			.containsExactly("2021-09 Loaded", "2021-10 No data (month not loaded)", "2021-11 Loaded");
		// One column per crime type: a loaded month's types add up to its total; a missing month's are empty.
		List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
		List<String> types = header.subList(header.indexOf("Same month a year earlier") + 1, header.size());
		assertThat(types).contains("Anti-social behaviour", "Violence and sexual offences");
		for (CSVRecord row : rows) {
			if (row.get("Status").equals("Loaded")) {
				assertThat(types.stream().mapToLong(t -> Long.parseLong(row.get(t))).sum())
					.isEqualTo(Long.parseLong(row.get("Incidents")));
			}
			else {
				assertThat(types).allSatisfy(t -> assertThat(row.get(t)).isEmpty());
			}
		}
		assertThat(column(rows, "Month", "Incidents")).containsEntry("2021-09",
				RawCharnwood.total(RawCharnwood.inBorough(), "2021-09", "2021-09"));
	}

	// Helpers: requests, the CSV and page readers, and the independent grid count.

	private String page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private List<CSVRecord> csv(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return parse(response.getContentAsString());
	}

	static List<CSVRecord> parse(String text) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
			.getRecords();
	}

	private static Map<String, Long> column(List<CSVRecord> rows, String key, String value) {
		Map<String, Long> result = new TreeMap<>();
		rows.stream().filter(r -> !r.get(value).isEmpty()).forEach(r -> result.put(r.get(key), Long.parseLong(r.get(value))));
		return result;
	}

	/** The text of the element with the id, tags removed and white space collapsed. */
	static String text(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element #" + id).isPositive();
		start = page.indexOf('>', start) + 1;
		String rest = page.substring(start);
		String tag = page.substring(page.lastIndexOf('<', start) + 1, page.indexOf(' ', page.lastIndexOf('<', start)));
		String inner = rest.substring(0, rest.indexOf("</" + tag + ">"));
		return inner.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").replace(" )", ")")
			.replace("( ", "(").trim();
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private static String thousands(long n) {
		return String.format(Locale.UK, "%,d", n);
	}

	private static String signed(long n) {
		return (n > 0 ? "+" : n < 0 ? "\u2212" : "") + thousands(Math.abs(n));
	}

	private static String signedPercent(double p) {
		return (p > 0 ? "+" : p < 0 ? "\u2212" : "") + String.format(Locale.UK, "%.1f", Math.abs(p)) + "%";
	}

	/** The raw rows of an area counted by 250 m square, projected with proj4j directly. */
	private static Map<String, Long> squares(java.util.function.Predicate<RawCharnwood.Row> area, String from, String to) {
		CRSFactory crs = new CRSFactory();
		CoordinateTransform transform = new CoordinateTransformFactory().createTransform(crs.createFromName("EPSG:4326"),
				crs.createFromName("EPSG:27700"));
		Map<String, Long> squares = new TreeMap<>();
		RawCharnwood.rows().stream()
			.filter(r -> r.month().compareTo(from) >= 0 && r.month().compareTo(to) <= 0)
			.filter(area)
			.forEach(r -> {
				ProjCoordinate out = new ProjCoordinate();
				transform.transform(new ProjCoordinate(r.point().getX(), r.point().getY()), out);
				long west = (long) Math.floor(out.x / 250) * 250;
				long south = (long) Math.floor(out.y / 250) * 250;
				squares.merge(west + "," + south, 1L, Long::sum);
			});
		return squares;
	}

}
