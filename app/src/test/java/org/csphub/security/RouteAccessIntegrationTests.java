package org.csphub.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.partners.Organisation;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csphub.partners.Role.COORDINATOR;
import static org.csphub.partners.Role.SYSTEM_ADMINISTRATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches what: every route against anonymous visitors and each role, signed in through the real
 * sign-in form. The table is the access policy: change it only with the README's table of roles.
 */
@CspHubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIntegrationTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(COORDINATOR, SYSTEM_ADMINISTRATOR);

	/** Who may import boundaries and reference data. */
	private static final Set<Role> IMPORTERS = EnumSet.of(COORDINATOR, Role.ANALYST);

	/** Who writes strategic assessments and sees them before approval. */
	private static final Set<Role> AUTHORS = EnumSet.of(COORDINATOR, Role.ANALYST);

	/** Who approves and returns assessments and changes the priority-setting scheme. */
	private static final Set<Role> COORDINATORS = EnumSet.of(COORDINATOR);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	private final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);

	private UserAccount someUser;

	private Organisation someOrganisation;

	@Autowired
	org.csphub.areas.Areas areas;

	@Autowired
	org.csphub.incidents.IncidentImports imports;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private org.csphub.explore.ExploreTestData explore;

	private String borough;

	private String ward;

	private String profileQuery;

	@BeforeAll
	void loadAreasAndAMonthForTheProfiles() throws Exception {
		explore = new org.csphub.explore.ExploreTestData(areas, imports, jdbc);
		explore.importAreas();
		explore.importMonths(List.of("2021-03"), java.nio.file.Files.createTempDirectory("route-access"));
		borough = areas.list(org.csphub.areas.AreaType.BOROUGH).get(0).code();
		ward = areas.list(org.csphub.areas.AreaType.WARD).get(0).code();
		profileQuery = "?source=" + explore.source + "&from=2021-03&to=2021-03";
	}

	@org.junit.jupiter.api.AfterAll
	void removeTheProfileMonth() {
		explore.remove();
	}

	@Autowired
	org.csphub.assessment.Assessments assessments;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService userDetails;

	private String draft;

	private String inReview;

	private String approved;

	private String issue;

	private String addedIssue;

	private String section;

	@BeforeAll
	void startAssessmentsInEachStatus() {
		var support = new org.csphub.assessment.AssessmentTestSupport(assessments, userDetails);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		UserAccount coordinator = testUsers.create(COORDINATOR);
		var period = org.csphub.assessment.AssessmentPeriod.twelveMonthsTo(java.time.YearMonth.of(2021, 3));
		var draftId = support.as(analyst, () -> assessments.start(period));
		support.as(analyst, () -> assessments.addIssue(draftId, "Fly-tipping", "Residents complain"));
		var matrix = support.as(analyst, () -> assessments.matrix(draftId));
		draft = draftId.toString();
		section = support.as(analyst, () -> assessments.overview(draftId)).sections().get(0).id();
		issue = matrix.issues().get(0).id().toString();
		addedIssue = matrix.issues().stream().filter(i -> i.title().equals("Fly-tipping")).findFirst().orElseThrow().id().toString();
		inReview = support.submitted(analyst, period).toString();
		approved = support.approved(analyst, coordinator, period).toString();
	}

	@BeforeAll
	void signInOnePersonPerRole() throws Exception {
		for (Role role : Role.values()) {
			sessions.put(role, testUsers.signIn(mvc, role));
		}
		someUser = testUsers.create(Role.PARISH_CLERK);
		someOrganisation = testUsers.organisation("Route test");
	}

	/** Signed-in pages: path and the roles that may see them. */
	Stream<Arguments> pages() {
		return Stream.of(Arguments.of("/", EVERYONE), Arguments.of("/account", EVERYONE),
				Arguments.of("/account/password", EVERYONE), Arguments.of("/organisations", ADMINISTRATORS),
				Arguments.of("/organisations/new", ADMINISTRATORS),
				Arguments.of("/organisations/" + someOrganisation.id() + "/edit", ADMINISTRATORS),
				Arguments.of("/users", ADMINISTRATORS), Arguments.of("/users/new", ADMINISTRATORS),
				Arguments.of("/users/" + someUser.id(), ADMINISTRATORS),
				Arguments.of("/users/" + someUser.id() + "/edit", ADMINISTRATORS),
				Arguments.of("/users/" + someUser.id() + "/password", ADMINISTRATORS),
				Arguments.of("/audit", ADMINISTRATORS), Arguments.of("/areas", EVERYONE),
				Arguments.of("/areas/import", IMPORTERS), Arguments.of("/imports", IMPORTERS),
				Arguments.of("/imports/police-uk", IMPORTERS), Arguments.of("/imports/partner", IMPORTERS),
				Arguments.of("/imports/mappings", IMPORTERS), Arguments.of("/imports/mappings/new", IMPORTERS),
				Arguments.of("/explore", EVERYONE),
				Arguments.of("/explore/borough/" + borough, EVERYONE),
				Arguments.of("/explore/ward/" + ward + profileQuery, EVERYONE),
				Arguments.of("/explore/lsoa/E01025670", EVERYONE),
				Arguments.of("/explore/custom/" + org.csphub.explore.ExploreTestData.TOWN_CENTRE, EVERYONE),
				Arguments.of("/explore/ward/" + ward + "/months.csv" + profileQuery, EVERYONE),
				Arguments.of("/explore/ward/" + ward + "/crime-types.csv" + profileQuery, EVERYONE),
				Arguments.of("/explore/ward/" + ward + "/grid-cells.csv" + profileQuery, EVERYONE),
				Arguments.of("/explore/ward/" + ward + "/map.json" + profileQuery, EVERYONE),
				Arguments.of("/assessments", EVERYONE), Arguments.of("/assessments/new", AUTHORS),
				Arguments.of("/assessments/new/period", AUTHORS),
				Arguments.of("/assessments/new/comparison?first=2020-04&last=2021-03", AUTHORS),
				Arguments.of("/assessments/new/check?first=2020-04&last=2021-03&comparisonFirst=2019-04&comparisonLast=2020-03",
						AUTHORS),
				Arguments.of("/assessments/" + draft, AUTHORS), Arguments.of("/assessments/" + approved, AUTHORS),
				Arguments.of("/assessments/" + draft + "/sections/" + section, AUTHORS),
				Arguments.of("/assessments/" + draft + "/priorities", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/new", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + issue + "/score", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + issue + "/decision", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + addedIssue + "/remove", AUTHORS),
				Arguments.of("/assessments/" + draft + "/submit", AUTHORS),
				Arguments.of("/assessments/" + draft + "/history", AUTHORS),
				Arguments.of("/assessments/" + draft + "/report", AUTHORS),
				Arguments.of("/assessments/" + inReview + "/report", AUTHORS),
				Arguments.of("/assessments/" + approved + "/report", EVERYONE),
				Arguments.of("/assessments/" + draft + "/report.pdf", AUTHORS),
				Arguments.of("/assessments/" + draft + "/report.xlsx", AUTHORS),
				Arguments.of("/assessments/" + draft + "/report-tables.zip", AUTHORS),
				Arguments.of("/assessments/" + approved + "/report.pdf", EVERYONE),
				Arguments.of("/assessments/" + approved + "/report.xlsx", EVERYONE),
				Arguments.of("/assessments/" + approved + "/report-tables.zip", EVERYONE),
				Arguments.of("/assessments/" + inReview + "/review", COORDINATORS),
				Arguments.of("/assessments/" + inReview + "/return", COORDINATORS),
				Arguments.of("/assessments/schemes", AUTHORS),
				Arguments.of("/assessments/schemes/csp-priority-matrix/1", AUTHORS),
				Arguments.of("/assessments/schemes/new-version", COORDINATORS));
	}

	@ParameterizedTest(name = "{0} is for {1}")
	@MethodSource("pages")
	void eachRoleReachesOnlyItsPages(String path, Set<Role> allowed) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Role role : Role.values()) {
			int status = mvc.perform(get(path).session(sessions.get(role))).andReturn().getResponse().getStatus();
			int expected = allowed.contains(role) ? 200 : 403;
			if (status != expected) {
				wrong.add(role + " got " + status + " (expected " + expected + ")");
			}
		}
		assertThat(wrong).as(path).isEmpty();
	}

	@ParameterizedTest(name = "{0} needs a signed-in user")
	@MethodSource("pages")
	void anonymousVisitorsAreSentToSignIn(String path, Set<Role> allowed) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
	}

	Stream<Arguments> changes() {
		return Stream.of(Arguments.of("/organisations/new"), Arguments.of("/users/new"),
				Arguments.of("/users/" + someUser.id() + "/disable"), Arguments.of("/users/" + someUser.id() + "/enable"),
				Arguments.of("/users/" + someUser.id() + "/edit"), Arguments.of("/users/" + someUser.id() + "/password"),
				Arguments.of("/organisations/" + someOrganisation.id() + "/edit"));
	}

	@ParameterizedTest(name = "POST {0} is refused to everyone but administrators")
	@MethodSource("changes")
	void onlyAdministratorsCanChangeOrganisationsAndUsers(String path) throws Exception {
		for (Role role : Role.values()) {
			if (ADMINISTRATORS.contains(role)) {
				continue;
			}
			int status = mvc.perform(post(path).session(sessions.get(role)).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(role + " POST " + path).isEqualTo(403);
		}
		MvcResult anonymous = mvc.perform(post(path).with(csrf())).andReturn();
		assertThat(anonymous.getResponse().getStatus()).as("anonymous POST " + path).isEqualTo(302);
	}

	/** Changes outside the administrators' pages: path and the roles that may make them. */
	Stream<Arguments> otherChanges() {
		return Stream.of(Arguments.of("/areas/import", IMPORTERS), Arguments.of("/imports/police-uk", IMPORTERS),
				Arguments.of("/imports/partner", IMPORTERS), Arguments.of("/imports/mappings/new", IMPORTERS),
				Arguments.of("/assessments/new", AUTHORS), Arguments.of("/assessments/new/period", AUTHORS),
				Arguments.of("/assessments/new/comparison", AUTHORS), Arguments.of("/assessments/new/check", AUTHORS),
				Arguments.of("/assessments/" + draft + "/recompute", AUTHORS),
				Arguments.of("/assessments/" + draft + "/sections/" + section, AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/new", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + issue + "/score", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + issue + "/decision", AUTHORS),
				Arguments.of("/assessments/" + draft + "/issues/" + addedIssue + "/remove", AUTHORS),
				Arguments.of("/assessments/" + draft + "/submit", AUTHORS),
				Arguments.of("/assessments/" + approved + "/new-version", AUTHORS),
				Arguments.of("/assessments/" + inReview + "/approve", COORDINATORS),
				Arguments.of("/assessments/" + inReview + "/return", COORDINATORS),
				Arguments.of("/assessments/schemes/new-version", COORDINATORS));
	}

	@ParameterizedTest(name = "POST {0} is for {1}")
	@MethodSource("otherChanges")
	void eachRoleMakesOnlyItsChanges(String path, Set<Role> allowed) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Role role : Role.values()) {
			int status = mvc.perform(post(path).session(sessions.get(role)).with(csrf())).andReturn().getResponse().getStatus();
			if (allowed.contains(role) ? status == 403 : status != 403) {
				wrong.add(role + " got " + status);
			}
		}
		assertThat(wrong).as("POST " + path).isEmpty();
		MvcResult anonymous = mvc.perform(post(path).with(csrf())).andReturn();
		assertThat(anonymous.getResponse().getStatus()).as("anonymous POST " + path).isEqualTo(302);
	}

	@Test
	void publicPagesAreOpenToEveryone() throws Exception {
		for (String path : List.of("/sign-in", "/accessibility", "/assets/govuk-frontend.css", "/assets/csp-hub.css",
				"/assets/init.js", "/assets/govuk/govuk-frontend.min.js", "/assets/images/favicon.svg",
				"/assets/leaflet/leaflet.js", "/assets/leaflet/leaflet.css", "/assets/explore-map.js")) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void anUnknownPageIsNotFoundOnceSignedInAndHiddenBeforehand() throws Exception {
		assertThat(mvc.perform(get("/no-such-page").session(sessions.get(COORDINATOR))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/no-such-page")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aRefusedRequestIsAudited() throws Exception {
		MockHttpSession clerk = sessions.get(Role.PARISH_CLERK);
		assertThat(mvc.perform(get("/audit").session(clerk)).andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpSession coordinator = sessions.get(COORDINATOR);
		String log = mvc.perform(get("/audit").param("action", "access.denied").param("outcome", "DENIED")
			.session(coordinator)).andReturn().getResponse().getContentAsString();
		assertThat(log).contains("GET /audit");
	}

}
