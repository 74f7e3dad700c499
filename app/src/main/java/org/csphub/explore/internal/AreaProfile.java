package org.csphub.explore.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.csphub.areas.AreaDetails;

/**
 * An area's counts for a chosen period, ready to show. Every count is null where its month is not
 * loaded ("no data"), never zero.
 *
 * @param population the area's 2019 population, or null when not known
 * @param months one row per month of the period, in order
 * @param categories one row per crime type counted, most incidents first
 * @param total the incidents in the loaded months of the period
 * @param missing the months of the period that are not loaded
 * @param ratePerThousand incidents per 1,000 residents over the period, or null when the population is
 *        not known
 */
public record AreaProfile(AreaDetails area, Long population, ProfileChoice choice, List<MonthRow> months,
		List<CategoryRow> categories, long total, List<YearMonth> missing, Comparison comparison,
		Double ratePerThousand) {

	/**
	 * One month: its count and its counts by crime type (in the order of the profile's categories), or
	 * nulls when the month is not loaded; and the same month a year earlier.
	 */
	public record MonthRow(YearMonth month, Long count, Map<String, Long> byCategory, Long earlier) {

		public boolean loaded() {
			return count != null;
		}

		public String label() {
			return Months.label(month);
		}

	}

	/**
	 * One crime type over the period.
	 * @param sharePercent its share of the total, or null when the total is zero
	 * @param ratePerThousand per 1,000 residents, or null when the population is not known
	 * @param earlier the same months a year earlier, or null when the comparison is not available
	 * @param changePercent null when not available or nothing a year earlier
	 */
	public record CategoryRow(String name, long count, Double sharePercent, Double ratePerThousand, Long earlier,
			Long difference, Double changePercent) {
	}

	/**
	 * The period against the same months a year earlier. Available only when every month of both
	 * periods is loaded (docs/adr/0010), so that a missing month never looks like a fall.
	 * @param missingEarlier the months of the earlier period that are not loaded
	 * @param earlierTotal null when not available
	 * @param percent null when not available or nothing a year earlier
	 */
	public record Comparison(YearMonth from, YearMonth to, boolean available, List<YearMonth> missingNow,
			List<YearMonth> missingEarlier, Long earlierTotal, Long difference, Double percent) {

		/** Why the change cannot be given, for people; empty when it can. */
		public String reason() {
			if (available) {
				return "";
			}
			if (!missingNow.isEmpty()) {
				return "Not available: there is no data for " + Months.list(missingNow) + " in the chosen period.";
			}
			return "Not available: there is no data for " + Months.list(missingEarlier)
					+ (missingEarlier.size() == 1 ? ", a month" : ", months") + " of the same period a year earlier.";
		}

		public String period() {
			return Months.period(from, to);
		}

	}

	public String period() {
		return Months.period(choice.from(), choice.to());
	}

	public int monthsLoaded() {
		return months.size() - missing.size();
	}

	public boolean hasMissing() {
		return !missing.isEmpty();
	}

	/** The highest monthly count, 0 when there is none. */
	public long highestMonth() {
		return months.stream().filter(MonthRow::loaded).mapToLong(MonthRow::count).max().orElse(0);
	}

}
