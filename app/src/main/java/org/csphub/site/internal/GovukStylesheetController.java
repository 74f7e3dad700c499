package org.csphub.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves GOV.UK Frontend's stylesheet without its {@code @font-face} rules: the GDS Transport font
 * is licensed only for GOV.UK services, so a council service falls back to Arial, as the Design
 * System advises.
 */
@Controller
@PreAuthorize("permitAll()")
class GovukStylesheetController {

	static final String WEBJAR_CSS = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";

	private final byte[] stylesheet;

	GovukStylesheetController(GovukFrontend frontend) throws IOException {
		try (InputStream in = new ClassPathResource(WEBJAR_CSS.formatted(frontend.version())).getInputStream()) {
			String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			this.stylesheet = withoutFontFaces(css).getBytes(StandardCharsets.UTF_8);
		}
	}

	static String withoutFontFaces(String css) {
		return css.replaceAll("@font-face\\{[^}]*\\}", "").replaceAll("/\\*# sourceMappingURL=[^*]*\\*/", "");
	}

	@GetMapping(value = "/assets/govuk-frontend.css", produces = "text/css")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
			.body(stylesheet);
	}

}
