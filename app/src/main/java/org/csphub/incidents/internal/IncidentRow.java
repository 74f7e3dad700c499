package org.csphub.incidents.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One incident ready to store, already placed on the grid and in its areas. */
record IncidentRow(String sourceCode, YearMonth month, LocalDate occurredOn, String key, String category,
		double longitude, double latitude, double easting, double northing, String location, String lsoaCode,
		String wardCode, String parishCode, String publishedLsoa, String outcome, int count,
		List<String> customAreas) {
}
