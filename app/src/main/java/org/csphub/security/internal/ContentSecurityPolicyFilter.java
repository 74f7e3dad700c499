package org.csphub.security.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.csphub.shared.MapTiles;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a Content-Security-Policy with a fresh nonce on every response: only our own scripts, and
 * inline scripts that carry the nonce (templates read it from the {@code cspNonce} request
 * attribute), may run; images only from ourselves, {@code data:} URLs and a configured map tile
 * server. Also sends a Permissions-Policy that turns off powerful browser features.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = "cspNonce";

	private final SecureRandom random = new SecureRandom();

	/** "data:" and, when a map tile server is configured, its origins (see {@link MapTiles}). */
	private final String imageSources;

	ContentSecurityPolicyFilter(MapTiles tiles) {
		StringBuilder sources = new StringBuilder("'self' data:");
		tiles.origins().stream().sorted().forEach(origin -> sources.append(' ').append(origin));
		this.imageSources = sources.toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
				+ "style-src 'self'; img-src " + imageSources + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		chain.doFilter(request, response);
	}

}
