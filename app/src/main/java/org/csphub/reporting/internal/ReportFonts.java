package org.csphub.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fonts the PDF embeds: DejaVu Sans, regular and bold, shipped in
 * {@code reporting/fonts/} with their licence (Bitstream Vera licence, redistributable). openhtmltopdf
 * hands fonts to its SVG renderer only as files, so they are copied once to a temporary folder, which
 * is deleted when the JVM exits.
 */
final class ReportFonts {

	static final String FAMILY = "DejaVu Sans";

	private static volatile ReportFonts instance;

	final Path regular;

	final Path bold;

	private ReportFonts(Path regular, Path bold) {
		this.regular = regular;
		this.bold = bold;
	}

	static ReportFonts get() {
		ReportFonts fonts = instance;
		if (fonts == null) {
			synchronized (ReportFonts.class) {
				fonts = instance;
				if (fonts == null) {
					fonts = copy();
					instance = fonts;
				}
			}
		}
		return fonts;
	}

	private static ReportFonts copy() {
		try {
			Path folder = Files.createTempDirectory("csphub-report-fonts-");
			folder.toFile().deleteOnExit();
			return new ReportFonts(copy(folder, "DejaVuSans.ttf"), copy(folder, "DejaVuSans-Bold.ttf"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the report fonts to a temporary folder", ex);
		}
	}

	private static Path copy(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream("reporting/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing font reporting/fonts/" + name);
			}
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		file.toFile().deleteOnExit();
		return file;
	}

}
