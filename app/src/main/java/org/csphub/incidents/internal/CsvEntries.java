package org.csphub.incidents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns what the user named (CSV files, folders of months, or the zip archives data.police.uk
 * publishes) into the CSV files to read, in a stable order. Zip archives are read in place, entry by
 * entry, without unpacking them to disk.
 */
final class CsvEntries implements AutoCloseable {

	private final List<ZipFile> openZips = new ArrayList<>();

	List<CsvEntry> expand(List<Path> paths, Problems problems) throws IOException {
		List<CsvEntry> entries = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				problems.add(path.toString(), 0, "no such file or folder");
			}
			else if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					List<Path> files = walk.filter(Files::isRegularFile)
						.filter(p -> isCsv(p.toString()) || isZip(p.toString()))
						.sorted(Comparator.comparing(Path::toString))
						.toList();
					for (Path file : files) {
						addFile(file, entries);
					}
				}
			}
			else if (isCsv(path.toString()) || isZip(path.toString())) {
				addFile(path, entries);
			}
			else {
				problems.add(path.toString(), 0, "not a .csv file, a .zip archive or a folder");
			}
		}
		if (entries.isEmpty() && !problems.any()) {
			problems.add(String.valueOf(paths), 0, "no CSV files found");
		}
		return entries;
	}

	private void addFile(Path file, List<CsvEntry> entries) throws IOException {
		if (isCsv(file.toString())) {
			entries.add(new CsvEntry(file.toString(), () -> Files.newInputStream(file)));
			return;
		}
		ZipFile zip = new ZipFile(file.toFile());
		openZips.add(zip);
		List<? extends ZipEntry> csvs = zip.stream()
			.filter(e -> !e.isDirectory() && isCsv(e.getName()))
			.sorted(Comparator.comparing(ZipEntry::getName))
			.toList();
		for (ZipEntry entry : csvs) {
			entries.add(new CsvEntry(file.getFileName() + "!" + entry.getName(), () -> zip.getInputStream(entry)));
		}
	}

	private static boolean isCsv(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	private static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	@Override
	public void close() throws IOException {
		for (ZipFile zip : openZips) {
			zip.close();
		}
	}

}
