package org.csphub.incidents;

import java.util.Map;
import java.util.UUID;

/**
 * How to read one partner's CSV files: which columns hold the date, the location, the category, an
 * optional count (for pre-aggregated data) and an optional id, and how the partner's categories map
 * to the partnership's. Saved and reused for every file of that kind.
 *
 * @param sourceSlug the data source, for example {@code fly-tipping}; stored as {@code partner:fly-tipping}
 * @param dateColumn the column with the date or month; null when the month is in the file name
 *        (as {@code 2019-1.csv} or {@code 2019-01.csv})
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, for example {@code dd/MM/yyyy}
 *        or {@code yyyy-MM}
 * @param categoryMap the partner's values to the partnership's categories; when empty the values are
 *        used as they are; when not empty every value met must be mapped
 */
public record PartnerMapping(UUID id, String name, String sourceSlug, String dateColumn, String dateFormat,
		DatePrecision datePrecision, LocationKind locationKind, String xColumn, String yColumn, String lsoaColumn,
		String categoryColumn, String fixedCategory, String countColumn, String idColumn,
		Map<String, String> categoryMap, int version) {

	/** Whether a date gives the day or only the month. */
	public enum DatePrecision {

		DAY("The day"), MONTH("Only the month");

		private final String label;

		DatePrecision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** How a row says where it happened. */
	public enum LocationKind {

		LONGITUDE_LATITUDE("Longitude and latitude (WGS84)"),
		EASTING_NORTHING("British National Grid easting and northing"),
		LSOA_CODE("LSOA code");

		private final String label;

		LocationKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public PartnerMapping {
		categoryMap = categoryMap == null ? Map.of() : Map.copyOf(categoryMap);
	}

	public String sourceCode() {
		return ImportKind.PARTNER.sourceCode(sourceSlug);
	}

}
