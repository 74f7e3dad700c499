package org.csphub.browser;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A strategic assessment of the demo district (Charnwood's real police.uk months) in a real browser:
 * an analyst starts it through the question pages, writes commentary, scores every candidate issue
 * and decides the priorities, and submits it; a coordinator reviews and approves it, and a committee
 * member reads the approved report. {@link Browser} checks every page with axe-core.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(TestUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBrowserIntegrationTests {

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
		for (YearMonth m = YearMonth.of(2020, 5); !m.isAfter(YearMonth.of(2022, 4)); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		data.importMonths(months, Files.createTempDirectory("assessment-browser"));
	}

	@AfterAll
	void quit() {
		if (data != null) {
			data.remove();
		}
		if (browser != null) {
			System.out.println("Assessment journey checked " + browser.checkedPages().size() + " pages:\n  "
					+ String.join("\n  ", browser.checkedPages()));
			browser.quit();
		}
	}

	@Test
	void anAnalystPreparesTheAssessmentAndACoordinatorApprovesIt() {
		browser.startAfresh("http://localhost:" + port);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(analyst);

		browser.navigateTo("Assessments");
		assertThat(browser.heading()).isEqualTo("Strategic assessments");
		browser.follow("Start an assessment");
		if (browser.heading().equals("How do you want to start?")) {
			browser.press("Continue");
			assertThat(browser.errorSummary().links()).extracting(Browser.SummaryLink::href).containsExactly("#start");
			browser.choose("Start a new assessment").press("Continue");
		}
		assertThat(browser.heading()).isEqualTo("Which months should the assessment cover?");
		browser.select("first", "April 2022").select("last", "March 2022").press("Continue");
		assertThat(browser.errorSummary().links()).extracting(Browser.SummaryLink::href).containsExactly("#last");
		browser.select("first", "May 2021").select("last", "April 2022").press("Continue");
		assertThat(browser.heading()).isEqualTo("Which months should it be compared with?");
		assertThat(browser.element(By.id("comparisonFirst")).getDomProperty("value")).isEqualTo("2020-05");
		assertThat(browser.element(By.id("comparisonLast")).getDomProperty("value")).isEqualTo("2021-04");
		browser.press("Continue");
		assertThat(browser.heading()).isEqualTo("Check before you start the assessment");
		assertThat(browser.summaryValue("Months covered")).isEqualTo("May 2021 to April 2022");
		assertThat(browser.summaryValue("Compared with")).isEqualTo("May 2020 to April 2021");
		browser.press("Start the assessment");

		String tasks = browser.path();
		assertThat(tasks).matches("/assessments/[0-9a-f-]{36}");
		assertThat(browser.successBanner()).isEqualTo("You started the assessment for 12 months to April 2022");
		assertThat(browser.heading()).isEqualTo("12 months to April 2022");
		assertThat(browser.text(By.id("submit-status"))).isEqualTo("Cannot start yet");

		// Commentary on every section: a refusal first (no answer to "completed"), then saved.
		List<String> sections = browser.elements(By.cssSelector("ul.govuk-task-list"))
			.get(0)
			.findElements(By.cssSelector("a.govuk-task-list__link"))
			.stream()
			.map(a -> a.getText().trim())
			.toList();
		assertThat(sections).isNotEmpty();
		boolean first = true;
		for (String section : sections) {
			browser.follow(section);
			assertThat(browser.heading()).isEqualTo(section);
			browser.type("body", first ? "Crime and anti-social behaviour fell slightly.\n\nShoplifting rose in the town centre."
					: "What " + section + " means for the partnership.");
			if (first) {
				browser.press("Save and return to the task list");
				assertThat(browser.errorSummary().links()).extracting(Browser.SummaryLink::href).containsExactly("#completed");
			}
			browser.choose("Yes").press("Save and return to the task list");
			assertThat(browser.path()).isEqualTo(tasks);
			first = false;
		}
		assertThat(browser.elements(By.cssSelector("ul.govuk-task-list")).get(0).findElements(By.cssSelector(".govuk-tag")))
			.as("every section complete").isEmpty();

		// Score and decide every candidate issue.
		browser.follow("Score the candidate issues");
		assertThat(browser.heading()).isEqualTo("Score and decide priorities");
		List<String> titles = browser.elements(By.cssSelector(".govuk-summary-card__actions a"))
			.stream()
			.map(a -> a.getDomProperty("textContent").replaceAll("\\s+", " ").trim())
			.filter(t -> t.startsWith("Score "))
			.map(t -> t.substring("Score ".length()))
			.toList();
		assertThat(titles).as("candidate issues from the data").isNotEmpty();
		for (int i = 0; i < titles.size(); i++) {
			String title = titles.get(i);
			browser.follow("Score " + title);
			assertThat(browser.heading()).isEqualTo("Score " + title);
			List<WebElement> threes = browser.elements(By.cssSelector("input[type=radio][value='" + Math.max(1, 4 - i)
					+ "'][name^='score-']"));
			assertThat(threes).hasSize(8);
			for (WebElement radio : threes) {
				browser.clickInPage(browser.element(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")));
			}
			browser.choose("B: Medium").press("Save scores");
			assertThat(browser.successBanner()).isEqualTo("The scores for " + title + " were saved");
			browser.follow("Decide " + title);
			assertThat(browser.heading()).isEqualTo("Should " + title + " be a priority?");
			browser.choose(i == 0 ? "Yes, make it a priority" : "No, it is not a priority")
				.type("reason", i == 0 ? "Highest harm and volume" : "Lower harm; the police lead on it")
				.press("Save decision");
			assertThat(browser.successBanner()).isEqualTo("The decision on " + title + " was saved");
		}
		browser.follow("Back to the task list");
		assertThat(browser.text(By.id("scoring-status"))).isEqualTo("Completed");
		assertThat(browser.text(By.id("decisions-status"))).isEqualTo("Completed");

		browser.follow("Read the report");
		assertThat(browser.pageText()).contains("Shoplifting rose in the town centre.", "Priorities",
				"Contains public sector information licensed under the Open Government Licence v3.0.");
		browser.follow("Back to the task list");
		browser.follow("Check and submit for review");
		browser.press("Submit for review");
		assertThat(browser.successBanner()).isEqualTo("The assessment was submitted for review");
		assertThat(browser.text(By.cssSelector("h1 + p .govuk-tag"))).isEqualTo("In review");
		browser.follow("See the history of changes");
		assertThat(browser.tableRows().get(0)).contains("Submitted for review");
		browser.press("Sign out");

		// A coordinator reviews and approves it.
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		signIn(coordinator);
		browser.navigateTo("Assessments");
		browser.visit(tasks);
		browser.follow("Review the assessment");
		assertThat(browser.heading()).isEqualTo("Review the assessment");
		browser.press("Approve the assessment");
		assertThat(browser.successBanner()).isEqualTo("The assessment was approved");
		assertThat(browser.text(By.cssSelector("h1 + p .govuk-tag"))).isEqualTo("Approved");
		browser.follow("Read the report");
		assertThat(browser.text(By.id("report-status"))).startsWith("Approved on ").endsWith("(version 1)");
		browser.press("Sign out");

		// A committee member reads the approved report, but not drafts.
		UserAccount councillor = testUsers.create(Role.COMMITTEE_MEMBER);
		signIn(councillor);
		browser.navigateTo("Assessments");
		browser.visit(tasks + "/report");
		assertThat(browser.pageText()).contains("Shoplifting rose in the town centre.");
		browser.screenshot("assessment-report");
		browser.visit(tasks, 403);
	}

	private void signIn(UserAccount user) {
		browser.visit("/sign-in").type("username", user.username()).type("password", TestUsers.PASSWORD).press("Sign in");
		assertThat(browser.path()).as("signed in as %s", user.username()).isEqualTo("/");
	}

}
