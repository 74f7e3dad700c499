package org.csphub;

import com.tngtech.archunit.core.domain.JavaClass;
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

	/**
	 * The analysis engine shares the root package but is a plain library (its own Maven module), not
	 * an application module: any module may use it, like JTS.
	 */
	static final ApplicationModules MODULES = ApplicationModules.of(CspHubApplication.class,
			JavaClass.Predicates.resideInAPackage("org.csphub.analysis.."));

	private final ApplicationModules modules = MODULES;

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
