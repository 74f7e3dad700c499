package org.csphub.areas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.csphub.areas.Areas;
import org.csphub.areas.ReferenceFiles;
import org.csphub.areas.SourceFile;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/** {@code import reference}: replaces the per-LSOA population, deprivation and rural-urban data. */
@Component
class ImportReferenceCommand implements CliCommand {

	private final Areas areas;

	ImportReferenceCommand(Areas areas) {
		this.areas = areas;
	}

	@Override
	public String name() {
		return "import reference";
	}

	@Override
	public String summary() {
		return "Replace the per-LSOA population, deprivation and rural-urban tables";
	}

	@Override
	public Set<String> options() {
		return Set.of("population", "imd", "imd-domains", "denominators", "ruc");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar import reference --population FILE --imd FILE --imd-domains FILE \\
				           --denominators FILE --ruc FILE

				Replaces the reference data of every LSOA with these published CSV tables, all or nothing: a bad
				row is reported with its file, line and reason, and nothing changes. .gz files are read too.

				Options:
				  --population FILE    ONS LSOA population 2019 (columns lsoa, pop)
				  --imd FILE           English Indices of Deprivation 2019, File 1 (IMD rank and decile)
				  --imd-domains FILE   IoD 2019 File 2 (domain ranks and deciles)
				  --denominators FILE  IoD 2019 File 6 (population denominators, mid-2015)
				  --ruc FILE           ONS rural-urban classification 2011 (columns lsoa, RUC11CD, RUC11)

				Example (the shipped Leicestershire data):
				  java -jar app/target/csp-hub.jar import reference \\
				      --population reference/population_2019/2019_population.csv \\
				      --imd reference/imd2019/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv \\
				      --imd-domains reference/imd2019/File_2_-_IoD2019_Domains_of_Deprivation.csv \\
				      --denominators reference/imd2019/File_6_-_IoD2019_Population_Denominators.csv \\
				      --ruc reference/ruc2011/ruc_2011.csv
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		ReferenceFiles files = new ReferenceFiles(file(arguments, "population"), file(arguments, "imd"),
				file(arguments, "imd-domains"), file(arguments, "denominators"), file(arguments, "ruc"));
		int lsoas = areas.importReference(files, line -> console.err().println(line));
		console.out().println("Imported reference data for " + lsoas + " LSOAs");
		return 0;
	}

	private static SourceFile file(CliArguments arguments, String option) {
		String name = arguments.required(option);
		Path path = Path.of(name);
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new CliUsageException("cannot read the --" + option + " file " + name);
		}
		return new SourceFile(path.getFileName().toString(), new FileSystemResource(path));
	}

}
