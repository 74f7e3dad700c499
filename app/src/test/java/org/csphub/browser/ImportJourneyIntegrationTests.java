package org.csphub.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.csphub.TestDatabaseProfiles;
import org.csphub.TestUsers;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst uploads police.uk files in the browser: the upload page, the progress page that turns
 * into the summary, and a refused file with its line-numbered problems. axe-core checks every page.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(TestUsers.class)
class ImportJourneyIntegrationTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Areas areas;

	@TempDir
	Path folder;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signInAsAnAnalyst() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
		browser.startAfresh("http://localhost:" + port);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		browser.visit("/sign-in").type("username", analyst.username()).type("password", TestUsers.PASSWORD).press("Sign in");
	}

	@Test
	void anAnalystUploadsAMonthAndSeesTheSummary() throws IOException {
		Path month = month("2021-06", folder);
		browser.navigateTo("Data imports").follow("Import police.uk data");
		assertThat(browser.heading()).isEqualTo("Import police.uk data");

		browser.press("Import");
		assertThat(browser.title()).startsWith("Error:");
		assertThat(browser.pageText()).contains("Select one or more CSV files or zip archives");

		browser.attach("files", month).press("Import");
		seeTheResult();
		assertThat(browser.heading()).isEqualTo("Import complete");
		assertThat(browser.title()).isEqualTo("Import complete – CSP Hub");
		assertThat(browser.summaryValue("Rows read")).isEqualTo(String.format("%,d", Files.readAllLines(month).size() - 1));
		assertThat(browser.summaryValue("Months")).contains("2021-06");

		browser.follow("Back to data imports");
		assertThat(browser.text(By.cssSelector("tbody .govuk-tag"))).isEqualTo("Imported");
	}

	@Test
	void aTruncatedFileIsRefusedWithItsLine() throws IOException {
		Path month = month("2021-07", folder);
		List<String> lines = new ArrayList<>(Files.readAllLines(month).subList(0, 50));
		lines.add(lines.get(49).substring(0, 30));
		Path truncated = Files.write(folder.resolve("2021-07-leicestershire-street-cut.csv"), lines);

		browser.visit("/imports/police-uk").attach("files", truncated).press("Import");
		seeTheResult();
		assertThat(browser.heading()).isEqualTo("Import refused");
		assertThat(browser.title()).startsWith("Error:");
		assertThat(browser.pageText()).contains("51", "expected 12 columns, found");
	}

	@Test
	void anAnalystSavesAPartnerMappingAndFindsItOnThePartnerUploadPage() {
		browser.visit("/imports/mappings").follow("Add a mapping");
		browser.type("name", "").press("Save mapping");
		assertThat(browser.title()).startsWith("Error:");
		assertThat(browser.pageText()).contains("Enter a name for the mapping");

		String name = "Council fly-tipping " + System.nanoTime();
		browser.type("name", name)
			.type("sourceSlug", "fly-tipping-" + System.nanoTime())
			.type("dateColumn", "Date reported")
			.type("dateFormat", "dd/MM/yyyy")
			.choose("British National Grid easting and northing")
			.type("xColumn", "Easting")
			.type("yColumn", "Northing")
			.type("fixedCategory", "Fly-tipping")
			.press("Save mapping");
		assertThat(browser.path()).isEqualTo("/imports/mappings");
		assertThat(browser.successBanner()).contains(name);

		browser.visit("/imports/partner");
		assertThat(browser.heading()).isEqualTo("Import partner data");
		assertThat(browser.pageText()).contains(name);
		browser.press("Import");
		assertThat(browser.pageText()).contains("Select the mapping for these files", "Select one or more CSV files");
	}

	/**
	 * On the progress page: waits for the import to finish and follows the link to its result. The
	 * import may already have finished when the page was made, which then shows the result itself.
	 */
	private static void seeTheResult() {
		if (!browser.heading().equals("Importing")) {
			return;
		}
		browser.waitUntilShown(By.id("import-finished"), Duration.ofSeconds(60));
		browser.assertAccessible();
		browser.follow("See the result");
	}

	private static Path month(String month, Path folder) throws IOException {
		try (InputStream in = new ClassPathResource("demo/police-uk-charnwood.zip").getInputStream();
				ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().startsWith(month + "/")) {
					Path file = folder.resolve(month + "-leicestershire-street.csv");
					Files.copy(zip, file);
					return file;
				}
			}
		}
		throw new IllegalArgumentException(month);
	}

}
