package org.csphub.site.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Leaflet (the {@code org.webjars.npm:leaflet} webjar) from our own origin, as the
 * Content-Security-Policy requires: {@code /assets/leaflet/leaflet.js}, {@code leaflet.css} and its
 * images. Leaflet positions map panes through the CSS object model, which the policy allows; it needs
 * no inline style or script.
 */
@Component
class LeafletAssets implements WebMvcConfigurer {

	private final String version;

	LeafletAssets(@Value("${csphub.leaflet.version}") String version) {
		this.version = version;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/leaflet/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/leaflet/" + version + "/dist/");
	}

}
