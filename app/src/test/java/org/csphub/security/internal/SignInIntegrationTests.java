package org.csphub.security.internal;

import java.time.Duration;
import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.csphub.audit.AuditQuery;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.csphub.partners.UserAccounts;
import org.csphub.partners.UserChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, throttling, sign-out, timeouts and sessions that end when access changes. */
@CspHubIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditLog audit;

	@Test
	void aCorrectPasswordSignsInAndIsAudited() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(entries(analyst.username(), "sign-in", null)).isEqualTo(1);
		assertThat(users.own(analyst.username()).lastSignedInAt()).isNotNull();
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhyAndIsAudited() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password("not-the-password"))
			.andExpect(redirectedUrl("/sign-in?error"));
		assertThat(audit.search(new AuditQuery(analyst.username(), "sign-in.failed", null, null, AuditOutcome.FAILURE,
				null, null, 1, 10)).total()).isEqualTo(1);
	}

	@Test
	void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
		mvc.perform(formLogin("/sign-in").user("nobody-by-this-name").password("whatever-it-is"))
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/sign-in").user(analyst.username()).password("wrong-" + i))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password("wrong-5"))
			.andExpect(redirectedUrl("/sign-in?locked"));
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?locked"));
	}

	@Test
	void aSuccessClearsTheCountOfFailures() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/sign-in").user(analyst.username()).password("wrong-" + i));
		}
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password("wrong-again"))
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void unknownUsernamesAreLockedTooSoTheLockRevealsNothing() throws Exception {
		String ghost = "ghost-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").user(ghost).password("guess-" + i));
		}
		mvc.perform(formLogin("/sign-in").user(ghost).password("guess-6")).andExpect(redirectedUrl("/sign-in?locked"));
	}

	@Test
	void aDisabledUserCannotSignInAndIsToldNothingMore() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		users.disable(analyst.id(), "someone-else");
		mvc.perform(formLogin("/sign-in").user(analyst.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void disablingAUserEndsTheirSessionAtOnce() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		users.disable(analyst.id(), "someone-else");

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
		assertThat(entries(null, "user.disabled", analyst.id().toString())).isEqualTo(1);
	}

	@Test
	void changingAUsersRolesEndsTheirSession() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		UserAccount current = users.own(analyst.username());
		users.change(analyst.id(), new UserChanges(current.displayName(), null, current.organisation().id(),
				Set.of(Role.COMMITTEE_MEMBER), current.version()), "someone-else");
		mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		UserAccount coordinator = testUsers.createWithTemporaryPassword(Role.COORDINATOR);
		MockHttpSession session = testUsers.signIn(mvc, coordinator);
		mvc.perform(get("/users").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", TestUsers.PASSWORD)
			.param("newPassword", "a-brand-new-phrase")
			.param("confirmPassword", "a-brand-new-phrase")).andExpect(redirectedUrl("/account"));

		mvc.perform(get("/users").session(session)).andExpect(status().isOk());
	}

	@Test
	void signingOutEndsTheSessionAndIsAudited() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
		assertThat(session.isInvalid()).isTrue();
		assertThat(entries(analyst.username(), "sign-out", null)).isEqualTo(1);
	}

	@Test
	void signingOutNeedsACsrfToken() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/sign-out").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void aSessionOlderThanTheAbsoluteTimeoutEndsHoweverActive() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		String key = AbsoluteSessionTimeoutFilter.SIGNED_IN_AT;
		session.setAttribute(key, (Long) session.getAttribute(key) - Duration.ofHours(9).toMillis());
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?timeout"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aSessionWithinTheAbsoluteTimeoutCarriesOn() throws Exception {
		UserAccount analyst = testUsers.create(Role.ANALYST);
		MockHttpSession session = testUsers.signIn(mvc, analyst);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		String key = AbsoluteSessionTimeoutFilter.SIGNED_IN_AT;
		session.setAttribute(key, (Long) session.getAttribute(key) - Duration.ofHours(7).toMillis());
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	private long entries(String actor, String action, String recordId) {
		return audit.search(new AuditQuery(actor, action, null, recordId, null, null, null, 1, 10)).total();
	}

}
