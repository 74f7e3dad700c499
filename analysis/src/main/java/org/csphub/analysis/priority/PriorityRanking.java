package org.csphub.analysis.priority;

import java.util.List;

/**
 * The ranked areas of a {@link PriorityIndex}.
 *
 * @param indicators the indicators, in the order given
 * @param ranked the areas with at least one indicator value, highest score (highest priority) first
 * @param unranked the areas with no indicator value at all, ascending
 */
public record PriorityRanking(List<Indicator> indicators, List<AreaScore> ranked, List<String> unranked) {

	public PriorityRanking {
		indicators = List.copyOf(indicators);
		ranked = List.copyOf(ranked);
		unranked = List.copyOf(unranked);
	}

	/**
	 * One area's place in the ranking.
	 *
	 * @param area the area code
	 * @param rank 1 = highest priority; equal scores share a rank (competition ranking)
	 * @param score the sum of the contributions
	 * @param contributions one per indicator the area has a value for, in the indicators' order
	 * @param missingIndicators the indicators the area has no value for (excluded, weights renormalised)
	 */
	public record AreaScore(String area, int rank, double score, List<Contribution> contributions,
			List<String> missingIndicators) {

		public AreaScore {
			contributions = List.copyOf(contributions);
			missingIndicators = List.copyOf(missingIndicators);
		}

		/** Whether every indicator had a value. */
		public boolean complete() {
			return missingIndicators.isEmpty();
		}

	}

	/**
	 * What one indicator adds to an area's score.
	 *
	 * @param indicator the indicator's name
	 * @param rawValue the value given
	 * @param normalisedValue the value after normalisation, oriented so that higher is worse
	 * @param effectiveWeight the indicator's weight over the sum of the weights of the area's indicators
	 * @param contribution {@code effectiveWeight × normalisedValue}
	 */
	public record Contribution(String indicator, double rawValue, double normalisedValue, double effectiveWeight,
			double contribution) {
	}

}
