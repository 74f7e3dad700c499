package org.csphub.analysis.aggregate;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Crime rates per 1,000 residents.
 *
 * <p><b>Contract.</b> {@code rate = count / population × 1000}, in incidents per 1,000 residents over the
 * months counted (not annualised). The rate is <em>unavailable</em> (empty), never 0, when the population
 * is unknown (absent, {@code NaN}) or not positive, or when the tally has no covered month. For a tally
 * with some months missing the rate is of the covered months; the {@link RatePer1000} carries the tally
 * so that the reader can say "11 of 12 months". Exact to double precision.
 */
public final class Rates {

	private Rates() {
	}

	/** The rate of a plain count; empty when the population is unknown or not positive. */
	public static OptionalDouble per1000(long count, OptionalDouble population) {
		if (count < 0) {
			throw new IllegalArgumentException("a count cannot be negative: " + count);
		}
		if (population.isEmpty() || !(population.getAsDouble() > 0) || Double.isInfinite(population.getAsDouble())) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(count / population.getAsDouble() * 1000.0);
	}

	/** The rate of a tally, with its coverage. */
	public static RatePer1000 per1000(Tally tally, OptionalDouble population) {
		OptionalDouble rate = tally.countSoFar().isPresent()
				? per1000(tally.countInCoveredMonths(), population) : OptionalDouble.empty();
		return new RatePer1000(tally, population, rate);
	}

	/** The rate of each area's tally, looking its population up by area code (absent → unavailable). */
	public static java.util.SortedMap<String, RatePer1000> per1000(Map<String, Tally> byArea,
			Map<String, ? extends Number> population) {
		java.util.TreeMap<String, RatePer1000> rates = new java.util.TreeMap<>();
		byArea.forEach((area, tally) -> {
			Number residents = population.get(area);
			rates.put(area, per1000(tally,
					residents == null ? OptionalDouble.empty() : OptionalDouble.of(residents.doubleValue())));
		});
		return java.util.Collections.unmodifiableSortedMap(rates);
	}

	/**
	 * A rate per 1,000 residents with what it was computed from.
	 *
	 * @param tally the incidents and their coverage
	 * @param population the residents, empty when unknown
	 * @param rate incidents per 1,000 residents over the covered months, empty when unavailable
	 */
	public record RatePer1000(Tally tally, OptionalDouble population, OptionalDouble rate) {

		/** Whether the rate exists and covers every month of the period. */
		public boolean complete() {
			return rate.isPresent() && tally.complete();
		}

	}

}
