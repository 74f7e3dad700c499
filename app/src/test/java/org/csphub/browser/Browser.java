package org.csphub.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Selenium, that checks every page it lands on.
 *
 * <p>Whenever a new page has loaded (after {@link #visit}, {@link #follow}, {@link #press} or
 * {@link #navigateTo}), and before anything on a page is read, the page is checked once: its HTTP
 * status is the one expected (200 unless the test said otherwise), the browser console has no
 * errors (so no script or style was refused by the Content-Security-Policy and nothing failed to
 * load), the GOV.UK Frontend layout is whole (English, a titled page with one {@code h1}, the
 * nonced inline script and GOV.UK Frontend's modules have run), and axe-core finds no WCAG 2.2 AA
 * violation ({@link Accessibility}): axe runs the first time each address is seen in each state (with
 * or without a notification banner or an error summary), since a page seen again differs only in its
 * data. The page carries a mark once checked, so a page reached any other way (a redirect, a script)
 * is still checked before the test can look at it. {@link #assertAccessible} runs axe on demand.
 *
 * <p>The driver is never handed out: every way of moving between pages goes through here.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String SERVICE_NAME = "CSP Hub";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String BLANK = "about:blank";

	private static final String CHECKED_MARK = "csphubPageChecked";

	private final ChromeDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	private final List<String> checkedPages = new ArrayList<>();

	private final java.util.Set<String> accessibilityChecked = new java.util.HashSet<>();

	private String baseUrl;

	private int expectedStatus = 200;

	private Focus focusOnArrival;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	/**
	 * Starts headless Chromium. When Debian's chromium or chromium-driver is missing the tests are
	 * skipped, unless they are required ({@code -Dcsphub.browser.required=true} or {@code CI=true}),
	 * when they fail.
	 */
	static Browser start() {
		requireChromium();
		// Point Selenium at Debian's driver and browser so that Selenium Manager never looks for (or
		// tries to download) either.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("csphub-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not make a profile directory for Chromium", ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,1024");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			deleteQuietly(profile);
			throw ex;
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile);
	}

	private static void requireChromium() {
		String missing = missing();
		if (missing == null) {
			return;
		}
		if (required()) {
			fail(missingMessage(missing) + ". The browser tests must run here (csphub.browser.required=true or CI=true).");
		}
		assumeTrue(false, missingMessage(missing)
				+ ". Skipping the browser tests; set -Dcsphub.browser.required=true to make this a failure.");
	}

	/** What is missing of Chromium and its driver, or null when both are installed. */
	static String missing() {
		List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter(file -> !Files.isExecutable(file))
			.map(Path::toString)
			.toList();
		return missing.isEmpty() ? null : String.join(" and ", missing);
	}

	static String missingMessage(String missing) {
		return "The browser tests need " + missing
				+ ", not found: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
	}

	static boolean required() {
		return Boolean.parseBoolean(System.getProperty("csphub.browser.required", "false").trim())
				|| "true".equalsIgnoreCase(String.valueOf(System.getenv("CI")).trim());
	}

	/** Forgets every cookie (so nobody is signed in) and points the browser at the running service. */
	void startAfresh(String baseUrl) {
		this.baseUrl = baseUrl;
		this.expectedStatus = 200;
		accessibilityChecked.clear();
		driver.get(BLANK);
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	void quit() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	/**
	 * Checks the page as it is now with axe-core, again: for a page that has changed since it loaded.
	 */
	void assertAccessible() {
		settle();
		Accessibility.check(driver, describe());
	}

	/**
	 * Saves a full-page PNG of the page as it is now into the folder named by the system property
	 * {@code csphub.screenshots}, for a person to look at; does nothing when it is not set.
	 */
	void screenshot(String name) {
		String folder = System.getProperty("csphub.screenshots", "").trim();
		if (folder.isEmpty()) {
			return;
		}
		settle();
		@SuppressWarnings("unchecked")
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		try {
			Files.createDirectories(Path.of(folder));
			Files.write(Path.of(folder, name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	/** The pages checked so far, as path and title. */
	List<String> checkedPages() {
		return List.copyOf(checkedPages);
	}

	// Moving between pages. Each waits for the new page and checks it.

	/** Goes to a path of the service, as typing its address would. */
	Browser visit(String path) {
		return visit(path, 200);
	}

	/** Goes to a path that should answer with the given HTTP status, such as 404. */
	Browser visit(String path, int status) {
		expectedStatus = status;
		driver.get(baseUrl + path);
		return settle();
	}

	/** Follows the one link whose text (including any visually hidden text) is exactly {@code text}. */
	Browser follow(String text) {
		return clickAndWaitForNewPage(only(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]"), "link " + text));
	}

	/** Follows a link in the service navigation. */
	Browser navigateTo(String label) {
		return clickAndWaitForNewPage(only(By.xpath("//*[contains(@class,'govuk-service-navigation')]//a[normalize-space(.)="
				+ xpathLiteral(label) + "]"), "service navigation link " + label));
	}

	/** Presses the one button whose text is exactly {@code text}, submitting its form. */
	Browser press(String text) {
		return clickAndWaitForNewPage(only(By.xpath("//button[normalize-space(.)=" + xpathLiteral(text) + "]"),
				"button " + text));
	}

	private Browser clickAndWaitForNewPage(WebElement target) {
		WebElement page = driver.findElement(By.tagName("html"));
		target.click();
		wait.until(ExpectedConditions.stalenessOf(page));
		return settle();
	}

	// Filling in forms.

	/** Types into the input with the given id, replacing what was there. */
	Browser type(String id, String text) {
		WebElement input = element(By.id(id));
		input.clear();
		input.sendKeys(text);
		return this;
	}

	/** Attaches a file to the file input with the given id. */
	Browser attach(String id, java.nio.file.Path file) {
		element(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Waits until the element is shown (revealed by the page's own script). */
	Browser waitUntilShown(By by, java.time.Duration timeout) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
			.until(ExpectedConditions.visibilityOfElementLocated(by));
		return this;
	}

	/** Chooses the radio button or ticks the checkbox with the given label. */
	Browser choose(String label) {
		WebElement labelElement = only(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"), "label " + label);
		WebElement input = driver.findElement(By.id(labelElement.getDomAttribute("for")));
		if (!input.isSelected()) {
			labelElement.click();
		}
		assertThat(input.isSelected()).as("%s is chosen", label).isTrue();
		return this;
	}

	/** Unticks the checkbox with the given label. */
	Browser untick(String label) {
		WebElement labelElement = only(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"), "label " + label);
		WebElement input = driver.findElement(By.id(labelElement.getDomAttribute("for")));
		if (input.isSelected()) {
			labelElement.click();
		}
		assertThat(input.isSelected()).as("%s is not chosen", label).isFalse();
		return this;
	}

	/** Chooses the option with the given text in the select with the given id. */
	Browser select(String id, String option) {
		new Select(element(By.id(id))).selectByVisibleText(option);
		return this;
	}

	/** Clicks something that does not load a new page, such as a link to a field on the same page. */
	Browser clickInPage(WebElement element) {
		element.click();
		return settle();
	}

	/** Presses a key on the keyboard, for whatever has focus. */
	Browser pressKey(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
		return settle();
	}

	/** Presses Tab once from the top of a freshly loaded page. */
	Browser tab() {
		return pressKey(Keys.TAB);
	}

	// Reading the page. Each makes sure the page has been checked first.

	String path() {
		settle();
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	String title() {
		settle();
		return driver.getTitle();
	}

	/** The text of the page's one {@code h1}. */
	String heading() {
		return text(By.tagName("h1"));
	}

	String text(By by) {
		return element(by).getText().trim();
	}

	/**
	 * The text of an element as a screen reader would have it, visually hidden text included, with
	 * white space collapsed.
	 */
	String spokenText(By by) {
		Object text = element(by).getDomProperty("textContent");
		return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
	}

	/** The page's visible text. */
	String pageText() {
		return text(By.tagName("body"));
	}

	/** The HTML the browser has for the page. */
	String pageSource() {
		settle();
		return driver.getPageSource();
	}

	WebElement element(By by) {
		settle();
		return driver.findElement(by);
	}

	List<WebElement> elements(By by) {
		settle();
		return driver.findElements(by);
	}

	boolean has(By by) {
		return !elements(by).isEmpty();
	}

	/** The element that has focus. */
	WebElement focused() {
		settle();
		return driver.switchTo().activeElement();
	}

	/**
	 * What had focus when the page had loaded, before it was checked: where the page's own scripts
	 * put it (GOV.UK Frontend focuses an error summary, for example).
	 */
	Focus focusOnArrival() {
		settle();
		return focusOnArrival;
	}

	private Focus focusedNow() {
		@SuppressWarnings("unchecked")
		Map<String, Object> focused = (Map<String, Object>) driver.executeScript("""
				const e = document.activeElement;
				return { tag: e ? e.tagName.toLowerCase() : '', id: e ? e.id : '', classes: e ? e.className : '' };
				""");
		return new Focus(String.valueOf(focused.get("tag")), String.valueOf(focused.get("id")),
				String.valueOf(focused.get("classes")));
	}

	/** Runs a script in the page, as a test's own probe (the page's policy does not apply to it). */
	Object script(String script, Object... arguments) {
		settle();
		return driver.executeScript(script, arguments);
	}

	Object asyncScript(String script, Object... arguments) {
		settle();
		return driver.executeAsyncScript(script, arguments);
	}

	/** Takes the console messages logged since the page was checked, for a test that provokes some. */
	List<LogEntry> takeConsoleMessages() {
		settle();
		return driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** The service navigation's links, as label and aria-current value (null when not current). */
	List<NavigationLink> navigation() {
		return elements(By.cssSelector(".govuk-service-navigation__link")).stream()
			.map(link -> new NavigationLink(link.getText().trim(), link.getDomAttribute("aria-current")))
			.toList();
	}

	/** The GOV.UK error summary; fails if the page has none. */
	ErrorSummary errorSummary() {
		List<WebElement> summaries = elements(By.cssSelector(".govuk-error-summary"));
		assertThat(summaries).as("error summaries on %s", describe()).hasSize(1);
		WebElement summary = summaries.get(0);
		List<SummaryLink> links = summary.findElements(By.cssSelector(".govuk-error-summary__list a"))
			.stream()
			.map(a -> new SummaryLink(a.getText().trim(), a.getDomAttribute("href")))
			.toList();
		return new ErrorSummary(summary.findElement(By.cssSelector(".govuk-error-summary__title")).getText().trim(),
				links, summary);
	}

	/** The heading of the success notification banner; fails if the page has none. */
	String successBanner() {
		List<WebElement> banners = elements(By.cssSelector(".govuk-notification-banner--success"));
		assertThat(banners).as("success banners on %s", describe()).hasSize(1);
		return banners.get(0).findElement(By.cssSelector(".govuk-notification-banner__heading")).getText().trim();
	}

	/** The value in a GOV.UK summary list row, by its key. */
	String summaryValue(String key) {
		return text(By.xpath("//div[contains(@class,'govuk-summary-list__row')][dt[normalize-space(.)=" + xpathLiteral(key)
				+ "]]/dd[contains(@class,'govuk-summary-list__value')]"));
	}

	/** The rows of the first table on the page, cell texts only. */
	List<List<String>> tableRows() {
		return elements(By.cssSelector("table tbody tr")).stream()
			.map(row -> row.findElements(By.cssSelector("td, th")).stream().map(c -> c.getText().trim()).toList())
			.toList();
	}

	// Checking each page.

	private Browser settle() {
		wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
		if (BLANK.equals(driver.getCurrentUrl())) {
			return this; // between tests: no page of the service
		}
		if (!Boolean.TRUE.equals(driver.executeScript("return window." + CHECKED_MARK + " === true"))) {
			// Before checking: what had focus on arrival, whatever the checks do to it.
			focusOnArrival = focusedNow();
			int status = expectedStatus;
			expectedStatus = 200;
			try {
				check(status);
			}
			finally {
				// Checked once, pass or fail, so that a failure is reported once.
				driver.executeScript("window." + CHECKED_MARK + " = true");
			}
		}
		return this;
	}

	private void check(int status) {
		String page = describe();
		Object actualStatus = driver
			.executeScript("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null");
		assertThat(actualStatus).as("HTTP status of %s", page).isEqualTo((long) status);
		checkConsole(page, status);
		checkLayout(page);
		// axe-core once per page and state: the same address and title, with or without a banner or an
		// error summary. A journey that returns to its task list twenty times checks it once in each state.
		Object state = driver.executeScript("return [!!document.querySelector('.govuk-notification-banner'),"
				+ " !!document.querySelector('.govuk-error-summary')].join()");
		if (accessibilityChecked.add(status + " " + page + " " + state)) {
			Accessibility.check(driver, page);
		}
		checkedPages.add(page);
	}

	private void checkConsole(String page, int status) {
		String url = driver.getCurrentUrl();
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
				continue;
			}
			boolean thePageItself = entry.getMessage().startsWith(url + " ")
					&& entry.getMessage().contains("status of " + status);
			if (status >= 400 && thePageItself) {
				continue;
			}
			errors.add(entry.getMessage());
		}
		assertThat(errors).as("browser console errors on %s (a refused script or style, or something that failed to load)",
				page).isEmpty();
	}

	private void checkLayout(String page) {
		assertThat(driver.executeScript("return document.documentElement.lang")).as("language of %s", page).isEqualTo("en");
		assertThat(driver.getTitle()).as("title of %s", page).endsWith(" – " + SERVICE_NAME);
		assertThat(driver.findElements(By.tagName("h1"))).as("h1 headings on %s", page).hasSize(1);
		assertThat(driver.findElements(By.tagName("main"))).as("main landmarks on %s", page).hasSize(1);
		assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class"))
			.as("body classes on %s: the inline script with the Content-Security-Policy nonce should add "
					+ "govuk-frontend-supported", page)
			.contains("govuk-frontend-supported");
		assertThat(driver.findElement(By.cssSelector("a.govuk-skip-link")).getDomAttribute("data-govuk-skip-link-init"))
			.as("GOV.UK Frontend's JavaScript should have initialised the skip link on %s", page)
			.isNotNull();
	}

	private String describe() {
		URI uri = URI.create(driver.getCurrentUrl());
		String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		return path + " (\"" + driver.getTitle() + "\")";
	}

	private WebElement only(By by, String what) {
		List<WebElement> found = elements(by);
		assertThat(found).as("%s on %s", what, describe()).hasSize(1);
		return found.get(0);
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "',\"'\",'") + "')";
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary directory: the system will tidy it if we cannot.
		}
	}

	record NavigationLink(String label, String ariaCurrent) {
	}

	/** An element that had focus: its tag name, id and classes. */
	record Focus(String tag, String id, String classes) {
	}

	record SummaryLink(String text, String href) {
	}

	record ErrorSummary(String title, List<SummaryLink> links, WebElement element) {

		WebElement link(String text) {
			return element.findElement(By.xpath(".//a[normalize-space(.)=" + xpathLiteral(text) + "]"));
		}

	}

}
