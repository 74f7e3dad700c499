package org.csphub.incidents.internal;

import java.time.YearMonth;

import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportKind;

/**
 * Reads one police.uk street-level crime and ASB file: checks every row, places it on the grid and in
 * its areas, and hands the rows inside the borough to the writer. Stops writing (but goes on checking)
 * once any problem is found, since the import will then change nothing.
 */
final class StreetCrimeFile {

	private static final int COLUMNS = PoliceUkFormat.STREET.size();

	private final ImportContext context;

	private final IncidentWriter writer;

	private final StableKeys keys = new StableKeys();

	// A file's rows share their month and source: remember the last ones rather than parse and look
	// them up again on every row.
	private String lastMonthText;

	private YearMonth lastMonth;

	private String lastSource;

	private String lastFallsWithin;

	private String lastForce;

	private String lastSourceForce;

	private String lastSourceCode;

	private YearMonth lastCountedMonth;

	private MonthTally.Counts lastCounts;

	StreetCrimeFile(ImportContext context, IncidentWriter writer) {
		this.context = context;
		this.writer = writer;
	}

	void read(String file, String fileForce, CsvRows rows) {
		String[] v;
		while ((v = rows.next()) != null) {
			context.countRow(file);
			long line = rows.line();
			if (v.length != COLUMNS) {
				context.problems.add(file, line, "expected " + COLUMNS + " columns, found " + v.length);
				continue;
			}
			YearMonth month;
			if (v[1].equals(lastMonthText)) {
				month = lastMonth;
			}
			else {
				month = Months.parse(v[1]);
				lastMonthText = v[1];
				lastMonth = month;
			}
			if (month == null) {
				context.problems.add(file, line, "Month '" + v[1] + "' is not a month in the form YYYY-MM");
				continue;
			}
			String crimeType = v[9].trim();
			if (crimeType.isEmpty()) {
				context.problems.add(file, line, "Crime type is empty");
				continue;
			}
			if (fileForce == null && !v[3].equals(lastFallsWithin)) {
				lastFallsWithin = v[3];
				lastForce = PoliceUkFormat.slug(v[3]);
			}
			String force = fileForce != null ? fileForce : lastForce;
			ImportContext.Place place = context.place(v[4], v[5], message -> context.problems.add(file, line, message));
			if (place == ImportContext.INVALID) {
				continue;
			}
			if (!force.equals(lastSourceForce)) {
				lastSourceForce = force;
				lastSourceCode = ImportKind.POLICE_UK_STREET.sourceCode(force);
			}
			String source = lastSourceCode;
			if (!source.equals(lastSource) || !month.equals(lastCountedMonth)) {
				lastSource = source;
				lastCountedMonth = month;
				lastCounts = context.tally.of(source, month);
			}
			if (!context.admit(lastCounts, context.keeps(force), place, 1)) {
				continue;
			}
			GridPoint point = place.point();
			AreaMatch match = place.match();
			String crimeId = v[0].trim();
			String key = crimeId.isEmpty() ? keys.keyFor(v[1], v[4], v[5], v[6], v[7], crimeType) : crimeId;
			writer.add(new IncidentRow(source, month, null, key, crimeType, place.longitude(), place.latitude(), point.easting(),
					point.northing(), blankToNull(v[6]), match.lsoaCode(), match.wardCode(), match.parishCode(),
					blankToNull(v[7]), blankToNull(v[10]), 1, match.customAreaCodes()));
		}
	}

	private static String blankToNull(String value) {
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
