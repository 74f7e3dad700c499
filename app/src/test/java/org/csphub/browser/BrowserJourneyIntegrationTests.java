package org.csphub.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csphub.TestDatabaseProfiles;
import org.csphub.TestUsers;
import org.csphub.browser.Browser.NavigationLink;
import org.csphub.browser.Browser.SummaryLink;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journeys through the running service in a real browser (Debian's headless Chromium). Every page
 * the browser lands on is checked by {@link Browser}: expected HTTP status, no console errors (so
 * the Content-Security-Policy refused nothing of ours), the GOV.UK layout, and no axe-core WCAG 2.2
 * AA violation.
 *
 * <p>Skipped when Chromium is not installed, unless {@code -Dcsphub.browser.required=true} or
 * {@code CI=true}, when that is a failure.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(TestUsers.class)
class BrowserJourneyIntegrationTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			List<String> pages = browser.checkedPages();
			System.out.println("Browser journeys checked " + pages.size() + " pages:\n  " + String.join("\n  ", pages));
			browser.quit();
		}
	}

	@BeforeEach
	void signedOut() {
		browser.startAfresh("http://localhost:" + port);
	}

	@AfterEach
	void everyPageWasChecked() {
		// Reading the path makes sure the page the journey ended on has been checked too.
		browser.path();
	}

	@Test
	void theSignInPageIsWhereSignedOutPeopleStart() {
		browser.visit("/");

		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.title()).isEqualTo("Sign in – CSP Hub");
		assertThat(browser.heading()).isEqualTo("Sign in");
		assertThat(browser.navigation()).isEmpty();
		assertThat(browser.element(By.id("username")).getDomAttribute("autocomplete")).isEqualTo("username");
		assertThat(browser.element(By.id("password")).getDomAttribute("autocomplete")).isEqualTo("current-password");
		assertThat(browser.has(By.cssSelector(".govuk-error-summary"))).isFalse();
	}

	@Test
	void theSkipLinkIsTheFirstThingToFocusAndMovesFocusToTheMainContent() {
		browser.visit("/sign-in");
		assertSkipLinkComesFirst();

		signIn(testUsers.create(Role.COORDINATOR));
		browser.visit("/organisations");
		assertSkipLinkComesFirst();
	}

	private void assertSkipLinkComesFirst() {
		browser.tab();
		WebElement skipLink = browser.focused();
		assertThat(skipLink.getDomAttribute("class")).contains("govuk-skip-link");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main-content");
		assertThat(skipLink.getText()).isEqualTo("Skip to main content");
		assertThat(skipLink.getSize().getHeight()).as("the skip link shows when focused").isGreaterThan(1);

		browser.pressKey(Keys.ENTER);
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main-content");
	}

	@Test
	void govukFrontendRunsUnderTheContentSecurityPolicyWhichRefusesScriptsWithoutItsNonce() {
		browser.visit("/sign-in");

		// The inline script that marks the body carries the nonce; GOV.UK Frontend's modules ran.
		assertThat(browser.element(By.tagName("body")).getDomAttribute("class")).contains("js-enabled",
				"govuk-frontend-supported");
		assertThat(browser.element(By.cssSelector("[data-module='govuk-skip-link']")).getDomAttribute("data-govuk-skip-link-init"))
			.isNotNull();
		assertThat(browser.element(By.cssSelector("[data-module='govuk-button']")).getDomAttribute("data-govuk-button-init"))
			.isNotNull();

		// An inline script without the nonce is refused.
		@SuppressWarnings("unchecked")
		Map<String, Object> outcome = (Map<String, Object>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				document.addEventListener('securitypolicyviolation',
					e => done({ directive: e.effectiveDirective, ran: window.csphubInjected === true }), { once: true });
				const script = document.createElement('script');
				script.textContent = 'window.csphubInjected = true;';
				document.body.appendChild(script);
				setTimeout(() => done({ directive: 'none', ran: window.csphubInjected === true }), 3000);
				""");
		assertThat(outcome).containsEntry("ran", false).containsEntry("directive", "script-src-elem");
		List<LogEntry> console = browser.takeConsoleMessages();
		assertThat(console).extracting(LogEntry::getMessage).anyMatch(m -> m.contains("Content Security Policy"));
	}

	@Test
	void theAccessibilityCheckFailsOnAViolationAndSaysWhere() {
		browser.visit("/sign-in");
		browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', "
				+ "'<img id=\"no-alt\" src=\"/assets/images/favicon.svg\">')");

		assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("1 accessibility violation")
			.hasMessageContaining("image-alt [critical]: Images must have alternative text")
			.hasMessageContaining("target: [#no-alt]")
			.hasMessageContaining("<img id=\"no-alt\" src=\"/assets/images/favicon.svg\">");
	}

	@Test
	void aFailedSignInShowsTheErrorSummaryLinkedToTheUsername() {
		UserAccount analyst = testUsers.create(Role.ANALYST);

		browser.visit("/sign-in").type("username", analyst.username()).type("password", "not-the-password").press("Sign in");

		assertThat(browser.path()).isEqualTo("/sign-in?error");
		assertThat(browser.title()).startsWith("Error: ").isEqualTo("Error: Sign in – CSP Hub");
		var summary = browser.errorSummary();
		assertThat(summary.title()).isEqualTo("There is a problem");
		assertThat(summary.links()).containsExactly(new SummaryLink("Enter a correct username and password", "#username"));
		assertEachErrorIsShownAtItsField(summary.links());
		// GOV.UK Frontend moves focus to the summary, and its links move focus to the field.
		assertThat(browser.focusOnArrival().classes()).contains("govuk-error-summary");
		browser.clickInPage(summary.link("Enter a correct username and password"));
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("username");
	}

	@Test
	void aCoordinatorMovesThroughTheServiceNavigation() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		signIn(coordinator);

		assertThat(browser.heading()).isEqualTo("Community safety in your partnership");
		assertThat(browser.navigation()).extracting(NavigationLink::label)
			.containsExactly("Home", "Explore", "Assessments", "Areas", "Data imports", "Organisations", "Users", "Audit log");
		assertCurrentNavigation("Home", "page");

		browser.navigateTo("Areas");
		assertThat(browser.path()).isEqualTo("/areas");
		assertCurrentNavigation("Areas", "page");

		browser.navigateTo("Data imports");
		assertThat(browser.path()).isEqualTo("/imports");
		assertThat(browser.heading()).isEqualTo("Data imports");
		assertCurrentNavigation("Data imports", "page");

		browser.navigateTo("Organisations");
		assertThat(browser.path()).isEqualTo("/organisations");
		assertThat(browser.title()).isEqualTo("Organisations – CSP Hub");
		assertThat(browser.heading()).isEqualTo("Partner organisations");
		assertCurrentNavigation("Organisations", "page");

		browser.navigateTo("Users");
		assertThat(browser.path()).isEqualTo("/users");
		assertThat(browser.heading()).isEqualTo("Users");
		assertCurrentNavigation("Users", "page");

		browser.navigateTo("Audit log");
		assertThat(browser.path()).isEqualTo("/audit");
		assertThat(browser.heading()).isEqualTo("Audit log");
		assertCurrentNavigation("Audit log", "page");

		browser.navigateTo("Home");
		assertThat(browser.path()).isEqualTo("/");
		assertCurrentNavigation("Home", "page");
	}

	@Test
	void aCoordinatorAddsAndChangesAnOrganisation() {
		signIn(testUsers.create(Role.COORDINATOR));
		String name = "Browser Fire and Rescue " + unique();

		browser.navigateTo("Organisations").follow("Add an organisation");
		assertThat(browser.heading()).isEqualTo("Add an organisation");
		assertCurrentNavigation("Organisations", "true");

		browser.press("Save organisation");
		assertThat(browser.title()).isEqualTo("Error: Add an organisation – CSP Hub");
		assertThat(browser.errorSummary().links()).containsExactly(
				new SummaryLink("Enter the organisation's name", "#name"),
				new SummaryLink("Select the type of organisation", "#type"));
		assertEachErrorIsShownAtItsField(browser.errorSummary().links());

		browser.type("name", name).choose("Fire and rescue service").press("Save organisation");

		assertThat(browser.path()).isEqualTo("/organisations");
		assertThat(browser.successBanner()).isEqualTo(name + " has been added");
		assertThat(browser.tableRows()).anySatisfy(row -> assertThat(row).startsWith(name, "Fire and rescue service"));

		browser.follow("Change " + name);
		assertThat(browser.heading()).isEqualTo("Change " + name);
		assertThat(browser.element(By.id("name")).getDomProperty("value")).isEqualTo(name);
		browser.choose("Police").press("Save organisation");

		assertThat(browser.path()).isEqualTo("/organisations");
		assertThat(browser.successBanner()).isEqualTo(name + " has been changed");
		assertThat(browser.tableRows()).anySatisfy(row -> assertThat(row).startsWith(name, "Police"));
	}

	@Test
	void aCoordinatorAddsAUserAfterCorrectingTheFormsErrors() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		signIn(coordinator);
		String username = "browser-" + unique();

		browser.navigateTo("Users").follow("Add a user");
		assertThat(browser.heading()).isEqualTo("Add a user");
		browser.press("Add user");

		assertThat(browser.path()).isEqualTo("/users/new");
		assertThat(browser.title()).isEqualTo("Error: Add a user – CSP Hub");
		var summary = browser.errorSummary();
		assertThat(summary.title()).isEqualTo("There is a problem");
		assertThat(summary.links()).extracting(SummaryLink::href)
			.containsExactly("#displayName", "#username", "#organisationId", "#roles", "#password");
		assertThat(browser.focusOnArrival().classes()).contains("govuk-error-summary");
		assertEachErrorIsShownAtItsField(summary.links());
		browser.clickInPage(summary.link("Select at least one role"));
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("roles");

		browser.type("displayName", "Priya Browser")
			.type("username", username)
			.type("email", username + "@example.org")
			.select("organisationId", coordinator.organisation().name())
			.choose("Analyst")
			.choose("Case officer")
			.type("password", "three-random-words")
			.type("confirmPassword", "three-random-words")
			.press("Add user");

		assertThat(browser.path()).matches("/users/[0-9a-f-]{36}");
		assertThat(browser.title()).isEqualTo("Priya Browser – CSP Hub");
		assertThat(browser.heading()).isEqualTo("Priya Browser");
		assertThat(browser.successBanner()).startsWith("Priya Browser has been added.");
		assertThat(browser.summaryValue("Username")).isEqualTo(username);
		assertThat(browser.summaryValue("Organisation")).isEqualTo(coordinator.organisation().name());
		assertThat(browser.summaryValue("Roles")).isEqualTo("Analyst\nCase officer");
		assertThat(browser.summaryValue("Status")).contains("Active", "must choose a new password");
		assertCurrentNavigation("Users", "true");
	}

	@Test
	void aCoordinatorChangesAUsersDetails() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(coordinator);

		browser.visit("/users/" + analyst.id()).follow("Change full name");
		assertThat(browser.path()).isEqualTo("/users/" + analyst.id() + "/edit");
		assertThat(browser.heading()).isEqualTo("Change user details");
		assertThat(browser.element(By.id("displayName")).getDomProperty("value")).isEqualTo(analyst.displayName());

		browser.type("displayName", "").untick("Analyst").press("Save changes");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary().links()).extracting(SummaryLink::href).containsExactly("#displayName", "#roles");
		assertEachErrorIsShownAtItsField(browser.errorSummary().links());

		browser.type("displayName", "Sam Changed")
			.type("email", "sam.changed@example.org")
			.choose("Analyst")
			.choose("Committee member")
			.press("Save changes");

		assertThat(browser.path()).isEqualTo("/users/" + analyst.id());
		assertThat(browser.successBanner()).isEqualTo("Sam Changed's details have been changed");
		assertThat(browser.summaryValue("Full name")).isEqualTo("Sam Changed");
		assertThat(browser.summaryValue("Email")).isEqualTo("sam.changed@example.org");
		assertThat(browser.summaryValue("Roles")).isEqualTo("Analyst\nCommittee member");
	}

	@Test
	void aCoordinatorDisablesAUserAndTheAuditLogShowsWhoDidIt() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(coordinator);

		browser.visit("/users/" + analyst.id()).press("Disable account");

		assertThat(browser.path()).isEqualTo("/users/" + analyst.id());
		assertThat(browser.successBanner()).isEqualTo("The account has been disabled and its sessions have ended");
		assertThat(browser.summaryValue("Status")).isEqualTo("Disabled");
		assertThat(browser.has(By.xpath("//button[normalize-space(.)='Enable account']"))).isTrue();
		assertThat(browser.tableRows()).as("the user's history")
			.anySatisfy(row -> assertThat(row).contains(coordinator.username(), "user.disabled"));

		browser.navigateTo("Audit log")
			.select("action", "user.disabled")
			.type("recordId", analyst.id().toString())
			.press("Apply filters");

		assertThat(browser.path()).startsWith("/audit?").contains("action=user.disabled");
		assertThat(browser.heading()).isEqualTo("Audit log");
		assertThat(browser.element(By.id("recordId")).getDomProperty("value")).isEqualTo(analyst.id().toString());
		List<List<String>> rows = browser.tableRows();
		assertThat(rows).hasSize(1);
		List<String> entry = rows.get(0);
		assertThat(entry.get(1)).isEqualTo(coordinator.username());
		assertThat(entry.get(3)).isEqualTo("user.disabled");
		assertThat(entry.get(4)).contains(analyst.id().toString());
		assertThat(entry.get(5)).isEqualTo("Success");
	}

	@Test
	void aCoordinatorSetsATemporaryPasswordForAUser() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(coordinator);

		browser.visit("/users/" + analyst.id()).follow("Set a temporary password");
		assertThat(browser.heading()).isEqualTo("Set a temporary password");
		browser.type("newPassword", "a-temporary-phrase").type("confirmPassword", "a-different-phrase").press("Set password");
		assertThat(browser.title()).isEqualTo("Error: Set a temporary password – CSP Hub");
		assertThat(browser.errorSummary().links())
			.containsExactly(new SummaryLink("The passwords do not match", "#confirmPassword"));
		assertEachErrorIsShownAtItsField(browser.errorSummary().links());

		browser.type("newPassword", "a-temporary-phrase").type("confirmPassword", "a-temporary-phrase").press("Set password");
		assertThat(browser.path()).isEqualTo("/users/" + analyst.id());
		assertThat(browser.successBanner()).startsWith("A temporary password has been set.");
		assertThat(browser.summaryValue("Status")).contains("must choose a new password");
	}

	@Test
	void anyoneSignedInSeesTheirAccountAndChangesTheirPassword() {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(analyst);
		assertThat(browser.navigation()).extracting(NavigationLink::label)
			.containsExactly("Home", "Explore", "Assessments", "Areas", "Data imports");

		browser.follow(analyst.displayName());
		assertThat(browser.path()).isEqualTo("/account");
		assertThat(browser.heading()).isEqualTo("Your account");
		assertThat(browser.summaryValue("Username")).isEqualTo(analyst.username());
		assertThat(browser.summaryValue("Roles")).isEqualTo("Analyst");

		browser.follow("Change your password");
		assertThat(browser.path()).isEqualTo("/account/password");
		assertThat(browser.heading()).isEqualTo("Change your password");
		browser.type("currentPassword", "not-my-password")
			.type("newPassword", "a-fresh-passphrase")
			.type("confirmPassword", "a-fresh-passphrase")
			.press("Change password");
		assertThat(browser.title()).isEqualTo("Error: Change your password – CSP Hub");
		assertThat(browser.errorSummary().links())
			.containsExactly(new SummaryLink("The current password is not correct", "#currentPassword"));
		assertEachErrorIsShownAtItsField(browser.errorSummary().links());
		assertThat(browser.element(By.id("currentPassword")).getDomProperty("value")).as("passwords are not sent back")
			.isEmpty();

		browser.type("currentPassword", TestUsers.PASSWORD)
			.type("newPassword", "a-fresh-passphrase")
			.type("confirmPassword", "a-fresh-passphrase")
			.press("Change password");
		assertThat(browser.path()).isEqualTo("/account");
		assertThat(browser.successBanner()).isEqualTo("Your password has been changed");
	}

	@Test
	void theAccessibilityStatementIsReachableFromTheFooterSignedOutAndSignedIn() {
		browser.visit("/sign-in").follow("Accessibility statement");
		assertThat(browser.path()).isEqualTo("/accessibility");
		assertThat(browser.title()).isEqualTo("Accessibility statement – CSP Hub");
		assertThat(browser.heading()).isEqualTo("Accessibility statement for CSP Hub");

		signIn(testUsers.create(Role.ANALYST));
		browser.follow("Accessibility statement");
		assertThat(browser.path()).isEqualTo("/accessibility");
		assertThat(browser.heading()).isEqualTo("Accessibility statement for CSP Hub");
		assertThat(browser.navigation()).extracting(NavigationLink::ariaCurrent).containsOnlyNulls();
	}

	@Test
	void anUnknownAddressShowsAPageNotFoundPageThatRevealsNothing() {
		signIn(testUsers.create(Role.COORDINATOR));

		browser.visit("/no-such-page", 404);

		assertThat(browser.title()).isEqualTo("Page not found – CSP Hub");
		assertThat(browser.heading()).isEqualTo("Page not found");
		assertThat(browser.pageText()).contains("If you typed the web address, check it is correct.");
		assertRevealsNothing();
		browser.follow("Go to the home page");
		assertThat(browser.path()).isEqualTo("/");
	}

	@Test
	void anAnalystWhoOpensTheUsersPageIsToldTheyCannotSeeItAndNothingMore() {
		signIn(testUsers.create(Role.ANALYST));

		browser.visit("/users", 403);

		assertThat(browser.title()).isEqualTo("You cannot see this page – CSP Hub");
		assertThat(browser.heading()).isEqualTo("You cannot see this page");
		assertThat(browser.navigation()).extracting(NavigationLink::label)
			.containsExactly("Home", "Explore", "Assessments", "Areas", "Data imports");
		assertRevealsNothing();
	}

	@Test
	void signingOutFromTheHeaderReturnsToSignInWithASignedOutBanner() {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		signIn(analyst);

		browser.press("Sign out");

		assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
		assertThat(browser.heading()).isEqualTo("Sign in");
		assertThat(browser.text(By.cssSelector(".govuk-notification-banner"))).contains("You have signed out.");
		assertThat(browser.has(By.xpath("//button[normalize-space(.)='Sign out']"))).isFalse();
		browser.visit("/account");
		assertThat(browser.path()).isEqualTo("/sign-in");
	}

	private void signIn(UserAccount user) {
		browser.visit("/sign-in").type("username", user.username()).type("password", TestUsers.PASSWORD).press("Sign in");
		assertThat(browser.path()).as("signed in as %s", user.username()).isEqualTo("/");
		assertThat(browser.text(By.cssSelector(".csp-header__account-link"))).isEqualTo(user.displayName());
	}

	/**
	 * Each error in the summary is repeated at its field, prefixed "Error:" for screen readers, and
	 * describes the field: a text input or select itself, a group of radios or checkboxes through
	 * its fieldset.
	 */
	private void assertEachErrorIsShownAtItsField(List<SummaryLink> links) {
		for (SummaryLink link : links) {
			assertThat(link.href()).startsWith("#");
			String field = link.href().substring(1);
			WebElement described = browser.element(By.xpath("//*[@id='" + field + "']/ancestor-or-self::*"
					+ "[self::input[not(@type='checkbox' or @type='radio')] or self::select or self::fieldset][1]"));
			assertThat(described.getDomAttribute("aria-describedby")).as("what describes %s", field)
				.contains(field + "-error");
			assertThat(browser.spokenText(By.id(field + "-error"))).isEqualTo("Error: " + link.text());
		}
	}

	private void assertCurrentNavigation(String label, String ariaCurrent) {
		assertThat(browser.navigation()).filteredOn(link -> link.ariaCurrent() != null)
			.containsExactly(new NavigationLink(label, ariaCurrent));
	}

	private void assertRevealsNothing() {
		String source = browser.pageSource();
		assertThat(source).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("stack")
			.doesNotContain("java.")
			.doesNotContain("org.springframework")
			.doesNotContain("org.csphub")
			.doesNotContain("Whitelabel")
			.doesNotContainPattern("\\bat [a-z]+\\.[a-zA-Z.$]+\\(");
		assertThat(browser.pageText()).doesNotContain("Forbidden", "Not Found", "500", "status");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
