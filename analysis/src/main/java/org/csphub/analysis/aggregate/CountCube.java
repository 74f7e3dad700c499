package org.csphub.analysis.aggregate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incident counts by area × category × month, with the months the source does not cover kept missing.
 *
 * <p><b>Building.</b> {@link #builder()} accepts rows {@code (area code, category, month, count)} in any
 * order, in one streaming pass: keys are interned to int ids on first sight and counts accumulate in one
 * {@code long} array indexed by {@code [area][category][month]} (grown by doubling). A caller reading a
 * large file can intern its keys once ({@link Builder#area}, {@link Builder#category},
 * {@link Builder#month}) and then add by id. Counts are added with overflow checks; negative counts are
 * refused.
 *
 * <p><b>Missing months.</b> A month is <em>covered</em> when the caller declared it
 * ({@link Builder#cover}) or added at least one row for it (a row of count 0 included). Every other month
 * is <em>missing</em>: the source has no data for it. A missing month is never reported as zero: cell
 * queries return an empty {@link OptionalLong}, roll-ups return a {@link Tally} that lists the missing
 * months and whose {@link Tally#count()} is empty, and monthly series mark the month missing. For a
 * covered month every area and category not seen counts 0 (the source covers the whole area).
 *
 * <p><b>Order and identity.</b> The cube does not depend on the order of the rows: areas and categories
 * are listed in ascending {@link String} order, months ascending, and the month axis runs from the
 * earliest to the latest covered month (the <em>span</em>). Months outside the span are missing.
 *
 * <p><b>Size.</b> The cube holds {@code areas × categories × months} longs (8 bytes each): 611 LSOAs × 14
 * crime types × 36 months is 2.5 MB. More than {@code 2^31 − 9} cells is refused.
 *
 * <p>Instances are immutable and thread-safe; a builder is not thread-safe.
 */
public final class CountCube {

	private final List<String> areas;

	private final List<String> categories;

	private final Map<String, Integer> areaIndex;

	private final Map<String, Integer> categoryIndex;

	private final YearMonth first;

	private final boolean[] covered;

	private final long[] cells;

	private CountCube(List<String> areas, List<String> categories, YearMonth first, boolean[] covered,
			long[] cells) {
		this.areas = List.copyOf(areas);
		this.categories = List.copyOf(categories);
		this.areaIndex = indexOf(this.areas);
		this.categoryIndex = indexOf(this.categories);
		this.first = first;
		this.covered = covered;
		this.cells = cells;
	}

	private static Map<String, Integer> indexOf(List<String> keys) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			index.put(keys.get(i), i);
		}
		return index;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The areas seen or declared, ascending. */
	public List<String> areas() {
		return areas;
	}

	/** The categories seen or declared, ascending. */
	public List<String> categories() {
		return categories;
	}

	/** Every month from the first covered month to the last, covered or not; empty if none is covered. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>(covered.length);
		for (int i = 0; i < covered.length; i++) {
			months.add(first.plusMonths(i));
		}
		return Collections.unmodifiableList(months);
	}

	/** The covered months, ascending. */
	public SortedSet<YearMonth> coveredMonths() {
		TreeSet<YearMonth> months = new TreeSet<>();
		for (int i = 0; i < covered.length; i++) {
			if (covered[i]) {
				months.add(first.plusMonths(i));
			}
		}
		return Collections.unmodifiableSortedSet(months);
	}

	/** Whether the source covers the month. */
	public boolean isCovered(YearMonth month) {
		int p = monthPosition(month);
		return p >= 0 && covered[p];
	}

	/**
	 * The count in one cell: empty when the month is missing; 0 for an area or category the cube has not
	 * seen in a covered month.
	 */
	public OptionalLong count(String area, String category, YearMonth month) {
		if (!isCovered(month)) {
			return OptionalLong.empty();
		}
		Integer a = areaIndex.get(area);
		Integer c = categoryIndex.get(category);
		if (a == null || c == null) {
			return OptionalLong.of(0);
		}
		return OptionalLong.of(cells[cell(a, c, monthPosition(month))]);
	}

	/** The number of cells with at least one incident. */
	public long cellsWithIncidents() {
		long n = 0;
		for (long value : cells) {
			if (value != 0) {
				n++;
			}
		}
		return n;
	}

	/** The total of the selected cells, with the months of the period that are missing. */
	public Tally total(Selection selection) {
		Query query = new Query(selection);
		long sum = 0;
		for (int a : query.areas) {
			for (int c : query.categories) {
				sum = Math.addExact(sum, query.sum(a, c));
			}
		}
		return query.tally(sum);
	}

	/** The selected cells summed by area, every selected area listed (ascending), with its coverage. */
	public SortedMap<String, Tally> byArea(Selection selection) {
		Query query = new Query(selection);
		TreeMap<String, Tally> result = new TreeMap<>();
		for (int i = 0; i < query.areas.length; i++) {
			long sum = 0;
			for (int c : query.categories) {
				sum = Math.addExact(sum, query.sum(query.areas[i], c));
			}
			result.put(query.areaNames.get(i), query.tally(sum));
		}
		return Collections.unmodifiableSortedMap(result);
	}

	/** The selected cells summed by category, every selected category listed (ascending). */
	public SortedMap<String, Tally> byCategory(Selection selection) {
		Query query = new Query(selection);
		TreeMap<String, Tally> result = new TreeMap<>();
		for (int i = 0; i < query.categories.length; i++) {
			long sum = 0;
			for (int a : query.areas) {
				sum = Math.addExact(sum, query.sum(a, query.categories[i]));
			}
			result.put(query.categoryNames.get(i), query.tally(sum));
		}
		return Collections.unmodifiableSortedMap(result);
	}

	/** The selected cells summed by month over the selection's period, missing months marked. */
	public MonthlySeries byMonth(Selection selection) {
		Query query = new Query(selection);
		int length = query.length;
		long[] counts = new long[length];
		boolean[] monthCovered = new boolean[length];
		for (int i = 0; i < length; i++) {
			int p = query.firstPosition + i;
			if (p < 0 || p >= covered.length || !covered[p]) {
				continue;
			}
			monthCovered[i] = true;
			long sum = 0;
			for (int a : query.areas) {
				for (int c : query.categories) {
					if (a >= 0 && c >= 0) {
						sum = Math.addExact(sum, cells[cell(a, c, p)]);
					}
				}
			}
			counts[i] = sum;
		}
		return new MonthlySeries(query.from, counts, monthCovered);
	}

	private int monthPosition(YearMonth month) {
		if (covered.length == 0) {
			return -1;
		}
		long p = first.until(month, ChronoUnit.MONTHS);
		return p < 0 || p >= covered.length ? -1 : (int) p;
	}

	private int cell(int area, int category, int month) {
		return (area * categories.size() + category) * covered.length + month;
	}

	/** A selection resolved to indexes: -1 stands for a named area or category the cube has not seen. */
	private final class Query {

		final List<String> areaNames;

		final List<String> categoryNames;

		final int[] areas;

		final int[] categories;

		final YearMonth from;

		final int firstPosition;

		final int length;

		Query(Selection selection) {
			this.areaNames = selection.areas().map(s -> List.copyOf(new TreeSet<>(s))).orElse(CountCube.this.areas);
			this.categoryNames = selection.categories().map(s -> List.copyOf(new TreeSet<>(s)))
				.orElse(CountCube.this.categories);
			this.areas = areaNames.stream().mapToInt(n -> areaIndex.getOrDefault(n, -1)).toArray();
			this.categories = categoryNames.stream().mapToInt(n -> categoryIndex.getOrDefault(n, -1)).toArray();
			if (covered.length == 0 && (selection.from().isEmpty() || selection.to().isEmpty())) {
				// An empty cube with an open period: no months at all.
				this.from = selection.from().or(selection::to).orElse(YearMonth.of(2000, 1));
				this.firstPosition = 0;
				this.length = 0;
				return;
			}
			YearMonth start = selection.from().orElse(first);
			YearMonth end = selection.to().orElse(first.plusMonths(covered.length - 1L));
			if (start.isAfter(end)) {
				throw new IllegalArgumentException("the period " + start + " to " + end + " ends before it starts");
			}
			this.from = start;
			this.firstPosition = covered.length == 0 ? -1 : Math.toIntExact(first.until(start, ChronoUnit.MONTHS));
			this.length = Math.toIntExact(start.until(end, ChronoUnit.MONTHS) + 1);
		}

		long sum(int area, int category) {
			if (area < 0 || category < 0) {
				return 0;
			}
			int lo = Math.max(0, firstPosition);
			int hi = Math.min(covered.length, firstPosition + length);
			long sum = 0;
			int base = cell(area, category, 0);
			for (int p = lo; p < hi; p++) {
				sum = Math.addExact(sum, cells[base + p]);
			}
			return sum;
		}

		Tally tally(long sum) {
			int coveredMonths = 0;
			List<YearMonth> missing = new ArrayList<>();
			for (int i = 0; i < length; i++) {
				int p = firstPosition + i;
				if (p >= 0 && p < covered.length && covered[p]) {
					coveredMonths++;
				}
				else {
					missing.add(from.plusMonths(i));
				}
			}
			return new Tally(sum, coveredMonths, missing);
		}

	}

	/**
	 * Accumulates rows into a cube in one pass. Rows may come in any order and the same cell may be added
	 * to many times. Not thread-safe.
	 */
	public static final class Builder {

		private final Map<String, Integer> areaIds = new HashMap<>();

		private final List<String> areaNames = new ArrayList<>();

		private final Map<String, Integer> categoryIds = new HashMap<>();

		private final List<String> categoryNames = new ArrayList<>();

		private final Map<YearMonth, Integer> monthIds = new HashMap<>();

		private final List<YearMonth> monthValues = new ArrayList<>();

		private boolean[] monthHasRows = new boolean[16];

		private final TreeSet<YearMonth> declared = new TreeSet<>();

		private int areaCapacity = 64;

		private int categoryCapacity = 16;

		private int monthCapacity = 16;

		private long[] cells = new long[areaCapacity * categoryCapacity * monthCapacity];

		private Builder() {
		}

		/** The id of an area code, interned on first sight (the area is then listed even with no rows). */
		public int area(String code) {
			Objects.requireNonNull(code, "area code");
			Integer id = areaIds.get(code);
			if (id != null) {
				return id;
			}
			int next = areaNames.size();
			if (next == areaCapacity) {
				growAreas();
			}
			areaIds.put(code, next);
			areaNames.add(code);
			return next;
		}

		/** The id of a category, interned on first sight (the category is then listed even with no rows). */
		public int category(String name) {
			Objects.requireNonNull(name, "category");
			Integer id = categoryIds.get(name);
			if (id != null) {
				return id;
			}
			int next = categoryNames.size();
			if (next == categoryCapacity) {
				relayout(areaCapacity, categoryCapacity * 2, monthCapacity);
			}
			categoryIds.put(name, next);
			categoryNames.add(name);
			return next;
		}

		/** The id of a month, interned on first sight. Interning alone does not make the month covered. */
		public int month(YearMonth month) {
			Objects.requireNonNull(month, "month");
			Integer id = monthIds.get(month);
			if (id != null) {
				return id;
			}
			int next = monthValues.size();
			if (next == monthCapacity) {
				relayout(areaCapacity, categoryCapacity, monthCapacity * 2);
				monthHasRows = Arrays.copyOf(monthHasRows, monthCapacity);
			}
			monthIds.put(month, next);
			monthValues.add(month);
			return next;
		}

		/** Adds {@code count} incidents to a cell given by ids from this builder; marks the month covered. */
		public Builder add(int areaId, int categoryId, int monthId, long count) {
			if (areaId < 0 || areaId >= areaNames.size() || categoryId < 0 || categoryId >= categoryNames.size()
					|| monthId < 0 || monthId >= monthValues.size()) {
				throw new IllegalArgumentException("unknown id: intern keys with area(), category() and month()");
			}
			if (count < 0) {
				throw new IllegalArgumentException("a count cannot be negative: " + count);
			}
			int index = (areaId * categoryCapacity + categoryId) * monthCapacity + monthId;
			cells[index] = Math.addExact(cells[index], count);
			monthHasRows[monthId] = true;
			return this;
		}

		/** Adds {@code count} incidents to a cell; marks the month covered. */
		public Builder add(String area, String category, YearMonth month, long count) {
			return add(area(area), category(category), month(month), count);
		}

		/** Adds one incident to a cell; marks the month covered. */
		public Builder add(String area, String category, YearMonth month) {
			return add(area, category, month, 1);
		}

		/** Declares that the source covers the month, even if no row is added for it. */
		public Builder cover(YearMonth month) {
			declared.add(Objects.requireNonNull(month, "month"));
			return this;
		}

		/** Declares every month from {@code first} to {@code last} (inclusive) covered. */
		public Builder cover(YearMonth first, YearMonth last) {
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				declared.add(m);
			}
			return this;
		}

		/** Declares each of the months covered. */
		public Builder coverAll(Iterable<YearMonth> months) {
			months.forEach(this::cover);
			return this;
		}

		/** Makes the cube list the areas even where they have no incidents. */
		public Builder declareAreas(Iterable<String> codes) {
			codes.forEach(this::area);
			return this;
		}

		/** Makes the cube list the categories even where they have no incidents. */
		public Builder declareCategories(Iterable<String> names) {
			names.forEach(this::category);
			return this;
		}

		public CountCube build() {
			TreeSet<YearMonth> coveredMonths = new TreeSet<>(declared);
			for (int m = 0; m < monthValues.size(); m++) {
				if (monthHasRows[m]) {
					coveredMonths.add(monthValues.get(m));
				}
			}
			List<String> areas = new ArrayList<>(areaNames);
			Collections.sort(areas);
			List<String> categories = new ArrayList<>(categoryNames);
			Collections.sort(categories);
			if (coveredMonths.isEmpty()) {
				return new CountCube(areas, categories, YearMonth.of(2000, 1), new boolean[0], new long[0]);
			}
			YearMonth first = coveredMonths.first();
			int span = Math.toIntExact(first.until(coveredMonths.last(), ChronoUnit.MONTHS) + 1);
			long size = (long) areas.size() * categories.size() * span;
			if (size > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("a cube of " + size + " cells is too large");
			}
			boolean[] covered = new boolean[span];
			for (YearMonth m : coveredMonths) {
				covered[(int) first.until(m, ChronoUnit.MONTHS)] = true;
			}
			int[] areaTo = newPositions(areaNames, areas);
			int[] categoryTo = newPositions(categoryNames, categories);
			int[] monthTo = new int[monthValues.size()];
			for (int m = 0; m < monthTo.length; m++) {
				monthTo[m] = (int) first.until(monthValues.get(m), ChronoUnit.MONTHS);
			}
			long[] out = new long[(int) size];
			int categoryCount = categories.size();
			for (int a = 0; a < areaNames.size(); a++) {
				for (int c = 0; c < categoryNames.size(); c++) {
					int from = (a * categoryCapacity + c) * monthCapacity;
					int to = (areaTo[a] * categoryCount + categoryTo[c]) * span;
					for (int m = 0; m < monthTo.length; m++) {
						long value = cells[from + m];
						if (value != 0) {
							// A month with rows is always covered, so it lies inside the span.
							out[to + monthTo[m]] = value;
						}
					}
				}
			}
			return new CountCube(areas, categories, first, covered, out);
		}

		private static int[] newPositions(List<String> byId, List<String> sorted) {
			Map<String, Integer> position = indexOf(sorted);
			int[] to = new int[byId.size()];
			for (int i = 0; i < to.length; i++) {
				to[i] = position.get(byId.get(i));
			}
			return to;
		}

		private void growAreas() {
			// Areas are the outermost axis: growing them only appends.
			long size = (long) areaCapacity * 2 * categoryCapacity * monthCapacity;
			checkSize(size);
			areaCapacity *= 2;
			cells = Arrays.copyOf(cells, (int) size);
		}

		private void relayout(int newAreas, int newCategories, int newMonths) {
			long size = (long) newAreas * newCategories * newMonths;
			checkSize(size);
			long[] grown = new long[(int) size];
			for (int a = 0; a < areaNames.size(); a++) {
				for (int c = 0; c < categoryNames.size(); c++) {
					System.arraycopy(cells, (a * categoryCapacity + c) * monthCapacity, grown,
							(a * newCategories + c) * newMonths, monthValues.size());
				}
			}
			cells = grown;
			categoryCapacity = newCategories;
			monthCapacity = newMonths;
		}

		private static void checkSize(long size) {
			if (size > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("too many areas × categories × months for one cube");
			}
		}

	}

}
