package org.csphub.incidents.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaMatch;
import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMapping.LocationKind;

/**
 * Reads one partner CSV file through its saved mapping: finds the mapped columns by name, reads each
 * row's date (or the month in the file name), location (longitude/latitude, easting/northing or an
 * LSOA code, placed at a point inside that LSOA), category, count and id, and hands the rows in the
 * borough to the writer.
 */
final class PartnerFile {

	private static final Pattern FILE_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?!\\d)");

	private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

	private final PartnerMapping mapping;

	private final ImportContext context;

	private final IncidentWriter writer;

	private final Function<String, Optional<GridPoint>> lsoaPoints;

	private final DateTimeFormatter dates;

	private final StableKeys keys = new StableKeys();

	PartnerFile(PartnerMapping mapping, ImportContext context, IncidentWriter writer,
			Function<String, Optional<GridPoint>> lsoaPoints) {
		this.mapping = mapping;
		this.context = context;
		this.writer = writer;
		this.lsoaPoints = lsoaPoints;
		// Strict, so that 31/02/2021 is refused rather than quietly read as 28 February; strict
		// resolving needs the proleptic year (u) where people write the year of era (y).
		this.dates = DateTimeFormatter.ofPattern(mapping.dateFormat().replace('y', 'u'), Locale.UK)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	void read(CsvEntry entry, List<String> header, CsvRows rows) {
		String file = entry.name();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = new ArrayList<>();
		int date = column(mapping.dateColumn(), columns, missing);
		int x = mapping.locationKind() == LocationKind.LSOA_CODE ? -1 : column(mapping.xColumn(), columns, missing);
		int y = mapping.locationKind() == LocationKind.LSOA_CODE ? -1 : column(mapping.yColumn(), columns, missing);
		int lsoa = mapping.locationKind() == LocationKind.LSOA_CODE ? column(mapping.lsoaColumn(), columns, missing) : -1;
		int category = column(mapping.categoryColumn(), columns, missing);
		int count = column(mapping.countColumn(), columns, missing);
		int id = column(mapping.idColumn(), columns, missing);
		if (!missing.isEmpty()) {
			context.problems.add(file, 1, "the mapping " + mapping.name() + " needs column(s) " + String.join(", ", missing)
					+ ", which the file does not have; its columns are: " + String.join(", ", header));
			return;
		}
		YearMonth fileMonth = null;
		if (date < 0) {
			Matcher matcher = FILE_MONTH.matcher(entry.fileName());
			int month = matcher.find() ? Integer.parseInt(matcher.group(2)) : 0;
			if (month < 1 || month > 12) {
				context.problems.add(file, 0, "the mapping takes the month from the file name, but the name has no "
						+ "year and month like 2019-1 or 2019-01");
				return;
			}
			fileMonth = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
		}
		String source = mapping.sourceCode();
		String[] v;
		while ((v = rows.next()) != null) {
			context.countRow(file);
			long line = rows.line();
			if (v.length != header.size()) {
				context.problems.add(file, line, "expected " + header.size() + " columns, found " + v.length);
				continue;
			}
			LocalDate day = null;
			YearMonth month = fileMonth;
			if (date >= 0) {
				try {
					if (mapping.datePrecision() == PartnerMapping.DatePrecision.DAY) {
						day = LocalDate.parse(v[date].trim(), dates);
						month = YearMonth.from(day);
					}
					else {
						month = YearMonth.parse(v[date].trim(), dates);
					}
				}
				catch (DateTimeParseException ex) {
					context.problems.add(file, line, mapping.dateColumn() + " '" + v[date] + "' is not a date in the form "
							+ mapping.dateFormat());
					continue;
				}
			}
			String categoryValue = category >= 0 ? v[category].trim() : mapping.fixedCategory();
			String partnershipCategory = categoryValue;
			if (!mapping.categoryMap().isEmpty() && category >= 0) {
				partnershipCategory = mapping.categoryMap().get(categoryValue);
				if (partnershipCategory == null) {
					context.problems.add(file, line, mapping.categoryColumn() + " '" + categoryValue
							+ "' is not mapped to a partnership category in the mapping " + mapping.name());
					continue;
				}
			}
			if (partnershipCategory == null || partnershipCategory.isBlank()) {
				context.problems.add(file, line, mapping.categoryColumn() + " is empty");
				continue;
			}
			int howMany = 1;
			if (count >= 0) {
				try {
					howMany = Integer.parseInt(v[count].trim().replace(",", ""));
				}
				catch (NumberFormatException ex) {
					howMany = -1;
				}
				if (howMany < 0) {
					context.problems.add(file, line, mapping.countColumn() + " '" + v[count] + "' is not a whole number of 0 or more");
					continue;
				}
				if (howMany == 0) {
					continue;
				}
			}
			ImportContext.Place place = place(v, x, y, lsoa, message -> context.problems.add(file, line, message));
			if (place == ImportContext.INVALID) {
				continue;
			}
			if (!context.admit(context.tally.of(source, month), true, place, howMany)) {
				continue;
			}
			AreaMatch match = place.match();
			String key = id >= 0 && !v[id].isBlank() ? v[id].trim() : keys.keyFor(String.join("\u001e", v)).replace("asb-", "row-");
			writer.add(new IncidentRow(source, month, day, IncidentWriter.truncate(key, 100), partnershipCategory,
					place.longitude(), place.latitude(), place.point().easting(), place.point().northing(), null,
					match.lsoaCode(), match.wardCode(), match.parishCode(), lsoa >= 0 ? v[lsoa].trim() : null, null,
					howMany, match.customAreaCodes()));
		}
	}

	private ImportContext.Place place(String[] v, int x, int y, int lsoa, java.util.function.Consumer<String> problem) {
		switch (mapping.locationKind()) {
			case LONGITUDE_LATITUDE -> {
				return context.place(v[x], v[y], problem);
			}
			case EASTING_NORTHING -> {
				String e = v[x].trim();
				String n = v[y].trim();
				if (e.isEmpty() && n.isEmpty()) {
					return null;
				}
				double easting;
				double northing;
				try {
					easting = Double.parseDouble(e);
					northing = Double.parseDouble(n);
				}
				catch (NumberFormatException ex) {
					problem.accept("easting '" + e + "' and northing '" + n + "' must both be numbers of metres");
					return ImportContext.INVALID;
				}
				if (easting < 0 || easting > 700_000 || northing < 0 || northing > 1_300_000) {
					problem.accept("easting " + e + ", northing " + n + " is not on the British National Grid");
					return ImportContext.INVALID;
				}
				GridPoint point = new GridPoint(easting, northing);
				double[] lonLat = context.lonLatOf(point);
				return new ImportContext.Place(lonLat[0], lonLat[1], point, context.locate(point));
			}
			default -> {
				String code = v[lsoa].trim().toUpperCase(Locale.ROOT);
				if (code.isEmpty()) {
					return null;
				}
				if (!LSOA.matcher(code).matches()) {
					problem.accept(mapping.lsoaColumn() + " '" + v[lsoa] + "' is not an LSOA code like E01025631");
					return ImportContext.INVALID;
				}
				Optional<GridPoint> point = lsoaPoints.apply(code);
				if (point.isEmpty()) {
					return new ImportContext.Place(0, 0, null, AreaMatch.OUTSIDE);
				}
				double[] lonLat = context.lonLatOf(point.get());
				return new ImportContext.Place(lonLat[0], lonLat[1], point.get(), context.locate(point.get()));
			}
		}
	}

	private static int column(String name, Map<String, Integer> columns, List<String> missing) {
		if (name == null || name.isBlank()) {
			return -1;
		}
		Integer index = columns.get(name.trim().toLowerCase(Locale.ROOT));
		if (index == null) {
			missing.add(name.trim());
			return -1;
		}
		return index;
	}

}
