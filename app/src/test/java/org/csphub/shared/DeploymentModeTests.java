package org.csphub.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentModeTests {

	@Test
	void theDemoRunsOnlyOnTheEmbeddedDatabaseAndOnlyWhenAskedFor() {
		assertThat(DeploymentMode.decideDemo(true, "H2")).isTrue();
		assertThat(DeploymentMode.decideDemo(false, "H2")).isFalse();
		assertThat(DeploymentMode.decideDemo(true, "PostgreSQL")).isFalse();
		assertThat(DeploymentMode.decideDemo(false, "PostgreSQL")).isFalse();
	}

}
