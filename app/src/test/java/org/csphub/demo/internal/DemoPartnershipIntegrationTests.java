package org.csphub.demo.internal;

import org.csphub.TestDatabaseProfiles;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.shared.DeploymentMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo mode asked for: on the embedded database the demo partnership is loaded (one invented
 * person per role); on PostgreSQL nothing is, because demo accounts must never reach production.
 * Runs on its own database so that the demo's "load only into an empty database" rule applies.
 */
@SpringBootTest(properties = { "csphub.demo.enabled=true",
		"spring.datasource.url=${csphub.test.demo-datasource-url}" })
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class DemoPartnershipIntegrationTests {

	@Autowired
	DeploymentMode mode;

	@Autowired
	Organisations organisations;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theDemoIsLoadedOnTheEmbeddedDatabaseOnly() {
		if (TestDatabaseProfiles.postgres()) {
			assertThat(mode.isDemo()).isFalse();
			assertThat(users.forSignIn("coordinator").map(a -> a.displayName())).isNotEqualTo(
					java.util.Optional.of("Priya Sharma"));
			return;
		}
		assertThat(mode.isDemo()).isTrue();
		assertThat(organisations.all()).hasSize(DemoPartnership.ORGANISATIONS.size());
		for (DemoPartnership.DemoUser demoUser : DemoPartnership.USERS) {
			var account = users.forSignIn(demoUser.username()).orElseThrow();
			assertThat(account.roles()).isEqualTo(demoUser.roles());
			assertThat(account.mustChangePassword()).isFalse();
			assertThat(passwordEncoder.matches(DemoPartnership.PASSWORD, account.passwordHash())).isTrue();
		}
		assertThat(DemoPartnership.USERS).extracting(u -> u.roles().iterator().next())
			.containsAll(java.util.EnumSet.allOf(Role.class));
	}

}
