package org.csphub.analysis.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ranks of keyed values (areas by count or rate, categories by count), 1 = first.
 *
 * <p><b>Contract.</b> Values are ordered by {@link Order} (highest first by default); equal values are
 * <em>tied</em> (compared with {@link Double#compare}, so exactly equal). Two methods:
 * <ul>
 * <li>{@link Method#COMPETITION} ("1224"): a value's rank is 1 + the number of values strictly before it;</li>
 * <li>{@link Method#DENSE} ("1223"): a value's rank is 1 + the number of distinct values strictly before
 * it.</li>
 * </ul>
 * Ties share a rank; within a tie the list is in ascending key (code) order, so the output is fully
 * determined by the input. Keys whose value is unavailable (empty or {@code NaN}) are not ranked and do
 * not appear.
 */
public final class Ranking {

	/** Which way ranks run. */
	public enum Order {
		/** Rank 1 is the highest value. */
		HIGHEST_FIRST,
		/** Rank 1 is the lowest value. */
		LOWEST_FIRST
	}

	/** How ties count towards later ranks. */
	public enum Method {
		/** Standard competition ranking, "1224". */
		COMPETITION,
		/** Dense ranking, "1223". */
		DENSE
	}

	/**
	 * One ranked key.
	 *
	 * @param key the area code or category
	 * @param value the value ranked
	 * @param rank 1 = first
	 */
	public record Ranked(String key, double value, int rank) {
	}

	private Ranking() {
	}

	/** Ranks the available values. */
	public static List<Ranked> rank(Map<String, OptionalDouble> values, Order order, Method method) {
		List<Map.Entry<String, Double>> present = new ArrayList<>();
		values.forEach((key, value) -> {
			if (value.isPresent() && !Double.isNaN(value.getAsDouble())) {
				present.add(Map.entry(key, value.getAsDouble()));
			}
		});
		Comparator<Map.Entry<String, Double>> byValue = (x, y) -> Double.compare(x.getValue(), y.getValue());
		if (order == Order.HIGHEST_FIRST) {
			byValue = byValue.reversed();
		}
		present.sort(byValue.thenComparing(Map.Entry::getKey));
		List<Ranked> ranked = new ArrayList<>(present.size());
		int rank = 0;
		int distinct = 0;
		for (int i = 0; i < present.size(); i++) {
			double value = present.get(i).getValue();
			boolean tied = i > 0 && Double.compare(value, present.get(i - 1).getValue()) == 0;
			if (!tied) {
				distinct++;
				rank = method == Method.COMPETITION ? i + 1 : distinct;
			}
			ranked.add(new Ranked(present.get(i).getKey(), value, rank));
		}
		return List.copyOf(ranked);
	}

	/** Ranks counts (all available). */
	public static List<Ranked> rankCounts(Map<String, Long> counts, Order order, Method method) {
		Map<String, OptionalDouble> values = new java.util.HashMap<>();
		counts.forEach((k, v) -> values.put(k, OptionalDouble.of(v)));
		return rank(values, order, method);
	}

}
