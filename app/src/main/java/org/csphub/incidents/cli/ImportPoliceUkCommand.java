package org.csphub.incidents.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.incidents.ImportProblem;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.stereotype.Component;

/** {@code import police-uk PATH...}: loads police.uk files for scheduled or one-off loads. */
@Component
class ImportPoliceUkCommand implements CliCommand {

	private final IncidentImports imports;

	ImportPoliceUkCommand(IncidentImports imports) {
		this.imports = imports;
	}

	@Override
	public String name() {
		return "import police-uk";
	}

	@Override
	public String summary() {
		return "Import police.uk street, outcomes and stop-and-search files, folders or zip archives";
	}

	@Override
	public Set<String> options() {
		return Set.of("force");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar import police-uk [--force SLUG ...] PATH...

				Imports data.police.uk CSV files (street-level crime and ASB, outcomes, stop and search),
				folders of months, or the zip archives data.police.uk publishes. Every row is checked and
				placed in the partnership's areas by its coordinates; rows outside the borough and rows
				without a location are counted, not stored. All or nothing: if any file or row has a
				problem, nothing is imported and every problem is listed with its file and line.
				Importing a month again replaces that month.

				Options:
				  --force SLUG   keep only rows of this force (for example leicestershire); repeat for more.
				                 Default: the forces in csphub.import.police-forces, or all.

				Examples:
				  java -jar app/target/csp-hub.jar import police-uk ../shared/data/leicestershire/police_uk
				  java -jar app/target/csp-hub.jar import police-uk --force leicestershire 2022-04.zip
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		List<Path> paths = arguments.positional().stream().map(Path::of).toList();
		if (paths.isEmpty()) {
			throw new CliUsageException("name at least one file, folder or zip archive");
		}
		String actor = "cli:" + System.getProperty("user.name", "unknown");
		long started = System.nanoTime();
		ImportSummary summary = imports.importPoliceUk(paths, Set.copyOf(arguments.all("force")), actor,
				"command line", (file, rows) -> console.err().printf("  %,d rows read (%s)%n", rows, file));
		int code = report(summary, console);
		if (code == 0) {
			console.out().printf("  took:              %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		return code;
	}

	/** Prints an import's summary, or its problems; returns the exit code. */
	static int report(ImportSummary summary, CliConsole console) {
		if (!summary.succeeded()) {
			console.err().printf("Import refused: %,d problem(s). Nothing was imported.%n", summary.rejected());
			for (ImportProblem problem : summary.problems()) {
				console.err().println("  " + problem);
			}
			return 1;
		}
		console.out().printf("Imported %,d incidents for %d month(s)%n", summary.imported(), summary.months().size());
		console.out().printf("  replaced:          %,d%n", summary.replaced());
		console.out().printf("  without location:  %,d%n", summary.withoutLocation());
		console.out().printf("  outside the area:  %,d%n", summary.outsideArea());
		console.out().printf("  rows read:         %,d%n", summary.rowsRead());
		return 0;
	}

}
