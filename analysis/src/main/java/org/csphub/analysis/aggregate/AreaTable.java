package org.csphub.analysis.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * A league table of areas for a selection: count, share of the total, rate per 1,000 residents, and rank by
 * count and by rate (highest first), as an assessment report or the command line lists them.
 *
 * <p><b>Contract.</b> One row per selected area (every area of the cube when the selection names none), in
 * ascending area code order. Counts, shares and rates are those of {@link CountCube#byArea},
 * {@link Shares#ofSum} and {@link Rates#per1000(Map, Map)}; ranks those of {@link Ranking} with the given
 * method (ties share a rank). An area without a rate (population unknown) has no rate rank. Because the
 * months a source covers are the same for every area, every row carries the same coverage.
 */
public final class AreaTable {

	/**
	 * One area's line.
	 *
	 * @param area the area code
	 * @param tally incidents in the selection and the period's coverage
	 * @param share the area's share of the selection's total, empty when the total is 0
	 * @param rate incidents per 1,000 residents, empty when the population is unknown
	 * @param rankByCount 1 = most incidents
	 * @param rankByRate 1 = highest rate; empty when there is no rate
	 */
	public record Row(String area, Tally tally, OptionalDouble share, Rates.RatePer1000 rate, OptionalInt rankByCount,
			OptionalInt rankByRate) {
	}

	private AreaTable() {
	}

	public static List<Row> of(CountCube cube, Selection selection, Map<String, ? extends Number> population,
			Ranking.Method method) {
		SortedMap<String, Tally> byArea = cube.byArea(selection);
		SortedMap<String, OptionalDouble> shares = Shares.ofSum(byArea);
		SortedMap<String, Rates.RatePer1000> rates = Rates.per1000(byArea, population);
		Map<String, OptionalDouble> counts = new HashMap<>();
		Map<String, OptionalDouble> rateValues = new HashMap<>();
		byArea.forEach((area, tally) -> {
			counts.put(area, tally.countSoFar().isPresent() ? OptionalDouble.of(tally.countInCoveredMonths())
					: OptionalDouble.empty());
			rateValues.put(area, rates.get(area).rate());
		});
		Map<String, Integer> countRank = ranks(Ranking.rank(counts, Ranking.Order.HIGHEST_FIRST, method));
		Map<String, Integer> rateRank = ranks(Ranking.rank(rateValues, Ranking.Order.HIGHEST_FIRST, method));
		List<Row> rows = new ArrayList<>(byArea.size());
		byArea.forEach((area, tally) -> rows.add(new Row(area, tally, shares.get(area), rates.get(area),
				optional(countRank.get(area)), optional(rateRank.get(area)))));
		return List.copyOf(rows);
	}

	private static Map<String, Integer> ranks(List<Ranking.Ranked> ranked) {
		Map<String, Integer> map = new HashMap<>();
		ranked.forEach(r -> map.put(r.key(), r.rank()));
		return map;
	}

	private static OptionalInt optional(Integer value) {
		return value == null ? OptionalInt.empty() : OptionalInt.of(value);
	}

}
