package org.csphub.browser;

import java.util.List;

import org.csphub.TestDatabaseProfiles;
import org.csphub.TestUsers;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.csphub.reporting.Reports;
import org.csphub.reporting.SampleReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report fragment ({@code reporting/report :: report(document)}) in a real page of the service,
 * with the GOV.UK styles and the Content-Security-Policy, in Chromium: {@link Browser} checks it with
 * axe-core against WCAG 2.2 AA and fails on any console error (an inline style in a chart refused by
 * the policy, say). The page exists only in this test's application context: a controller nested in
 * the test, which component scanning leaves out.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import({ TestUsers.class, ReportBrowserIntegrationTests.SampleReportPage.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserIntegrationTests {

	@Controller
	@PreAuthorize("isAuthenticated()")
	static class SampleReportPage {

		@GetMapping("/reporting/sample")
		String sample(Model model) {
			model.addAttribute("document", SampleReports.strategicAssessment());
			return "reporting-test/sample";
		}

	}

	private Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@BeforeAll
	void startTheBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	void quit() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theSampleReportIsAccessibleWithTheRealStylesAndPolicy() {
		browser.startAfresh("http://localhost:" + port);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		browser.visit("/sign-in").type("username", analyst.username()).type("password", TestUsers.PASSWORD).press("Sign in");
		// Checked on arrival: status, console, layout, and axe-core with every WCAG 2.2 A and AA rule.
		browser.visit("/reporting/sample");
		assertThat(browser.heading()).isEqualTo(SampleReports.strategicAssessment().title());
		assertThat(browser.title()).isEqualTo(SampleReports.strategicAssessment().title() + " – CSP Hub");

		List<String> headings = browser.elements(By.cssSelector("main h2, main h3")).stream()
			.map(h -> h.getTagName() + " " + h.getText().trim())
			.toList();
		assertThat(headings).startsWith("h2 Contents", "h2 Summary", "h2 1. Crime overall", "h3 1.1 Burglary");

		// Numbers are right-aligned by the GOV.UK styles; a chart is an image named by its text alternative.
		WebElement number = browser.element(By.cssSelector("#table-crime-by-type td.govuk-table__cell--numeric"));
		assertThat(number.getCssValue("text-align")).isEqualTo("right");
		WebElement chart = browser.element(By.cssSelector("#figure-monthly svg"));
		assertThat(chart.getDomAttribute("role")).isEqualTo("img");
		assertThat(chart.getAccessibleName()).isEqualTo(
				"Crime each month was between 950 and 1,164; October 2026 has no data.");
		assertThat(chart.getSize().getWidth()).as("the chart is drawn at the page's width").isGreaterThan(300);

		// The contents links move within the page; the page is checked again where it lands.
		browser.clickInPage(browser.element(By.cssSelector("nav a[href='#places']")));
		assertThat(browser.path()).isEqualTo("/reporting/sample");
		browser.screenshot("report-sample");
		browser.assertAccessible();
	}

	@Test
	void theReportsBeanRendersTheSameFragmentOnItsOwn() {
		String html = new Reports().html(SampleReports.strategicAssessment());
		assertThat(html).startsWith("<div class=\"csp-report\"").contains("id=\"table-crime-by-type\"");
	}

}
