package org.csphub.incidents.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.incidents.ImportProblem;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMappings;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.springframework.stereotype.Component;

/** {@code import partner --mapping NAME PATH...}: loads partners' CSV files through a saved mapping. */
@Component
class ImportPartnerCommand implements CliCommand {

	private final IncidentImports imports;

	private final PartnerMappings mappings;

	ImportPartnerCommand(IncidentImports imports, PartnerMappings mappings) {
		this.imports = imports;
		this.mappings = mappings;
	}

	@Override
	public String name() {
		return "import partner";
	}

	@Override
	public String summary() {
		return "Import partner CSV files (council ASB, fly-tipping, fires...) through a saved mapping";
	}

	@Override
	public Set<String> options() {
		return Set.of("mapping");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar import partner --mapping NAME PATH...

				Imports partners' CSV files (single files, folders or zip archives) through a saved column
				mapping (see 'mappings add' and the Data imports pages). All or nothing, and safe to repeat:
				a source and month imported again replaces the earlier load.

				Example:
				  java -jar app/target/csp-hub.jar import partner --mapping "FixMyStreet reports" \\
				      ../shared/data/leicestershire/fixmystreet/LSOA/all/No\\ Categories
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		String name = arguments.required("mapping");
		PartnerMapping mapping = mappings.findByName(name)
			.orElseThrow(() -> new CommandFailedException("there is no mapping called \"" + name
					+ "\"; run 'mappings list' to see them"));
		List<Path> paths = arguments.positional().stream().map(Path::of).toList();
		if (paths.isEmpty()) {
			throw new CliUsageException("name at least one file, folder or zip archive");
		}
		ImportSummary summary = imports.importPartner(mapping, paths, "cli:" + System.getProperty("user.name", "unknown"),
				"command line", (file, rows) -> console.err().printf("  %,d rows read (%s)%n", rows, file));
		return ImportPoliceUkCommand.report(summary, console);
	}

}
