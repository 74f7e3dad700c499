package org.csphub.analyse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csphub.analyse.internal.Report;
import org.csphub.analyse.internal.ReportWriter;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;

/**
 * What every {@code analyse} command shares: the output options ({@code --format}, {@code --output},
 * {@code --table}), writing the result, and turning the engine's refusals into messages.
 */
abstract class AnalyseCommand implements CliCommand {

	static final Set<String> OUTPUT_OPTIONS = Set.of("format", "output", "table");

	static final String OUTPUT_HELP = """
			Output:
			  --format csv|json    CSV (default: one table) or JSON (the settings and every table)
			  --output FILE        write to FILE instead of standard output
			""";

	/** The options of this command besides the output options. */
	abstract Set<String> commandOptions();

	/** The tables this command writes; the first is the CSV default. */
	abstract List<String> tables();

	/** The table written as CSV when {@code --table} does not say. */
	String defaultTable(CliArguments arguments) {
		return tables().get(0);
	}

	/** Runs the analysis; standard error for notes, never standard output. */
	abstract Report analyse(CliArguments arguments, CliConsole console) throws IOException;

	@Override
	public final Set<String> options() {
		Set<String> all = new HashSet<>(commandOptions());
		all.addAll(OUTPUT_OPTIONS);
		if (tables().size() == 1) {
			all.remove("table");
		}
		return all;
	}

	@Override
	public final int run(CliArguments arguments, CliConsole console) throws IOException {
		Flags.noPositional(arguments);
		String format = Flags.choice(arguments, "format", "csv", "csv", "json");
		String table = arguments.value("table").orElse(null);
		if (table != null && !tables().contains(table)) {
			throw new CliUsageException("--table " + table + " is not one of " + String.join(", ", tables()));
		}
		String csvTable = table != null ? table : defaultTable(arguments);
		Path output = arguments.value("output").map(Path::of).orElse(null);
		if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
			throw new CliUsageException("--output " + output + ": the folder " + output.getParent() + " does not exist");
		}
		Report report;
		try {
			report = analyse(arguments, console);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandFailedException(ex.getMessage());
		}
		if (output == null) {
			write(report, format, table, csvTable, console.out());
		}
		else {
			try (OutputStream out = Files.newOutputStream(output)) {
				write(report, format, table, csvTable, out);
			}
			console.err().println("Wrote " + output);
		}
		return 0;
	}

	private static void write(Report report, String format, String onlyTable, String csvTable, OutputStream out)
			throws IOException {
		if (format.equals("json")) {
			ReportWriter.json(report, onlyTable, out);
		}
		else {
			ReportWriter.csv(report.tables().get(csvTable), out);
		}
	}


}
