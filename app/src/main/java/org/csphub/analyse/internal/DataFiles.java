package org.csphub.analyse.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.csphub.shared.cli.CommandFailedException;

/**
 * Opens the files a command names: plain files, gzip-compressed files (recognised by their first two
 * bytes, whatever the name), zip archives (every {@code .csv} entry inside, in name order, read in
 * place) and folders (every {@code .csv}, {@code .csv.gz} and {@code .zip} below, in path order).
 */
public final class DataFiles {

	/** Opens one source's content, decompressed. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	/**
	 * One readable table: {@code name} is how messages call it, such as
	 * {@code police-uk-charnwood.zip!2019-12/2019-12-leicestershire-street.csv}.
	 */
	public record Source(String name, Opener opener) {

		public InputStream open() throws IOException {
			return opener.open();
		}

	}

	private DataFiles() {
	}

	/** The CSV tables held by the paths, in order. Zip archives are opened and read entry by entry. */
	public static List<Source> csvSources(List<Path> paths) throws IOException {
		List<Source> sources = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new CommandFailedException(path + ": no such file or folder");
			}
			if (Files.isDirectory(path)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(path)) {
					files = walk.filter(Files::isRegularFile)
						.filter(p -> isCsv(p.toString()) || isZip(p.toString()))
						.sorted(Comparator.comparing(Path::toString))
						.toList();
				}
				if (files.isEmpty()) {
					throw new CommandFailedException(path + ": the folder holds no .csv, .csv.gz or .zip files");
				}
				for (Path file : files) {
					add(file, file.toString(), sources);
				}
			}
			else {
				add(path, path.getFileName().toString(), sources);
			}
		}
		return sources;
	}

	/** The files, with each folder replaced by the GeoJSON files in it ({@code .json}, {@code .geojson}, {@code .gz}). */
	public static List<Path> geoJsonFiles(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				files.add(path);
				continue;
			}
			try (Stream<Path> list = Files.list(path)) {
				List<Path> found = list.filter(Files::isRegularFile)
					.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(geo)?json(\\.gz)?"))
					.sorted()
					.toList();
				if (found.isEmpty()) {
					throw new CommandFailedException(path + ": the folder holds no .json or .geojson files");
				}
				files.addAll(found);
			}
		}
		return files;
	}

	/** One file (not a zip archive), decompressed if it is gzip. */
	public static Source file(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new CommandFailedException(path + ": no such file");
		}
		return new Source(path.getFileName().toString(), () -> gunzipIfNeeded(Files.newInputStream(path)));
	}

	private static void add(Path file, String name, List<Source> sources) throws IOException {
		if (!isZip(file.toString())) {
			sources.add(new Source(name, () -> gunzipIfNeeded(Files.newInputStream(file))));
			return;
		}
		List<String> entries;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			entries = zip.stream()
				.filter(e -> !e.isDirectory() && isCsv(e.getName()))
				.map(ZipEntry::getName)
				.sorted()
				.toList();
		}
		catch (java.util.zip.ZipException ex) {
			throw new CommandFailedException(name + ": not a readable zip archive (" + ex.getMessage() + ")");
		}
		if (entries.isEmpty()) {
			throw new CommandFailedException(name + ": the zip archive holds no .csv files");
		}
		for (String entry : entries) {
			sources.add(new Source(name + "!" + entry, () -> {
				ZipFile zip = new ZipFile(file.toFile());
				InputStream in = zip.getInputStream(zip.getEntry(entry));
				return gunzipIfNeeded(new java.io.FilterInputStream(in) {
					@Override
					public void close() throws IOException {
						try {
							super.close();
						}
						finally {
							zip.close();
						}
					}
				});
			}));
		}
	}

	/** The stream, decompressed when it starts with the gzip signature. */
	static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
		InputStream in = new BufferedInputStream(raw, 65536);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 65536), 65536) : in;
	}

	private static boolean isCsv(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".csv.gz");
	}

	private static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

}
