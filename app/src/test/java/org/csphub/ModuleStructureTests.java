package org.csphub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application modules keep their boundaries: no module reaches into another's internals, there
 * are no cycles, and sensitive modules depend only on what they declare. Also writes the module
 * documentation (C4 and PlantUML diagrams, module canvases) to {@code target/spring-modulith-docs}.
 */
class ModuleStructureTests {

	private final ApplicationModules modules = ApplicationModules.of(CspHubApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("audit", "partners", "security", "site", "shared", "demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
