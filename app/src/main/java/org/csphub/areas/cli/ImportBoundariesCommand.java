package org.csphub.areas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.BoundaryImportResult;
import org.csphub.areas.SourceFile;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/** {@code import boundaries}: replaces the areas of one type with the boundaries in GeoJSON files. */
@Component
class ImportBoundariesCommand implements CliCommand {

	private final Areas areas;

	ImportBoundariesCommand(Areas areas) {
		this.areas = areas;
	}

	@Override
	public String name() {
		return "import boundaries";
	}

	@Override
	public String summary() {
		return "Replace the LSOAs, wards, parishes, custom areas or borough from GeoJSON files";
	}

	@Override
	public Set<String> options() {
		return Set.of("type", "code-property", "name-property");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar import boundaries --type TYPE [--code-property P] [--name-property P] FILE...

				Replaces every area of the type with the features of the GeoJSON files (FeatureCollections in
				WGS84 longitude and latitude, as ONS publishes them; .gz files are read too). All or nothing: if
				any feature is refused, each problem is listed with its file and feature number, and nothing
				changes. Invalid geometry is repaired where that is safe, and reported. Importing LSOAs also
				makes the borough from their union, unless a borough boundary has been imported.

				Options:
				  --type TYPE          lsoa, ward, parish, custom or borough (one feature)
				  --code-property P    the feature property holding the area code
				                       (default: LSOAnnCD, WDnnCD, PARnnCD or PARNCPnnCD, LADnnCD, or code)
				  --name-property P    the feature property holding the name
				                       (default: LSOAnnNM, WDnnNM, PARnnNM, LADnnNM, or name)

				Examples:
				  java -jar app/target/csp-hub.jar import boundaries --type lsoa lsoa2011_by_lad/E07000130.json
				  java -jar app/target/csp-hub.jar import boundaries --type ward wards_by_lad/E07000130.json
				  java -jar app/target/csp-hub.jar import boundaries --type custom --code-property id \\
				      --name-property title priority-neighbourhoods.geojson
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		String typeName = arguments.required("type");
		AreaType type;
		try {
			type = AreaType.valueOf(typeName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException("unknown --type " + typeName + ": use lsoa, ward, parish, custom or borough");
		}
		if (arguments.positional().isEmpty()) {
			throw new CliUsageException("name at least one GeoJSON FILE");
		}
		List<SourceFile> files = new ArrayList<>();
		for (String name : arguments.positional()) {
			Path path = Path.of(name);
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new CliUsageException("cannot read the file " + name);
			}
			files.add(new SourceFile(path.getFileName().toString(), new FileSystemResource(path)));
		}
		BoundaryImportResult result = areas.importBoundaries(new BoundaryImportRequest(type, files,
				arguments.value("code-property").orElse(null), arguments.value("name-property").orElse(null)),
				line -> console.err().println(line));
		console.out().printf("%s boundaries imported: %d (%d added, %d replaced, %d removed, %d repaired)%n",
				type.label(), result.total(), result.added(), result.replaced(), result.removed(),
				result.repairs().size());
		if (result.boroughDerived()) {
			console.out().println("The borough boundary was made again from the union of the LSOAs.");
		}
		return 0;
	}

}
