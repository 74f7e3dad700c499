package org.csphub.analysis.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Properties of the cube over many seeded random inputs: the expected values come from a plain map of
 * cells summed independently in the test.
 */
class CountCubePropertyTests {

	private static final int CASES = 300;

	private record Row(String area, String category, YearMonth month, long count) {
	}

	private static List<Row> randomRows(Random random) {
		int areas = 1 + random.nextInt(12);
		int categories = 1 + random.nextInt(6);
		YearMonth first = YearMonth.of(2019 + random.nextInt(3), 1 + random.nextInt(12));
		int span = 1 + random.nextInt(30);
		List<Row> rows = new ArrayList<>();
		int n = random.nextInt(400);
		for (int i = 0; i < n; i++) {
			rows.add(new Row("E0" + random.nextInt(areas), "cat" + random.nextInt(categories),
					first.plusMonths(random.nextInt(span)), random.nextInt(4)));
		}
		return rows;
	}

	private static CountCube build(List<Row> rows, Set<YearMonth> declared) {
		CountCube.Builder builder = CountCube.builder();
		rows.forEach(r -> builder.add(r.area(), r.category(), r.month(), r.count()));
		builder.coverAll(declared);
		return builder.build();
	}

	@Test
	void shufflingTheRowsGivesTheSameCounts() {
		Random random = new Random(20240601L);
		for (int i = 0; i < CASES; i++) {
			List<Row> rows = randomRows(random);
			CountCube original = build(rows, Set.of());
			List<Row> shuffled = new ArrayList<>(rows);
			Collections.shuffle(shuffled, random);
			CountCube again = build(shuffled, Set.of());
			assertThat(again.areas()).isEqualTo(original.areas());
			assertThat(again.categories()).isEqualTo(original.categories());
			assertThat(again.months()).isEqualTo(original.months());
			assertThat(again.coveredMonths()).isEqualTo(original.coveredMonths());
			for (String a : original.areas()) {
				for (String c : original.categories()) {
					for (YearMonth m : original.months()) {
						assertThat(again.count(a, c, m)).isEqualTo(original.count(a, c, m));
					}
				}
			}
			assertThat(again.byMonth(Selection.everything())).isEqualTo(original.byMonth(Selection.everything()));
		}
	}

	@Test
	void cellsEqualTheSumOfTheirRows() {
		Random random = new Random(7L);
		for (int i = 0; i < CASES; i++) {
			List<Row> rows = randomRows(random);
			Map<List<Object>, Long> expected = new HashMap<>();
			rows.forEach(r -> expected.merge(List.of(r.area(), r.category(), r.month()), r.count(), Long::sum));
			CountCube cube = build(rows, Set.of());
			expected.forEach((key, count) -> assertThat(
					cube.count((String) key.get(0), (String) key.get(1), (YearMonth) key.get(2))).hasValue(count));
			long nonZero = expected.values().stream().filter(v -> v != 0).count();
			assertThat(cube.cellsWithIncidents()).isEqualTo(nonZero);
		}
	}

	@Test
	void rollUpsSumToTheTotal() {
		Random random = new Random(99L);
		for (int i = 0; i < CASES; i++) {
			List<Row> rows = randomRows(random);
			CountCube cube = build(rows, Set.of());
			long rowTotal = rows.stream().mapToLong(Row::count).sum();
			Selection all = Selection.everything();
			assertThat(cube.total(all).countInCoveredMonths()).isEqualTo(rowTotal);
			assertThat(cube.byArea(all).values().stream().mapToLong(Tally::countInCoveredMonths).sum())
				.isEqualTo(rowTotal);
			assertThat(cube.byCategory(all).values().stream().mapToLong(Tally::countInCoveredMonths).sum())
				.isEqualTo(rowTotal);
			assertThat(cube.byMonth(all).total().countInCoveredMonths()).isEqualTo(rowTotal);
			// A random sub-selection: its area roll-up sums to its total.
			if (!cube.areas().isEmpty()) {
				String area = cube.areas().get(random.nextInt(cube.areas().size()));
				String category = cube.categories().get(random.nextInt(cube.categories().size()));
				Selection some = all.category(category);
				long expected = rows.stream().filter(r -> r.category().equals(category)).mapToLong(Row::count).sum();
				assertThat(cube.byArea(some).values().stream().mapToLong(Tally::countInCoveredMonths).sum())
					.isEqualTo(expected);
				long inArea = rows.stream()
					.filter(r -> r.category().equals(category) && r.area().equals(area))
					.mapToLong(Row::count)
					.sum();
				assertThat(cube.total(some.area(area)).countInCoveredMonths()).isEqualTo(inArea);
			}
		}
	}

	@Test
	void monthsWithoutRowsOrDeclarationStayMissing() {
		Random random = new Random(31337L);
		for (int i = 0; i < CASES; i++) {
			List<Row> rows = randomRows(random);
			Set<YearMonth> declared = new HashSet<>();
			if (!rows.isEmpty() && random.nextBoolean()) {
				declared.add(rows.get(0).month().plusMonths(random.nextInt(40) - 20));
			}
			CountCube cube = build(rows, declared);
			Set<YearMonth> withRows = new HashSet<>();
			rows.forEach(r -> withRows.add(r.month()));
			for (YearMonth m : cube.months()) {
				boolean shouldBeCovered = withRows.contains(m) || declared.contains(m);
				assertThat(cube.isCovered(m)).isEqualTo(shouldBeCovered);
				for (String a : cube.areas()) {
					for (String c : cube.categories()) {
						assertThat(cube.count(a, c, m).isPresent()).isEqualTo(shouldBeCovered);
					}
				}
			}
			MonthlySeries series = cube.byMonth(Selection.everything());
			for (int k = 0; k < series.length(); k++) {
				YearMonth m = series.month(k);
				assertThat(series.count(k).isPresent()).isEqualTo(withRows.contains(m) || declared.contains(m));
			}
			Tally total = cube.total(Selection.everything());
			assertThat(total.complete()).isEqualTo(
					cube.months().stream().allMatch(m -> withRows.contains(m) || declared.contains(m)));
			assertThat(total.count().isPresent()).isEqualTo(total.complete());
		}
	}

}
