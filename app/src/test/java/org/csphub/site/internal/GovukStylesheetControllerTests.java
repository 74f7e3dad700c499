package org.csphub.site.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class GovukStylesheetControllerTests {

	@Test
	void theGdsTransportFontIsRemovedAndEverythingElseKept() throws Exception {
		String version = System.getProperty("govuk.version", "5.14.0");
		String css;
		try (InputStream in = new ClassPathResource(GovukStylesheetController.WEBJAR_CSS.formatted(version))
			.getInputStream()) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(css).contains("@font-face");
		String stripped = GovukStylesheetController.withoutFontFaces(css);
		assertThat(stripped).doesNotContain("@font-face", "sourceMappingURL", ".woff");
		assertThat(stripped).contains(".govuk-header", ".govuk-error-summary", "arial");
		assertThat(css.length() - stripped.length()).isLessThan(5_000);
	}

}
