package org.csphub.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csphub.TestDatabaseProfiles;
import org.csphub.TestUsers;
import org.csphub.areas.Areas;
import org.csphub.explore.ExploreTestData;
import org.csphub.incidents.IncidentImports;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An area profile in a real browser: reached from the home page, filtered with the form, and its
 * Leaflet map drawn from the map JSON with no tile server. {@link Browser} checks every page with
 * axe-core and fails on any console error (a script or style the Content-Security-Policy refused);
 * the page is checked again once the map has been drawn.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(TestUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreBrowserIntegrationTests {

	private Browser browser;

	private ExploreTestData data;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void loadCharnwoodAndStartTheBrowser() throws Exception {
		browser = Browser.start();
		data = new ExploreTestData(areas, imports, jdbc);
		data.importAreas();
		List<String> months = new ArrayList<>();
		for (java.time.YearMonth m = java.time.YearMonth.of(2020, 9); !m.isAfter(java.time.YearMonth.of(2021, 12)); m = m.plusMonths(1)) {
			if (m.getMonthValue() != 10 || m.getYear() != 2021) {
				months.add(m.toString());
			}
		}
		data.importMonths(months, Files.createTempDirectory("explore-browser"));
	}

	@AfterAll
	void quit() {
		if (data != null) {
			data.remove();
		}
		if (browser != null) {
			System.out.println("Explore journeys checked " + browser.checkedPages().size() + " pages:\n  "
					+ String.join("\n  ", browser.checkedPages()));
			browser.quit();
		}
	}

	@Test
	void aPartnerOpensTheBoroughProfileFiltersItAndSeesTheMapWithoutATileServer() {
		browser.startAfresh("http://localhost:" + port);
		UserAccount clerk = testUsers.create(Role.PARISH_CLERK);
		browser.visit("/sign-in").type("username", clerk.username()).type("password", TestUsers.PASSWORD).press("Sign in");

		browser.follow("See the borough's profile: crime and anti-social behaviour by month, crime type and place");
		assertThat(browser.path()).startsWith("/explore/borough/");
		assertThat(browser.heading()).isEqualTo("Charnwood");
		assertThat(browser.title()).isEqualTo("Charnwood – Borough profile – CSP Hub");

		// The shared test database may hold other sources: choose this test's months.
		if (browser.has(By.id("source"))) {
			browser.select("source", "police.uk street crime and ASB (" + data.force + ")");
		}
		browser.select("from", "January 2021").select("to", "December 2021").choose("Burglary").press("Show profile");
		assertThat(browser.path()).contains("from=2021-01", "to=2021-12", "category=Burglary");
		assertThat(browser.summaryValue("Crime types")).isEqualTo("Burglary");
		assertThat(browser.summaryValue("Months with no data")).startsWith("No data October 2021");
		assertThat(browser.text(By.id("earlier"))).isEqualTo(
				"Not available: there is no data for October 2021 in the chosen period.");
		assertThat(browser.element(By.cssSelector("svg.csp-chart")).getDomAttribute("role")).isEqualTo("img");

		Map<String, Object> map = waitForTheMap();
		assertThat(map.get("drawn")).as("the map was drawn: " + map).isEqualTo(true);
		assertThat((Long) map.get("squares")).isPositive();
		assertThat((Long) map.get("boundary")).isEqualTo(1L);
		assertThat((Long) map.get("tiles")).as("no tile images without a tile server").isZero();
		assertThat(map.get("elsewhere")).as("nothing loaded from another origin").isEqualTo(List.of());
		assertThat(browser.text(By.id("profile-map-status"))).startsWith("The map shows ");
		List<LogEntry> console = browser.takeConsoleMessages();
		assertThat(console).filteredOn(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.as("console warnings or errors after the map was drawn").isEmpty();
		browser.assertAccessible();
		browser.screenshot("borough-profile");

		// A bad choice is explained at its field, GOV.UK style.
		browser.select("from", "December 2021").select("to", "January 2021").press("Show profile");
		assertThat(browser.errorSummary().links()).extracting(Browser.SummaryLink::href).containsExactly("#to");
		assertThat(browser.title()).isEqualTo("Charnwood – Borough profile – CSP Hub");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> waitForTheMap() {
		return (Map<String, Object>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				const started = Date.now();
				(function poll() {
				  const map = document.getElementById('profile-map');
				  const drawn = map.classList.contains('csp-map--drawn');
				  if (drawn || Date.now() - started > 20000) {
				    const paths = map.querySelectorAll('svg path');
				    const elsewhere = performance.getEntriesByType('resource')
				      .map(r => r.name).filter(n => !n.startsWith(location.origin));
				    done({ drawn: drawn,
				           squares: Array.from(paths).filter(p => p.getAttribute('stroke-dasharray') === null).length,
				           boundary: Array.from(paths).filter(p => p.getAttribute('stroke-dasharray') === '6 4').length,
				           tiles: map.querySelectorAll('img.leaflet-tile').length,
				           elsewhere: elsewhere });
				  } else {
				    setTimeout(poll, 100);
				  }
				})();
				""");
	}

}
