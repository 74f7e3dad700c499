package org.csphub.incidents.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Keys for rows that have no id of their own (police.uk anti-social behaviour rows have no Crime ID).
 * The key is a SHA-256 digest of the row's month, coordinates, location, published LSOA and type,
 * plus the row's occurrence number among identical rows of the same file: the same file always gives
 * the same keys, so re-importing it creates no duplicates, and two identical reports stay two.
 */
final class StableKeys {

	private final MessageDigest sha256;

	private final Map<String, Integer> seen = new HashMap<>();

	StableKeys() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String keyFor(String... fields) {
		String joined = String.join("\u001f", fields);
		byte[] digest = sha256.digest(joined.getBytes(StandardCharsets.UTF_8));
		String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
		int occurrence = seen.merge(hash, 1, Integer::sum);
		return "asb-" + hash + "-" + occurrence;
	}

}
