package org.csphub.areas.web;

import java.nio.charset.StandardCharsets;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.partners.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploading boundaries in the browser: a summary after success, a GOV.UK error summary after a refusal. */
@CspHubIntegrationTest
class BoundaryUploadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Areas areas;

	private static final String SQUARE = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78],[-1.21,52.77]]";

	@Test
	void anAnalystUploadsWardsAndSeesWhatTheImportDid() throws Exception {
		MockHttpSession analyst = users.signIn(mvc, Role.ANALYST);
		byte[] wards = AreaTestFiles.raw(AreaTestFiles.WARDS).getBytes(StandardCharsets.UTF_8);
		int features = AreaTestFiles.features(AreaTestFiles.WARDS).size();

		MvcResult result = mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("files", "E07000130.json", "application/geo+json", wards))
			.param("type", "WARD")
			.session(analyst)
			.with(csrf())).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/areas");
		assertThat(areas.counts().get(AreaType.WARD)).isEqualTo(features);
		String page = mvc.perform(get("/areas").session(analyst).flashAttrs(result.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ward boundaries imported: " + features, "What the import did", "Anstey");
	}

	@Test
	void aRefusedUploadListsEachFeatureAndReasonInTheErrorSummary() throws Exception {
		MockHttpSession coordinator = users.signIn(mvc, Role.COORDINATOR);
		String file = AreaTestFiles.collection(
				AreaTestFiles.polygonFeature("code", "ok", "name", "Fine", SQUARE),
				AreaTestFiles.polygonFeature("code", "far", "name", "Far away",
						"[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]"),
				"{\"type\":\"Feature\",\"properties\":{\"name\":\"Nothing\"},\"geometry\":null}");
		int before = areas.counts().get(AreaType.CUSTOM);

		String page = mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("files", "neighbourhoods.geojson", "application/geo+json",
					file.getBytes(StandardCharsets.UTF_8)))
			.param("type", "CUSTOM")
			.session(coordinator)
			.with(csrf())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("govuk-error-summary", "There is a problem", "<title>Error: Import boundaries")
			.contains("neighbourhoods.geojson, feature 2 (far): has a position in ring 1")
			.contains("outside Great Britain")
			.contains("neighbourhoods.geojson, feature 3 (nothing): has no geometry")
			.contains("nothing was changed");
		assertThat(areas.counts().get(AreaType.CUSTOM)).isEqualTo(before);
	}

	@Test
	void aMissingTypeAndFileAreBothAskedFor() throws Exception {
		MockHttpSession coordinator = users.signIn(mvc, Role.COORDINATOR);
		String page = mvc.perform(multipart("/areas/import").session(coordinator).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Select the type of area in the files", "Select one or more GeoJSON files",
				"href=\"#type\"", "href=\"#files\"");
		String unknownType = mvc.perform(multipart("/areas/import").param("type", "COUNTY").session(coordinator)
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(unknownType).contains("Select the type of area in the files").doesNotContain("Failed to convert");
	}

	@Test
	void everyoneSignedInSeesTheAreasButOnlyCoordinatorsAndAnalystsSeeTheImportButton() throws Exception {
		String clerkPage = mvc.perform(get("/areas").session(users.signIn(mvc, Role.PARISH_CLERK)))
			.andReturn().getResponse().getContentAsString();
		assertThat(clerkPage).contains("<h1 class=\"govuk-heading-l\">Areas</h1>").doesNotContain("/areas/import");
		String analystPage = mvc.perform(get("/areas").session(users.signIn(mvc, Role.ANALYST)))
			.andReturn().getResponse().getContentAsString();
		assertThat(analystPage).contains("href=\"/areas/import\"");
	}

}
