package org.csphub.areas.web;

import java.util.Arrays;
import java.util.Optional;

import org.csphub.areas.AreaType;

/**
 * The boundary upload form, without its files (which come as multipart parts named "files"). The type
 * is kept as text, so that an unknown value is a field error rather than a form that cannot be bound.
 */
public record BoundaryUploadForm(String type, String codeProperty, String nameProperty) {

	static BoundaryUploadForm empty() {
		return new BoundaryUploadForm(null, "", "");
	}

	/** The chosen area type, if it is one. */
	Optional<AreaType> areaType() {
		return Arrays.stream(AreaType.values()).filter(t -> t.name().equals(type)).findFirst();
	}

}
