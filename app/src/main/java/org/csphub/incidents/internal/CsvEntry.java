package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.InputStream;

/** One CSV file to import: a file on disk or an entry of a zip archive. */
record CsvEntry(String name, Opener opener) {

	@FunctionalInterface
	interface Opener {

		InputStream open() throws IOException;

	}

	InputStream open() throws IOException {
		return opener.open();
	}

	/** The file name without any folder, for example {@code 2019-12-leicestershire-street.csv}. */
	String fileName() {
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(slash + 1);
	}

}
