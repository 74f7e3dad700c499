package org.csphub.areas;

import java.util.List;
import java.util.Objects;

/**
 * Boundaries to import for one type of area, replacing all the areas of that type.
 * @param codeProperty the GeoJSON feature property holding the area code, or null for the type's
 *        default (see {@code BoundaryProperties})
 * @param nameProperty the property holding the area name, or null for the default
 */
public record BoundaryImportRequest(AreaType type, List<SourceFile> files, String codeProperty, String nameProperty) {

	public BoundaryImportRequest {
		Objects.requireNonNull(type, "type");
		files = List.copyOf(files);
		codeProperty = blankToNull(codeProperty);
		nameProperty = blankToNull(nameProperty);
	}

	public BoundaryImportRequest(AreaType type, List<SourceFile> files) {
		this(type, files, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
