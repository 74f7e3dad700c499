package org.csphub.incidents;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Located incidents in primitive arrays, for hotspot maps and near-repeat tests: one entry per distinct
 * point, month and category, with the number of incidents there (police.uk puts many crimes on one
 * anonymous map point, so entries are far fewer than incidents). Entries are ordered by month, category,
 * easting and northing, so the same data always gives the same order (Monte Carlo tests are then
 * reproducible).
 *
 * <p>Coordinates are British National Grid metres as stored (police.uk's snapped map points, partner
 * points, or an LSOA's interior point for partner rows given only an LSOA). Months are held as whole
 * months after {@link #firstMonth()}, categories as indexes into {@link #categories()}. Immutable: the
 * accessors copy.
 */
public final class LocatedIncidents {

	private final YearMonth firstMonth;

	private final List<String> categories;

	private final double[] eastings;

	private final double[] northings;

	private final int[] months;

	private final int[] categoryIndexes;

	private final long[] counts;

	/**
	 * @param firstMonth the month that month offset 0 stands for
	 * @param categories the categories the indexes refer to
	 * @param eastings one per entry
	 * @param northings one per entry
	 * @param months whole months after {@code firstMonth}, {@code >= 0}
	 * @param categoryIndexes indexes into {@code categories}
	 * @param counts incidents at each entry, {@code > 0}
	 */
	public LocatedIncidents(YearMonth firstMonth, List<String> categories, double[] eastings, double[] northings,
			int[] months, int[] categoryIndexes, long[] counts) {
		this.firstMonth = Objects.requireNonNull(firstMonth, "firstMonth");
		this.categories = List.copyOf(categories);
		int n = eastings.length;
		if (northings.length != n || months.length != n || categoryIndexes.length != n || counts.length != n) {
			throw new IllegalArgumentException("every array needs one value per entry");
		}
		this.eastings = eastings.clone();
		this.northings = northings.clone();
		this.months = months.clone();
		this.categoryIndexes = categoryIndexes.clone();
		this.counts = counts.clone();
		for (int i = 0; i < n; i++) {
			if (this.months[i] < 0 || this.categoryIndexes[i] < 0 || this.categoryIndexes[i] >= this.categories.size()
					|| this.counts[i] <= 0) {
				throw new IllegalArgumentException("entry " + i + " has a bad month, category or count");
			}
		}
	}

	/** The number of entries (distinct point, month and category). */
	public int size() {
		return eastings.length;
	}

	/** The number of incidents: the sum of the entries' counts. */
	public long incidents() {
		return Arrays.stream(counts).sum();
	}

	public YearMonth firstMonth() {
		return firstMonth;
	}

	public List<String> categories() {
		return categories;
	}

	public double easting(int entry) {
		return eastings[entry];
	}

	public double northing(int entry) {
		return northings[entry];
	}

	/** Whole months after {@link #firstMonth()}. */
	public int monthOffset(int entry) {
		return months[entry];
	}

	public YearMonth month(int entry) {
		return firstMonth.plusMonths(months[entry]);
	}

	public String category(int entry) {
		return categories.get(categoryIndexes[entry]);
	}

	public long count(int entry) {
		return counts[entry];
	}

	public double[] eastings() {
		return eastings.clone();
	}

	public double[] northings() {
		return northings.clone();
	}

	/** The counts as weights, for a weighted kernel density. */
	public double[] weights() {
		double[] weights = new double[counts.length];
		for (int i = 0; i < counts.length; i++) {
			weights[i] = counts[i];
		}
		return weights;
	}

}
