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
	 * The analysis engine ({@code org.csphub.analysis}, the {@code analysis} Maven module) shares the base
	 * package but is a plain Java library that any module may use, like JTS; it cannot carry Spring
	 * Modulith annotations (docs/adr/0002), so it is left out of the module model.
	 */
	private final ApplicationModules modules = ApplicationModules.of(CspHubApplication.class,
			JavaClass.Predicates.resideInAPackage("org.csphub.analysis.."));

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
