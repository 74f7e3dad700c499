package org.csphub;

import java.util.EnumSet;
import java.util.UUID;

import org.csphub.partners.NewUser;
import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationType;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.csphub.partners.UserAccounts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Creates test users on demand and signs them in through the real sign-in form. Every user made
 * here has a unique username, so tests never depend on each other or on what a previous run left
 * in the database.
 */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "correct-horse-battery";

	private final Organisations organisations;

	private final UserAccounts users;

	TestUsers(Organisations organisations, UserAccounts users) {
		this.organisations = organisations;
		this.users = users;
	}

	/** A new organisation with a unique name. */
	public Organisation organisation(String prefix) {
		return organisations.add(prefix + " " + UUID.randomUUID().toString().substring(0, 8), OrganisationType.POLICE);
	}

	/** A new, enabled user with the given roles and {@link #PASSWORD}, who need not change it. */
	public UserAccount create(Role first, Role... more) {
		return create(false, first, more);
	}

	/** A new user whose password is a temporary one. */
	public UserAccount createWithTemporaryPassword(Role first, Role... more) {
		return create(true, first, more);
	}

	private UserAccount create(boolean temporary, Role first, Role... more) {
		Organisation organisation = organisation("Test organisation");
		String username = "t-" + first.cliName() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return users.add(new NewUser(username, "Test " + first.label(), null, organisation.id(), EnumSet.of(first, more),
				PASSWORD.toCharArray(), temporary));
	}

	/** Signs in through the sign-in form and returns the signed-in session. */
	public MockHttpSession signIn(MockMvc mvc, UserAccount user) throws Exception {
		MvcResult result = mvc.perform(formLogin("/sign-in").user(user.username()).password(PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + user.username()).doesNotContain("error");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	public MockHttpSession signIn(MockMvc mvc, Role role) throws Exception {
		return signIn(mvc, create(role));
	}

}
