package org.csphub.security.internal;

import org.csphub.shared.MapTiles;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyFilterTests {

	@Test
	void imagesComeOnlyFromUsAndDataUrlsWithoutATileServer() throws Exception {
		assertThat(policy(new MapTiles("", "", "abc"))).contains("img-src 'self' data:;");
	}

	@Test
	void aConfiguredTileServersOriginsAreAllowedForImagesAndNothingElse() throws Exception {
		String policy = policy(new MapTiles("https://{s}.tile.example.org/{z}/{x}/{y}.png", "© Example", "ab"));
		assertThat(policy).contains("img-src 'self' data: https://a.tile.example.org https://b.tile.example.org;")
			.contains("default-src 'self';")
			.contains("connect-src 'self';")
			.containsPattern("script-src 'self' 'nonce-[^']+';");
	}

	private static String policy(MapTiles tiles) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ContentSecurityPolicyFilter(tiles).doFilter(new MockHttpServletRequest(), response, new MockFilterChain());
		return response.getHeader("Content-Security-Policy");
	}

}
