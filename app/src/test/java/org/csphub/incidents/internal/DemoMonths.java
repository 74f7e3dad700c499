package org.csphub.incidents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.core.io.ClassPathResource;

/** Real police.uk months from the demo extract shipped in the application, as files for tests. */
final class DemoMonths {

	static final String ZIP = "demo/police-uk-charnwood.zip";

	private DemoMonths() {
	}

	/** Writes one month's street file (for example "2019-12") into the folder and returns its path. */
	static Path month(String month, Path folder) throws IOException {
		try (InputStream in = new ClassPathResource(ZIP).getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().startsWith(month + "/")) {
					Path file = folder.resolve(entry.getName().substring(entry.getName().indexOf('/') + 1));
					Files.copy(zip, file);
					return file;
				}
			}
		}
		throw new IllegalArgumentException("no month " + month + " in " + ZIP);
	}

	/** The whole demo archive as a file. */
	static Path archive(Path folder) throws IOException {
		Path file = folder.resolve("police-uk-charnwood.zip");
		try (InputStream in = new ClassPathResource(ZIP).getInputStream()) {
			Files.copy(in, file);
		}
		return file;
	}

	static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file);
	}

}
