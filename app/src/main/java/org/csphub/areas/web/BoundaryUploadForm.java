package org.csphub.areas.web;

import org.csphub.areas.AreaType;

/** The boundary upload form, without its files (which come as multipart parts named "files"). */
public record BoundaryUploadForm(AreaType type, String codeProperty, String nameProperty) {

	static BoundaryUploadForm empty() {
		return new BoundaryUploadForm(null, "", "");
	}

}
