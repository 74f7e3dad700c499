package org.csphub.analysis.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PriorityIndexTests {

	private static final String CRIME = "crime rate";

	private static final String IMD = "IMD rank";

	/**
	 * Three areas, two indicators. Crime rate (higher worse, z-score, weight 2): 10, 20, 30; mean 20,
	 * population sd √(200/3), so z = −√1.5, 0, +√1.5. IMD rank (lower worse, min-max, weight 1): 100, 300,
	 * 200; negated −100, −300, −200 → min-max 1, 0, 0.5. Effective weights 2/3 and 1/3.
	 * Scores: A = −(2/3)√1.5 + 1/3 = −0.4832, B = 0, C = (2/3)√1.5 + 1/6 = 0.9832. Ranking C, B, A.
	 */
	@Test
	void aHandWorkedThreeAreaExample() {
		PriorityIndex index = new PriorityIndex(List.of(new Indicator(CRIME, Direction.HIGHER_IS_WORSE,
				Normalisation.Z_SCORE, 2), new Indicator(IMD, Direction.LOWER_IS_WORSE, Normalisation.MIN_MAX, 1)));
		PriorityRanking ranking = index.rank(Map.of("A", Map.of(CRIME, 10.0, IMD, 100.0), "B",
				Map.of(CRIME, 20.0, IMD, 300.0), "C", Map.of(CRIME, 30.0, IMD, 200.0)));
		double z = Math.sqrt(1.5);
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::area).containsExactly("C", "B", "A");
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::rank).containsExactly(1, 2, 3);
		PriorityRanking.AreaScore c = ranking.ranked().get(0);
		assertThat(c.score()).isCloseTo(2.0 / 3 * z + 1.0 / 6, within(1e-12));
		assertThat(c.contributions().get(0).normalisedValue()).isCloseTo(z, within(1e-12));
		assertThat(c.contributions().get(0).effectiveWeight()).isCloseTo(2.0 / 3, within(1e-15));
		assertThat(c.contributions().get(0).contribution()).isCloseTo(2.0 / 3 * z, within(1e-12));
		assertThat(c.contributions().get(1).rawValue()).isEqualTo(200.0);
		assertThat(c.contributions().get(1).normalisedValue()).isCloseTo(0.5, within(1e-15));
		assertThat(c.contributions().get(1).contribution()).isCloseTo(1.0 / 6, within(1e-15));
		assertThat(ranking.ranked().get(1).score()).isCloseTo(0, within(1e-15));
		assertThat(ranking.ranked().get(2).score()).isCloseTo(-2.0 / 3 * z + 1.0 / 3, within(1e-12));
		assertThat(c.complete()).isTrue();
	}

	@Test
	void aMissingValueIsLeftOutAndTheAreasWeightsRenormalised() {
		PriorityIndex index = new PriorityIndex(List.of(new Indicator(CRIME, Direction.HIGHER_IS_WORSE,
				Normalisation.MIN_MAX, 3), new Indicator(IMD, Direction.LOWER_IS_WORSE, Normalisation.MIN_MAX, 1)));
		Map<String, Map<String, Double>> values = new HashMap<>();
		values.put("A", Map.of(CRIME, 10.0, IMD, 100.0));
		values.put("B", Map.of(CRIME, 20.0)); // no IMD
		values.put("C", Map.of(CRIME, 30.0, IMD, Double.NaN, "ignored", 5.0)); // NaN is missing too
		values.put("D", Map.of(IMD, 400.0));
		values.put("E", Map.of());
		PriorityRanking ranking = index.rank(values);
		// Crime min-max over A, B, C: 0, 0.5, 1. IMD over A and D only: negated −100, −400 → A 1, D 0.
		// A = 3/4 × 0 + 1/4 × 1 = 0.25; B = 0.5 (weight 1 on crime); C = 1; D = 0.
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::area).containsExactly("C", "B", "A", "D");
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::score).containsExactly(1.0, 0.5, 0.25, 0.0);
		PriorityRanking.AreaScore b = ranking.ranked().get(1);
		assertThat(b.missingIndicators()).containsExactly(IMD);
		assertThat(b.contributions()).hasSize(1);
		assertThat(b.contributions().get(0).effectiveWeight()).isEqualTo(1.0);
		assertThat(ranking.ranked().get(0).missingIndicators()).containsExactly(IMD);
		assertThat(ranking.unranked()).containsExactly("E");
	}

	@Test
	void rankPercentilesGiveTiesTheirAverageRankAndEqualScoresShareARank() {
		PriorityIndex index = new PriorityIndex(
				List.of(new Indicator(CRIME, Direction.HIGHER_IS_WORSE, Normalisation.RANK_PERCENTILE, 1)));
		PriorityRanking ranking = index.rank(Map.of("A", Map.of(CRIME, 5.0), "B", Map.of(CRIME, 7.0), "C",
				Map.of(CRIME, 7.0), "D", Map.of(CRIME, 1.0), "E", Map.of(CRIME, 9.0)));
		// Ascending ranks: D 1, A 2, B and C 3.5, E 5 → (r − 1)/4: 0, 0.25, 0.625, 0.625, 1.
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::area).containsExactly("E", "B", "C", "A", "D");
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::score)
			.containsExactly(1.0, 0.625, 0.625, 0.25, 0.0);
		assertThat(ranking.ranked()).extracting(PriorityRanking.AreaScore::rank).containsExactly(1, 2, 2, 4, 5);
	}

	@Test
	void degenerateIndicatorsAreNeutral() {
		assertThat(Normalisation.Z_SCORE.apply(new double[] { 4, 4 })).containsExactly(0, 0);
		assertThat(Normalisation.MIN_MAX.apply(new double[] { 4, 4 })).containsExactly(0.5, 0.5);
		assertThat(Normalisation.RANK_PERCENTILE.apply(new double[] { 4 })).containsExactly(0.5);
		assertThat(Normalisation.RANK_PERCENTILE.apply(new double[] { 4, 4, 4 })).containsExactly(0.5, 0.5, 0.5);
		assertThatThrownBy(() -> new Indicator("x", Direction.HIGHER_IS_WORSE, Normalisation.MIN_MAX, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PriorityIndex(List.of())).isInstanceOf(IllegalArgumentException.class);
		Indicator x = new Indicator("x", Direction.HIGHER_IS_WORSE, Normalisation.MIN_MAX, 1);
		assertThatThrownBy(() -> new PriorityIndex(List.of(x, x))).isInstanceOf(IllegalArgumentException.class);
	}

	private static List<Indicator> randomIndicators(Random random) {
		List<Indicator> indicators = new ArrayList<>();
		int k = 1 + random.nextInt(5);
		for (int j = 0; j < k; j++) {
			indicators.add(new Indicator("i" + j, random.nextBoolean() ? Direction.HIGHER_IS_WORSE : Direction.LOWER_IS_WORSE,
					Normalisation.values()[random.nextInt(3)], 0.1 + random.nextDouble() * 3));
		}
		return indicators;
	}

	private static Map<String, Map<String, Double>> randomValues(Random random, List<Indicator> indicators) {
		Map<String, Map<String, Double>> values = new HashMap<>();
		int n = 1 + random.nextInt(30);
		for (int a = 0; a < n; a++) {
			Map<String, Double> row = new HashMap<>();
			for (Indicator indicator : indicators) {
				if (random.nextInt(8) != 0) { // about one value in eight is missing
					row.put(indicator.name(), random.nextGaussian() * 50 + 100);
				}
			}
			values.put(String.format("E%02d", a), row);
		}
		return values;
	}

	@Test
	void contributionsSumToTheScore() {
		Random random = new Random(555L);
		for (int k = 0; k < 300; k++) {
			List<Indicator> indicators = randomIndicators(random);
			PriorityRanking ranking = new PriorityIndex(indicators).rank(randomValues(random, indicators));
			for (PriorityRanking.AreaScore area : ranking.ranked()) {
				double sum = area.contributions().stream().mapToDouble(PriorityRanking.Contribution::contribution).sum();
				assertThat(area.score()).isCloseTo(sum, within(1e-12));
				double weights = area.contributions().stream()
					.mapToDouble(PriorityRanking.Contribution::effectiveWeight)
					.sum();
				assertThat(weights).isCloseTo(1, within(1e-12));
				assertThat(area.contributions().size() + area.missingIndicators().size()).isEqualTo(indicators.size());
			}
			for (int i = 1; i < ranking.ranked().size(); i++) {
				assertThat(ranking.ranked().get(i).score()).isLessThanOrEqualTo(ranking.ranked().get(i - 1).score());
			}
		}
	}

	@Test
	void scalingAnIndicatorByAPositiveConstantChangesNoScoreAndNoRank() {
		Random random = new Random(8080L);
		for (int k = 0; k < 300; k++) {
			List<Indicator> indicators = randomIndicators(random);
			Map<String, Map<String, Double>> values = randomValues(random, indicators);
			String scaled = indicators.get(random.nextInt(indicators.size())).name();
			double factor = Math.exp(random.nextGaussian() * 3); // from about 0.0001 to 10,000
			Map<String, Map<String, Double>> rescaled = new HashMap<>();
			values.forEach((area, row) -> {
				Map<String, Double> copy = new HashMap<>(row);
				copy.computeIfPresent(scaled, (name, v) -> v * factor);
				rescaled.put(area, copy);
			});
			PriorityIndex index = new PriorityIndex(indicators);
			PriorityRanking before = index.rank(values);
			PriorityRanking after = index.rank(rescaled);
			assertThat(after.ranked()).extracting(PriorityRanking.AreaScore::area)
				.containsExactlyElementsOf(before.ranked().stream().map(PriorityRanking.AreaScore::area).toList());
			for (int i = 0; i < before.ranked().size(); i++) {
				assertThat(after.ranked().get(i).score()).isCloseTo(before.ranked().get(i).score(), within(1e-9));
			}
		}
	}

}
