package org.csphub.analysis.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A composite priority index for ranking neighbourhoods, explained indicator by indicator.
 *
 * <p><b>Definition.</b> For each indicator {@code j} (with weight {@code w_j}), the raw values of the
 * areas that have one are oriented (negated when {@link Direction#LOWER_IS_WORSE}) and normalised over
 * those areas ({@link Normalisation}), giving {@code v_aj}, higher = worse. An area's score is the
 * weighted mean of its normalised values:
 * {@code score_a = Σ_j e_aj · v_aj} with effective weights {@code e_aj = w_j / Σ_{k present for a} w_k},
 * and each term {@code e_aj · v_aj} is reported as that indicator's contribution, so the contributions add
 * up to the score (within 10⁻¹² of floating rounding).
 *
 * <p><b>Missing values.</b> A value is missing when the area has no entry for the indicator or it is
 * {@code NaN}. The area is then left out of that indicator's normalisation, the indicator contributes
 * nothing to the area's score, and the area's other weights are renormalised to sum to 1; the area is
 * flagged with the indicators it misses. An area with no value at all is not ranked (listed as unranked).
 * Infinite values are refused.
 *
 * <p><b>Ranking.</b> Highest score first; equal scores share the rank of the first of them (competition
 * ranking) and are listed in ascending area code order. Multiplying one indicator's raw values by a
 * positive constant changes neither scores nor ranks, under any of the normalisations.
 *
 * <p>Instances are immutable.
 */
public final class PriorityIndex {

	private final List<Indicator> indicators;

	public PriorityIndex(List<Indicator> indicators) {
		this.indicators = List.copyOf(indicators);
		if (this.indicators.isEmpty()) {
			throw new IllegalArgumentException("a priority index needs at least one indicator");
		}
		Set<String> names = new HashSet<>();
		for (Indicator indicator : this.indicators) {
			if (!names.add(indicator.name())) {
				throw new IllegalArgumentException("indicator " + indicator.name() + " is given twice");
			}
		}
	}

	public List<Indicator> indicators() {
		return indicators;
	}

	/**
	 * Scores and ranks the areas.
	 *
	 * @param values area code → (indicator name → raw value); names not among the indicators are ignored
	 */
	public PriorityRanking rank(Map<String, Map<String, Double>> values) {
		List<String> areas = new ArrayList<>(new TreeSet<>(values.keySet()));
		int n = areas.size();
		int k = indicators.size();
		double[][] normalised = new double[n][k];
		boolean[][] present = new boolean[n][k];
		double[][] raw = new double[n][k];
		for (int j = 0; j < k; j++) {
			Indicator indicator = indicators.get(j);
			List<Integer> having = new ArrayList<>();
			List<Double> oriented = new ArrayList<>();
			for (int a = 0; a < n; a++) {
				Double value = values.get(areas.get(a)).get(indicator.name());
				if (value == null || value.isNaN()) {
					continue;
				}
				if (value.isInfinite()) {
					throw new IllegalArgumentException(
							"indicator " + indicator.name() + " of " + areas.get(a) + " is infinite");
				}
				present[a][j] = true;
				raw[a][j] = value;
				having.add(a);
				oriented.add(indicator.direction() == Direction.LOWER_IS_WORSE ? -value : value);
			}
			double[] scaled = indicator.normalisation().apply(oriented.stream().mapToDouble(Double::doubleValue).toArray());
			for (int i = 0; i < having.size(); i++) {
				normalised[having.get(i)][j] = scaled[i];
			}
		}
		List<PriorityRanking.AreaScore> scored = new ArrayList<>();
		List<String> unranked = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			double weights = 0;
			List<String> missing = new ArrayList<>();
			for (int j = 0; j < k; j++) {
				if (present[a][j]) {
					weights += indicators.get(j).weight();
				}
				else {
					missing.add(indicators.get(j).name());
				}
			}
			if (weights == 0) {
				unranked.add(areas.get(a));
				continue;
			}
			List<PriorityRanking.Contribution> contributions = new ArrayList<>();
			double score = 0;
			for (int j = 0; j < k; j++) {
				if (present[a][j]) {
					double effective = indicators.get(j).weight() / weights;
					double contribution = effective * normalised[a][j];
					contributions.add(new PriorityRanking.Contribution(indicators.get(j).name(), raw[a][j],
							normalised[a][j], effective, contribution));
					score += contribution;
				}
			}
			scored.add(new PriorityRanking.AreaScore(areas.get(a), 0, score, contributions, missing));
		}
		scored.sort(Comparator.comparingDouble(PriorityRanking.AreaScore::score).reversed()
			.thenComparing(PriorityRanking.AreaScore::area));
		List<PriorityRanking.AreaScore> ranked = new ArrayList<>(scored.size());
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			PriorityRanking.AreaScore s = scored.get(i);
			if (i == 0 || Double.compare(s.score(), scored.get(i - 1).score()) != 0) {
				rank = i + 1;
			}
			ranked.add(new PriorityRanking.AreaScore(s.area(), rank, s.score(), s.contributions(),
					s.missingIndicators()));
		}
		return new PriorityRanking(indicators, ranked, unranked);
	}

}
