package org.csphub.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine is plain Java: Spring is not on its classpath (the Maven enforcer rule in
 * analysis/pom.xml also fails the build if a dependency brings it in).
 */
class EngineHasNoSpringTests {

	@Test
	void springIsNotOnTheClasspath() {
		assertThatThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"))
			.isInstanceOf(ClassNotFoundException.class);
		assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
			.isInstanceOf(ClassNotFoundException.class);
	}

}
