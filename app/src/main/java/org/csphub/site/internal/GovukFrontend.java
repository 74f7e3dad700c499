package org.csphub.site.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where GOV.UK Frontend's assets are: its images under {@code /assets/images}, its JavaScript under
 * {@code /assets/govuk/govuk-frontend.min.js}, and the product's own styles and scripts under
 * {@code /assets/}.
 */
@Component
class GovukFrontend implements WebMvcConfigurer {

	private final String version;

	GovukFrontend(@Value("${csphub.govuk-frontend.version}") String version) {
		this.version = version;
	}

	String version() {
		return version;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
		registry.addResourceHandler("/assets/images/**").addResourceLocations(dist + "assets/images/");
		registry.addResourceHandler("/assets/govuk/**").addResourceLocations(dist);
		registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/");
		// A single file is mapped with a named pattern, not a plain path: a plain path leaves no file
		// name to look up under the location, so the file would never be found.
		registry.addResourceHandler("/{icon:favicon\\.ico}").addResourceLocations(dist + "assets/images/");
	}

}
