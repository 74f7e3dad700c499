package org.csphub.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.partners.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Security headers on every response, and CSRF protection on every change. */
@CspHubIntegrationTest
class SecurityHeadersIntegrationTests {

	private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Test
	void everyPageHasAContentSecurityPolicyWithAFreshNonceThatItsScriptsCarry() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/sign-in")).andReturn().getResponse();
		MockHttpServletResponse second = mvc.perform(get("/sign-in")).andReturn().getResponse();
		String policy = first.getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
		String nonce = nonceOf(policy);
		assertThat(nonce).isNotEqualTo(nonceOf(second.getHeader("Content-Security-Policy")));
		String html = first.getContentAsString();
		assertThat(html).contains("<script nonce=\"" + nonce + "\">");
		int scripts = html.split("<script").length - 1;
		int scriptsWithNonce = html.split(Pattern.quote("<script") + "[^>]*" + Pattern.quote("nonce=\"" + nonce + "\"")).length - 1;
		assertThat(scripts).isGreaterThan(0).isEqualTo(scriptsWithNonce);
	}

	@Test
	void framingSniffingAndReferrersAreRefused() throws Exception {
		for (String path : new String[] { "/sign-in", "/accessibility", "/no-such-page" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
			assertThat(response.getHeader("Content-Security-Policy")).as(path).isNotBlank();
		}
	}

	@Test
	void pagesThatCanShowPersonalDataAreNeverCached() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		for (String path : new String[] { "/", "/users", "/audit", "/account", "/organisations" }) {
			MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
		}
	}

	@Test
	void aChangeWithoutACsrfTokenIsRefusedAndChangesNothing() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		mvc.perform(get("/organisations/new").session(session));
		String name = "No token " + System.nanoTime();
		int status = mvc.perform(post("/organisations/new").session(session).param("name", name).param("type", "POLICE"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		String list = mvc.perform(get("/organisations").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(name);
	}

	private static String nonceOf(String policy) {
		Matcher matcher = NONCE.matcher(policy);
		assertThat(matcher.find()).as("nonce in " + policy).isTrue();
		return matcher.group(1);
	}

}
