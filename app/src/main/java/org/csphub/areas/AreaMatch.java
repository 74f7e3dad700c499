package org.csphub.areas;

import java.util.List;

/**
 * The areas a point falls in. {@code insideBorough} is false for a point outside the partnership's
 * borough, in which case every code is null and the list empty. Inside the borough any code may still
 * be null where no polygon of that type covers the point (an unparished area, say).
 */
public record AreaMatch(boolean insideBorough, String lsoaCode, String wardCode, String parishCode,
		List<String> customAreaCodes) {

	public static final AreaMatch OUTSIDE = new AreaMatch(false, null, null, null, List.of());

	public AreaMatch {
		customAreaCodes = List.copyOf(customAreaCodes);
	}

}
