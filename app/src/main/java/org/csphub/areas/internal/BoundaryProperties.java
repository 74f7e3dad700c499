package org.csphub.areas.internal;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.csphub.areas.AreaType;
import tools.jackson.databind.JsonNode;

/**
 * Which GeoJSON feature properties hold an area's code and name. Given names must match exactly. By
 * default each type looks for the ONS property names of any year (the first property whose name
 * matches, ignoring case): {@code LSOA11CD}/{@code LSOA11NM}, {@code WD13CD}/{@code WD13NM} or
 * {@code WD22CD}, {@code PAR13CD} or {@code PARNCP11CD}, {@code LAD13CD}; custom areas use
 * {@code code} and {@code name}, and a custom area without a code gets one made from its name.
 */
public record BoundaryProperties(AreaType type, String codeProperty, String nameProperty) {

	private static final Map<AreaType, String[]> DEFAULTS = Map.of(
			AreaType.LSOA, new String[] { "LSOA\\d{2}CD", "LSOA\\d{2}NM" },
			AreaType.WARD, new String[] { "WD\\d{2}CD", "WD\\d{2}NM" },
			AreaType.PARISH, new String[] { "PAR(NCP)?\\d{2}CD", "PAR(NCP)?\\d{2}NM" },
			AreaType.BOROUGH, new String[] { "LAD\\d{2}CD", "LAD\\d{2}NM" },
			AreaType.CUSTOM, new String[] { "code", "name" });

	/** How the code property is described in messages, for example {@code LSOA11CD-style (LSOA\d{2}CD)}. */
	public String describeCode() {
		return codeProperty != null ? codeProperty : DEFAULTS.get(type)[0].replace("\\d{2}", "nn");
	}

	public String describeName() {
		return nameProperty != null ? nameProperty : DEFAULTS.get(type)[1].replace("\\d{2}", "nn");
	}

	/** The code in a feature's properties, trimmed, or null if absent or blank. */
	public String code(JsonNode properties) {
		return value(properties, codeProperty, DEFAULTS.get(type)[0]);
	}

	/** The name in a feature's properties, trimmed, or null if absent or blank. */
	public String name(JsonNode properties) {
		return value(properties, nameProperty, DEFAULTS.get(type)[1]);
	}

	private static String value(JsonNode properties, String given, String defaultPattern) {
		if (properties == null || !properties.isObject()) {
			return null;
		}
		JsonNode node = null;
		if (given != null) {
			node = properties.get(given);
		}
		else {
			Pattern pattern = Pattern.compile(defaultPattern, Pattern.CASE_INSENSITIVE);
			Iterator<Map.Entry<String, JsonNode>> fields = properties.properties().iterator();
			while (node == null && fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (pattern.matcher(field.getKey()).matches()) {
					node = field.getValue();
				}
			}
		}
		if (node == null || node.isNull() || node.isContainer()) {
			return null;
		}
		String text = node.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A code made from a custom area's name: lower case letters and digits joined by hyphens. */
	public static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 100 ? slug.substring(0, 100) : slug;
	}

}
