package org.csphub.analyse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.csphub.shared.cli.CliConsole;

/**
 * Runs an {@code analyse} command as {@code java -jar csp-hub.jar analyse ...} would (through
 * {@link AnalyseCommandLine}, without Spring), capturing the exit code, standard output and standard
 * error; and finds the shipped data the tests run on.
 */
record AnalyseRun(int exitCode, String out, String err) {

	static AnalyseRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliConsole console = new CliConsole(new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				null);
		String[] words = new String[args.length + 1];
		words[0] = "analyse";
		System.arraycopy(args, 0, words, 1, args.length);
		int code = AnalyseCommandLine.run(words, console);
		return new AnalyseRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The CSV on standard output as rows of column → value. */
	List<Map<String, String>> rows() {
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(out))
			.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
			.get()) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header of the CSV on standard output. */
	List<String> columns() {
		return List.of(out.lines().findFirst().orElse("").split(","));
	}

	/** The shipped police.uk months around Charnwood (a zip of 29 CSV files). */
	static Path demoZip() {
		return resource("/demo/police-uk-charnwood.zip");
	}

	/** A shipped demo boundary or reference file, by name (in {@code demo/areas/}). */
	static Path demoArea(String name) {
		return resource("/demo/areas/" + name);
	}

	/** The Chicago burglaries of the Knox reference (the engine's test resources). */
	static Path chicago() {
		return sibling("analysis/src/test/resources/reference/knox/chicago_burglary_2014_2017.csv.gz");
	}

	/** pyMannKendall's Bogra monthly rainfall (the engine's test resources). */
	static Path bogra() {
		return sibling("analysis/src/test/resources/reference/mannkendall/bogra_monthly_rainfall.csv");
	}

	private static Path resource(String name) {
		try {
			return Path.of(AnalyseRun.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file of the engine module: tests run in {@code app/}, or at the top of the project. */
	private static Path sibling(String path) {
		for (Path candidate : List.of(Path.of("..").resolve(path), Path.of(path))) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("cannot find " + path + " from " + Path.of("").toAbsolutePath());
	}

	static double number(Map<String, String> row, String column) {
		String text = row.get(column);
		return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
	}

}
