package org.csphub.demo.internal;

import org.csphub.TestDatabaseProfiles;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaMatch;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
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

	@Autowired
	Areas areas;

	@Test
	void theDemoIsLoadedOnTheEmbeddedDatabaseOnly() {
		if (TestDatabaseProfiles.postgres()) {
			assertThat(mode.isDemo()).isFalse();
			assertThat(areas.find(new AreaRef(AreaType.CUSTOM, DemoAreas.PRIORITY_NEIGHBOURHOOD))).isEmpty();
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

	@Test
	void theDemoHasCharnwoodsRealAreasAndAnInventedPriorityNeighbourhood() {
		if (TestDatabaseProfiles.postgres()) {
			return;
		}
		assertThat(areas.counts().get(AreaType.LSOA)).isEqualTo(AreaTestFiles.features(AreaTestFiles.LSOAS).size());
		assertThat(areas.counts().get(AreaType.WARD)).isEqualTo(AreaTestFiles.features(AreaTestFiles.WARDS).size());
		assertThat(areas.list(AreaType.BOROUGH)).singleElement().satisfies(b -> assertThat(b.name()).isEqualTo("Charnwood"));
		var centre = areas.list(AreaType.CUSTOM);
		assertThat(centre).singleElement().satisfies(c -> {
			assertThat(c.code()).isEqualTo(DemoAreas.PRIORITY_NEIGHBOURHOOD);
			assertThat(c.name()).contains("demo");
		});
		// Loughborough Market Place is in the demo priority neighbourhood, and in Charnwood.
		GridPoint marketPlace = AreaTestFiles.grid(-1.2058, 52.7717);
		AreaMatch match = areas.locator().locate(marketPlace.easting(), marketPlace.northing());
		assertThat(match.insideBorough()).isTrue();
		assertThat(match.customAreaCodes()).containsExactly(DemoAreas.PRIORITY_NEIGHBOURHOOD);
		assertThat(areas.lsoasOf(centre.get(0).ref())).isNotEmpty();
		assertThat(areas.population(centre.get(0).ref())).isPresent();
		assertThat(areas.lsoaReference("E01025670")).isPresent();
	}

}
