package org.csphub.analyse.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.SortedSet;

/**
 * The points read from a table, in file order: coordinates in metres (British National Grid when
 * projected from longitude and latitude), and optional times, values and names.
 *
 * @param xs eastings (empty arrays when coordinates were not read)
 * @param ys northings
 * @param times the dates and times, or null when none were read
 * @param values the values, or null when none were read
 * @param ids the names, or null when none were read
 * @param monthsOnly whether every date was a month alone (police.uk's {@code Month})
 * @param monthsInFile the months of every dated row of the files, before any filter: the months the data
 *     covers (a month with no row is missing data, not zero)
 * @param rows the data rows read
 * @param withoutLocation rows skipped because a coordinate was empty
 * @param filteredOut rows left out by {@code --where}, {@code --from} or {@code --to}
 * @param files how many tables were read
 */
public record Points(double[] xs, double[] ys, LocalDateTime[] times, double[] values, String[] ids,
		boolean monthsOnly, SortedSet<YearMonth> monthsInFile, long rows, long withoutLocation, long filteredOut,
		int files) {

	public int size() {
		return times != null ? times.length : xs.length;
	}

	/** A one-line account of what was read, for standard error. */
	public String summary(String what) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("Read %,d rows from %d file%s: %,d %s", rows, files, files == 1 ? "" : "s", size(), what));
		if (withoutLocation > 0) {
			text.append(String.format("; %,d rows without coordinates skipped", withoutLocation));
		}
		if (filteredOut > 0) {
			text.append(String.format("; %,d rows left out by --where, --from or --to", filteredOut));
		}
		if (monthsOnly) {
			text.append("; dates are months only");
		}
		return text.append('.').toString();
	}

}
