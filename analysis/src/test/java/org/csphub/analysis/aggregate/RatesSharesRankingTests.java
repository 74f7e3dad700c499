package org.csphub.analysis.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class RatesSharesRankingTests {

	private static final YearMonth JAN = YearMonth.of(2024, 1);

	@Test
	void ratePer1000IsCountOverPopulationTimes1000AndUnavailableWithoutAPopulation() {
		assertThat(Rates.per1000(25, OptionalDouble.of(2500))).hasValue(10.0);
		assertThat(Rates.per1000(3, OptionalDouble.of(1995)).getAsDouble()).isCloseTo(1.503759398, within(1e-9));
		assertThat(Rates.per1000(3, OptionalDouble.empty())).isEmpty();
		assertThat(Rates.per1000(3, OptionalDouble.of(0))).isEmpty();
		assertThat(Rates.per1000(3, OptionalDouble.of(Double.NaN))).isEmpty();
		assertThat(Rates.per1000(new Tally(0, 0, List.of(JAN)), OptionalDouble.of(100)).rate()).isEmpty();
		Rates.RatePer1000 partial = Rates.per1000(new Tally(4, 11, List.of(JAN)), OptionalDouble.of(2000));
		assertThat(partial.rate()).hasValue(2.0);
		assertThat(partial.complete()).isFalse();
	}

	@Test
	void sharesAreFractionsOfTheTotal() {
		Map<String, Tally> parts = Map.of("a", new Tally(1, 12, List.of()), "b", new Tally(3, 12, List.of()));
		assertThat(Shares.ofSum(parts).get("a")).hasValue(0.25);
		assertThat(Shares.ofSum(parts).get("b")).hasValue(0.75);
		assertThat(Shares.of(0, 0)).isEmpty();
		Map<String, Tally> none = Map.of("a", new Tally(0, 12, List.of()));
		assertThat(Shares.ofSum(none).get("a")).isEmpty();
	}

	@Test
	void competitionAndDenseRankingShareRanksAndBreakTiesByCode() {
		Map<String, OptionalDouble> values = Map.of("d", OptionalDouble.of(5), "b", OptionalDouble.of(9), "a",
				OptionalDouble.of(5), "c", OptionalDouble.of(1), "e", OptionalDouble.empty());
		List<Ranking.Ranked> competition = Ranking.rank(values, Ranking.Order.HIGHEST_FIRST, Ranking.Method.COMPETITION);
		assertThat(competition).extracting(Ranking.Ranked::key).containsExactly("b", "a", "d", "c");
		assertThat(competition).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4);
		List<Ranking.Ranked> dense = Ranking.rank(values, Ranking.Order.HIGHEST_FIRST, Ranking.Method.DENSE);
		assertThat(dense).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 3);
		List<Ranking.Ranked> lowest = Ranking.rank(values, Ranking.Order.LOWEST_FIRST, Ranking.Method.COMPETITION);
		assertThat(lowest).extracting(Ranking.Ranked::key).containsExactly("c", "a", "d", "b");
		assertThat(lowest).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void areaTableCombinesCountsSharesRatesAndRanks() {
		CountCube cube = CountCube.builder()
			.add("A", "Burglary", JAN, 10)
			.add("B", "Burglary", JAN, 30)
			.add("C", "Burglary", JAN, 10)
			.declareAreas(List.of("D"))
			.build();
		// Populations: A 1000, B 6000, C 500, D unknown. Rates 10, 5, 20.
		List<AreaTable.Row> rows = AreaTable.of(cube, Selection.everything(), Map.of("A", 1000, "B", 6000, "C", 500),
				Ranking.Method.COMPETITION);
		assertThat(rows).extracting(AreaTable.Row::area).containsExactly("A", "B", "C", "D");
		assertThat(rows.get(0).share()).hasValue(0.2);
		assertThat(rows.get(1).share()).hasValue(0.6);
		assertThat(rows.get(3).share()).hasValue(0.0);
		assertThat(rows.get(0).rate().rate()).hasValue(10.0);
		assertThat(rows.get(3).rate().rate()).isEmpty();
		assertThat(rows).extracting(r -> r.rankByCount().getAsInt()).containsExactly(2, 1, 2, 4);
		assertThat(rows.get(2).rankByRate()).hasValue(1);
		assertThat(rows.get(0).rankByRate()).hasValue(2);
		assertThat(rows.get(1).rankByRate()).hasValue(3);
		assertThat(rows.get(3).rankByRate()).isEmpty();
	}

}
