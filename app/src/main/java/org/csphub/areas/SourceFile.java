package org.csphub.areas;

import java.util.Objects;

import org.springframework.core.io.InputStreamSource;

/**
 * A file to import: the name that messages use (for example {@code E07000130.json}) and a way to
 * open its content. Content that starts with the gzip signature is decompressed on the fly.
 */
public record SourceFile(String name, InputStreamSource content) {

	public SourceFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(content, "content");
	}

}
