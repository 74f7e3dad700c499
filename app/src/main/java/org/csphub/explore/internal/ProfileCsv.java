package org.csphub.explore.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.csphub.explore.internal.AreaProfile.CategoryRow;
import org.csphub.explore.internal.AreaProfile.MonthRow;
import org.csphub.reporting.SpreadsheetSafe;

/**
 * The CSV downloads of a profile: one for each chart and one for the map's squares. Months are
 * {@code YYYY-MM}; a month that is not loaded has the status "No data" and empty counts, never 0.
 * Every text cell is made {@link SpreadsheetSafe}.
 */
public final class ProfileCsv {

	static final String NO_DATA = "No data (month not loaded)";

	private ProfileCsv() {
	}

	/** Month, status, total, the same month a year earlier, then one column per crime type. */
	public static String months(AreaProfile profile) {
		List<String> header = new ArrayList<>(List.of("Area code", "Area name", "Month", "Status", "Incidents",
				"Same month a year earlier"));
		List<String> categories = profile.categories().stream().map(CategoryRow::name).toList();
		header.addAll(categories);
		return write(header, printer -> {
			for (MonthRow row : profile.months()) {
				List<String> cells = new ArrayList<>(List.of(text(profile.area().code()), text(profile.area().name()),
						row.month().toString(), row.loaded() ? "Loaded" : NO_DATA, number(row.count()),
						row.earlier() == null ? "" : number(row.earlier())));
				for (String category : categories) {
					cells.add(row.loaded() ? number(row.byCategory().get(category)) : "");
				}
				printer.printRecord(cells);
			}
		});
	}

	/** Crime type, count, share, rate per 1,000, the same months a year earlier, difference, change. */
	public static String crimeTypes(AreaProfile profile) {
		List<String> header = List.of("Area code", "Area name", "From", "To", "Crime type", "Incidents",
				"Share of all incidents (%)", "Per 1,000 residents", "Same period a year earlier", "Difference",
				"Change (%)", "Months with no data in the period");
		String missing = String.join(" ", profile.missing().stream().map(Object::toString).toList());
		return write(header, printer -> {
			for (CategoryRow row : profile.categories()) {
				printer.printRecord(text(profile.area().code()), text(profile.area().name()), profile.choice().from().toString(),
						profile.choice().to().toString(), text(row.name()), number(row.count()), decimal(row.sharePercent()),
						decimal(row.ratePerThousand()), number(row.earlier()), number(row.difference()),
						decimal(row.changePercent()), missing);
			}
		});
	}

	/** Each square with incidents: grid reference, south-west corner, size, count, band. */
	public static String gridCells(AreaProfile profile, DensityGrid grid) {
		List<String> header = List.of("Area code", "Area name", "From", "To", "Grid reference",
				"Easting of south-west corner (m)", "Northing of south-west corner (m)", "Square size (m)", "Incidents",
				"Map band");
		return write(header, printer -> {
			for (DensityGrid.Cell cell : grid.cells()) {
				printer.printRecord(text(profile.area().code()), text(profile.area().name()),
						profile.choice().from().toString(), profile.choice().to().toString(), text(cell.gridReference()),
						String.valueOf((long) cell.square().west()), String.valueOf((long) cell.square().south()),
						String.valueOf(grid.cellSize()), number(cell.count()), String.valueOf(cell.band()));
			}
		});
	}

	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	private static String write(List<String> header, Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header.stream().map(SpreadsheetSafe::text).toList());
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String text(String value) {
		return SpreadsheetSafe.text(value);
	}

	private static String number(Long value) {
		return value == null ? "" : Long.toString(value);
	}

	private static String decimal(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
	}

}
