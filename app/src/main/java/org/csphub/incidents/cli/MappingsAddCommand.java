package org.csphub.incidents.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMapping.DatePrecision;
import org.csphub.incidents.PartnerMapping.LocationKind;
import org.csphub.incidents.PartnerMappings;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.stereotype.Component;

/** {@code mappings add}: saves a column mapping for a partner's CSV files. */
@Component
class MappingsAddCommand implements CliCommand {

	private final PartnerMappings mappings;

	MappingsAddCommand(PartnerMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public String name() {
		return "mappings add";
	}

	@Override
	public String summary() {
		return "Save a column mapping for a partner's CSV files";
	}

	@Override
	public Set<String> options() {
		return Set.of("name", "source", "date-column", "date-format", "precision", "location", "x", "y", "lsoa",
				"category-column", "category", "map", "count-column", "id-column");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar mappings add --name NAME --source SLUG
				           [--date-column COLUMN] --date-format PATTERN --precision day|month
				           --location lonlat|bng|lsoa (--x COLUMN --y COLUMN | --lsoa COLUMN)
				           (--category-column COLUMN [--map "VALUE=CATEGORY" ...] | --category CATEGORY)
				           [--count-column COLUMN] [--id-column COLUMN]

				Saves how to read one partner's CSV files. Without --date-column the month is taken from
				the file name (2019-1.csv or 2019-01.csv). --location lonlat reads WGS84 longitude (--x) and
				latitude (--y); bng reads British National Grid easting (--x) and northing (--y); lsoa places
				each row at a point inside the LSOA named in --lsoa. --map maps a partner's category value to
				the partnership's category (repeat it; once any is given, every value must be mapped).
				--count-column is for pre-aggregated rows (a count per row).

				Examples:
				  java -jar app/target/csp-hub.jar mappings add --name "FixMyStreet reports" --source fixmystreet \\
				      --date-format yyyy-M --precision month --location lsoa --lsoa lsoa \\
				      --category "Reports to the council" --count-column reports
				  java -jar app/target/csp-hub.jar mappings add --name "Council fly-tipping" --source fly-tipping \\
				      --date-column "Date reported" --date-format dd/MM/yyyy --precision day --location bng \\
				      --x Easting --y Northing --category Fly-tipping
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		Map<String, String> categories = new LinkedHashMap<>();
		for (String pair : arguments.all("map")) {
			int equals = pair.indexOf('=');
			if (equals <= 0 || equals == pair.length() - 1) {
				throw new CliUsageException("--map needs VALUE=CATEGORY, not " + pair);
			}
			categories.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		PartnerMapping mapping = new PartnerMapping(null, arguments.required("name"), arguments.required("source"),
				arguments.value("date-column").orElse(null), arguments.required("date-format"),
				enumValue(DatePrecision.class, arguments.required("precision"), "precision"), location(arguments.required("location")),
				arguments.value("x").orElse(null), arguments.value("y").orElse(null), arguments.value("lsoa").orElse(null),
				arguments.value("category-column").orElse(null), arguments.value("category").orElse(null),
				arguments.value("count-column").orElse(null), arguments.value("id-column").orElse(null), categories, 0);
		PartnerMapping saved = mappings.save(mapping);
		console.out().println("Saved mapping " + saved.name() + " for source " + saved.sourceCode());
		return 0;
	}

	private static LocationKind location(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "lonlat" -> LocationKind.LONGITUDE_LATITUDE;
			case "bng" -> LocationKind.EASTING_NORTHING;
			case "lsoa" -> LocationKind.LSOA_CODE;
			default -> throw new CliUsageException("--location must be lonlat, bng or lsoa, not " + text);
		};
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String option) {
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException("--" + option + " must be day or month, not " + text);
		}
	}

}
