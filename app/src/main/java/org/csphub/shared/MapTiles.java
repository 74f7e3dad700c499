package org.csphub.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The background map for web maps: none by default, so maps need no outside server (they show
 * boundaries and data on a plain background); or a raster tile server set with
 * {@code csphub.map.tile-url}, a Leaflet URL template such as
 * {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}, with {@code csphub.map.tile-attribution} (the
 * tiles' licence, required with a URL) and {@code csphub.map.tile-subdomains} (the values of
 * {@code {s}}, default {@code abc}).
 *
 * <p>The Content-Security-Policy lets images load from the tile server's origins only: one per
 * subdomain when the host contains {@code {s}}, because a policy's wildcard can stand only for a whole
 * leftmost label. A template that is not an absolute http(s) URL with {@code {z}}, {@code {x}} and
 * {@code {y}} stops the application at start, naming the setting.
 */
@Component
public class MapTiles {

	private final String url;

	private final String attribution;

	private final List<String> subdomains;

	private final Set<String> origins;

	public MapTiles(@Value("${csphub.map.tile-url:}") String url,
			@Value("${csphub.map.tile-attribution:}") String attribution,
			@Value("${csphub.map.tile-subdomains:abc}") String subdomains) {
		this.url = url == null ? "" : url.trim();
		this.attribution = attribution == null ? "" : attribution.trim();
		this.subdomains = subdomains == null || subdomains.isBlank() ? List.of()
				: subdomains.trim().chars().mapToObj(c -> String.valueOf((char) c)).toList();
		this.origins = this.url.isEmpty() ? Set.of() : check();
	}

	/** True when a tile server is configured. */
	public boolean configured() {
		return !url.isEmpty();
	}

	/** The Leaflet URL template, or empty. */
	public String url() {
		return url;
	}

	public String attribution() {
		return attribution;
	}

	/** The values of {@code {s}}, as one string ("abc"). */
	public String subdomains() {
		return String.join("", subdomains);
	}

	/** The origins images may come from for the tiles, for the Content-Security-Policy; empty when none. */
	public Set<String> origins() {
		return origins;
	}

	private Set<String> check() {
		for (String placeholder : List.of("{z}", "{x}", "{y}")) {
			if (!url.contains(placeholder)) {
				throw invalid("it has no " + placeholder);
			}
		}
		if (attribution.isEmpty()) {
			throw new IllegalStateException("csphub.map.tile-url is set, so csphub.map.tile-attribution must say whose "
					+ "tiles they are and their licence (it is shown on every map)");
		}
		Set<String> result = new LinkedHashSet<>();
		if (url.contains("{s}")) {
			if (subdomains.isEmpty()) {
				throw invalid("it uses {s} but csphub.map.tile-subdomains is empty");
			}
			for (String subdomain : subdomains) {
				if (!subdomain.matches("[a-z0-9]")) {
					throw invalid("csphub.map.tile-subdomains may hold only letters and digits");
				}
				result.add(origin(url.replace("{s}", subdomain)));
			}
		}
		else {
			result.add(origin(url));
		}
		return Set.copyOf(result);
	}

	private String origin(String template) {
		// Placeholders after the host do not matter to the origin; make the rest parseable.
		String sample = template.replaceAll("\\{[a-z]+\\}", "0");
		URI uri;
		try {
			uri = new URI(sample);
		}
		catch (URISyntaxException ex) {
			throw invalid("it is not a URL (" + ex.getReason() + ")");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw invalid("it must start with https:// (or http:// for a server on the local network)");
		}
		int authorityStart = template.indexOf("://") + 3;
		int authorityEnd = template.indexOf('/', authorityStart);
		String authority = template.substring(authorityStart, authorityEnd < 0 ? template.length() : authorityEnd);
		if (authority.contains("{")) {
			throw invalid("only {s} may stand in the host name");
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw invalid("it has no host name");
		}
		if (uri.getRawUserInfo() != null) {
			throw invalid("it must not contain a user name or password");
		}
		return scheme + "://" + host.toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
	}

	private IllegalStateException invalid(String why) {
		return new IllegalStateException("csphub.map.tile-url '" + url + "' is not a usable tile URL template: " + why);
	}

}
