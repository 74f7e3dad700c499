package org.csphub.security;

import java.util.List;
import java.util.Map;

import org.csphub.CspHubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: every controller method of ours must say who may call it with
 * {@code @PreAuthorize} (on the method or its class), so a new page can never be open by accident.
 */
@CspHubIntegrationTest
class EveryEndpointDeclaresAccessTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyHandlerOfOursDeclaresWhoMayUseIt() {
		Map<RequestMappingInfo, HandlerMethod> handlers = mappings.getHandlerMethods();
		List<String> undeclared = handlers.values()
			.stream()
			.filter(h -> h.getBeanType().getName().startsWith("org.csphub."))
			.filter(h -> !AnnotatedElementUtils.hasAnnotation(h.getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(h.getBeanType(), PreAuthorize.class))
			.map(h -> h.getBeanType().getSimpleName() + "." + h.getMethod().getName())
			.toList();
		assertThat(handlers).isNotEmpty();
		assertThat(undeclared).as("controller methods without @PreAuthorize").isEmpty();
	}

}
