package org.csphub.partners;

import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.audit.AuditEntry;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A coordinator manages users through the pages, and every change and read is audited. */
@CspHubIntegrationTest
class UserManagementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditLog audit;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aCoordinatorAddsAUserWhoMustThenChooseTheirOwnPassword() throws Exception {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		MockHttpSession session = testUsers.signIn(mvc, coordinator);
		Organisation organisation = testUsers.organisation("Age UK");
		String username = "helen" + System.nanoTime();

		MvcResult result = mvc.perform(post("/users/new").session(session)
			.with(csrf())
			.param("username", username)
			.param("displayName", "Helen Marsh")
			.param("email", "helen@example.org")
			.param("organisationId", organisation.id().toString())
			.param("roles", "PARTNER_OFFICER")
			.param("password", "lantern-orchard-pebble")
			.param("confirmPassword", "lantern-orchard-pebble")).andReturn();

		UserAccount added = users.own(username);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/users/" + added.id());
		assertThat(added.displayName()).isEqualTo("Helen Marsh");
		assertThat(added.organisation().id()).isEqualTo(organisation.id());
		assertThat(added.roles()).containsExactly(Role.PARTNER_OFFICER);
		assertThat(added.mustChangePassword()).isTrue();
		assertThat(users.forSignIn(username).orElseThrow().passwordHash()).startsWith("{bcrypt}")
			.doesNotContain("lantern");
		assertThat(history(added)).extracting(AuditEntry::action).containsExactly("user.created");
		assertThat(history(added).get(0).actor()).isEqualTo(coordinator.username());
	}

	@Test
	void anInvalidUserIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		long before = users.count();
		String html = mvc.perform(post("/users/new").session(session)
			.with(csrf())
			.param("username", "X")
			.param("displayName", "")
			.param("email", "not-an-email")
			.param("password", "short")
			.param("confirmPassword", "short")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<title>Error: Add a user", "There is a problem", "href=\"#username\"",
				"href=\"#displayName\"", "href=\"#email\"", "href=\"#organisationId\"", "href=\"#roles\"",
				"href=\"#password\"", "at least 12 characters");
		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void mismatchedPasswordsAreRefused() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		Organisation organisation = testUsers.organisation("Mismatch");
		String html = mvc.perform(post("/users/new").session(session)
			.with(csrf())
			.param("username", "mismatch" + System.nanoTime())
			.param("displayName", "Pat Doe")
			.param("organisationId", organisation.id().toString())
			.param("roles", "ANALYST")
			.param("password", "lantern-orchard-pebble")
			.param("confirmPassword", "lantern-orchard-pebbles")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The passwords do not match");
	}

	@Test
	void viewingAndListingUsersIsAuditedAsAReadOfPersonalData() throws Exception {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		MockHttpSession session = testUsers.signIn(mvc, coordinator);
		UserAccount clerk = testUsers.create(Role.PARISH_CLERK);
		mvc.perform(get("/users/" + clerk.id()).session(session));
		mvc.perform(get("/users").session(session));
		assertThat(history(clerk)).extracting(AuditEntry::action).contains("user.viewed");
		assertThat(audit.search(new AuditQuery(coordinator.username(), "user.listed", null, null, null, null, null, 1, 5))
			.total()).isEqualTo(1);
	}

	@Test
	void aCoordinatorChangesRolesAndDisablesAndEnablesAUserAndSeesItAllInTheHistory() throws Exception {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		MockHttpSession session = testUsers.signIn(mvc, coordinator);
		UserAccount analyst = testUsers.create(Role.ANALYST);

		mvc.perform(post("/users/" + analyst.id() + "/edit").session(session)
			.with(csrf())
			.param("displayName", "Renamed Analyst")
			.param("organisationId", analyst.organisation().id().toString())
			.param("roles", "ANALYST", "CASE_OFFICER")
			.param("version", String.valueOf(analyst.version())));
		mvc.perform(post("/users/" + analyst.id() + "/disable").session(session).with(csrf()));
		assertThat(users.own(analyst.username()).enabled()).isFalse();
		mvc.perform(post("/users/" + analyst.id() + "/enable").session(session).with(csrf()));

		UserAccount now = users.own(analyst.username());
		assertThat(now.enabled()).isTrue();
		assertThat(now.displayName()).isEqualTo("Renamed Analyst");
		assertThat(now.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.CASE_OFFICER);
		assertThat(history(analyst)).extracting(AuditEntry::action)
			.containsSubsequence("user.enabled", "user.disabled", "user.changed", "user.created");

		String page = mvc.perform(get("/users/" + analyst.id()).session(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("user.disabled", "user.enabled", "roles: [ANALYST] -&gt; [ANALYST, CASE_OFFICER]");
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefusedAndSaysWhy() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		UserAccount analyst = testUsers.create(Role.ANALYST);
		users.change(analyst.id(), new UserChanges("First change", null, analyst.organisation().id(),
				Set.of(Role.ANALYST), analyst.version()), "someone-else");
		String html = mvc.perform(post("/users/" + analyst.id() + "/edit").session(session)
			.with(csrf())
			.param("displayName", "Second change")
			.param("organisationId", analyst.organisation().id().toString())
			.param("roles", "ANALYST")
			.param("version", String.valueOf(analyst.version()))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("changed by someone else");
		assertThat(users.own(analyst.username()).displayName()).isEqualTo("First change");
	}

	@Test
	void coordinatorsCannotDisableThemselvesOrDropTheirOwnCoordinatorRole() {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		assertThatThrownBy(() -> users.disable(coordinator.id(), coordinator.username()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> users.change(coordinator.id(), new UserChanges("Me", null,
				coordinator.organisation().id(), Set.of(Role.ANALYST), coordinator.version()), coordinator.username()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("coordinator role from your own account");
		assertThat(users.own(coordinator.username()).enabled()).isTrue();
	}

	@Test
	void aResetPasswordIsTemporaryAndTheOldOneStopsWorking() {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		users.resetPassword(analyst.id(), "temporary-words-here".toCharArray());
		SignInAccount account = users.forSignIn(analyst.username()).orElseThrow();
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(passwordEncoder.matches("temporary-words-here", account.passwordHash())).isTrue();
		assertThat(passwordEncoder.matches(TestUsers.PASSWORD, account.passwordHash())).isFalse();
	}

	@Test
	void changingYourOwnPasswordNeedsTheCurrentOne() {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		assertThatThrownBy(() -> users.changeOwnPassword(analyst.username(), "wrong-current-one".toCharArray(),
				"a-fresh-pass-phrase".toCharArray()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("The current password is not correct");
		users.changeOwnPassword(analyst.username(), TestUsers.PASSWORD.toCharArray(), "a-fresh-pass-phrase".toCharArray());
		assertThat(passwordEncoder.matches("a-fresh-pass-phrase",
				users.forSignIn(analyst.username()).orElseThrow().passwordHash())).isTrue();
	}

	private java.util.List<AuditEntry> history(UserAccount user) {
		return audit.search(AuditQuery.forRecord("user", user.id().toString())).entries();
	}

}
