package org.csphub.analysis.aggregate;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which cells of a {@link CountCube} a query adds up: some or all areas, some or all categories, and a
 * period of months.
 *
 * <p><b>Contract.</b> An absent area or category set means every one the cube knows. A named area or
 * category the cube has never seen counts 0 in covered months (the source covers the whole area for a
 * covered month, and nothing was recorded there); by-area and by-category roll-ups list every named
 * one, so areas with no incidents still appear. An absent period means the cube's whole span of months.
 * Immutable; the "with" methods return new selections.
 */
public final class Selection {

	private static final Selection EVERYTHING = new Selection(null, null, null, null);

	private final Set<String> areas;

	private final Set<String> categories;

	private final YearMonth from;

	private final YearMonth to;

	private Selection(Set<String> areas, Set<String> categories, YearMonth from, YearMonth to) {
		this.areas = areas;
		this.categories = categories;
		this.from = from;
		this.to = to;
	}

	/** Every area, every category, every month of the cube. */
	public static Selection everything() {
		return EVERYTHING;
	}

	/** Only these areas (codes). */
	public Selection areas(Collection<String> codes) {
		return new Selection(Set.copyOf(new TreeSet<>(codes)), categories, from, to);
	}

	public Selection area(String code) {
		return areas(Set.of(code));
	}

	/** Only these categories. */
	public Selection categories(Collection<String> names) {
		return new Selection(areas, Set.copyOf(new TreeSet<>(names)), from, to);
	}

	public Selection category(String name) {
		return categories(Set.of(name));
	}

	/** Only the months from {@code first} to {@code last}, both inclusive. */
	public Selection months(YearMonth first, YearMonth last) {
		if (first.isAfter(last)) {
			throw new IllegalArgumentException("the period " + first + " to " + last + " ends before it starts");
		}
		return new Selection(areas, categories, first, last);
	}

	/** The named areas, or empty for all. */
	public Optional<Set<String>> areas() {
		return Optional.ofNullable(areas);
	}

	/** The named categories, or empty for all. */
	public Optional<Set<String>> categories() {
		return Optional.ofNullable(categories);
	}

	/** The first month, or empty for the cube's first month. */
	public Optional<YearMonth> from() {
		return Optional.ofNullable(from);
	}

	/** The last month, or empty for the cube's last month. */
	public Optional<YearMonth> to() {
		return Optional.ofNullable(to);
	}

}
