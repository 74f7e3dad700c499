package org.csphub.analysis.aggregate;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each part's share of a total.
 *
 * <p><b>Contract.</b> {@code share = part / total}, a fraction in {@code [0, 1]} (multiply by 100 for a
 * percentage); the shares of parts that make up the total sum to 1 within {@code 1e-12}. A share is
 * unavailable (empty) when the total is 0, or when the part's or the total's count is unavailable (a
 * tally with no covered month). For tallies the counts of the covered months are used, so parts and total
 * must come from the same selection (the same months), as the roll-ups of one {@link CountCube} do.
 */
public final class Shares {

	private Shares() {
	}

	/** The share of {@code part} in {@code total}; empty when the total is 0. */
	public static OptionalDouble of(long part, long total) {
		if (part < 0 || total < 0 || part > total) {
			throw new IllegalArgumentException("a part must lie between 0 and the total: " + part + " of " + total);
		}
		return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / total);
	}

	/** Each part's share of the sum of all the parts. */
	public static SortedMap<String, OptionalDouble> ofSum(Map<String, Tally> parts) {
		long total = 0;
		boolean available = true;
		for (Tally t : parts.values()) {
			total = Math.addExact(total, t.countInCoveredMonths());
			available &= t.countSoFar().isPresent();
		}
		TreeMap<String, OptionalDouble> shares = new TreeMap<>();
		for (Map.Entry<String, Tally> e : parts.entrySet()) {
			shares.put(e.getKey(), available ? of(e.getValue().countInCoveredMonths(), total) : OptionalDouble.empty());
		}
		return Collections.unmodifiableSortedMap(shares);
	}

}
