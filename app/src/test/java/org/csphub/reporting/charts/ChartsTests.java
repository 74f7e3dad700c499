package org.csphub.reporting.charts;

import java.time.YearMonth;
import java.util.List;

import org.csphub.reporting.charts.CategoryBarChart.Bar;
import org.csphub.reporting.charts.ComparisonBarChart.Pair;
import org.csphub.reporting.charts.MonthlyChart.Month;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The column, bar and comparison charts: accessible images that never show missing data as zero. */
class ChartsTests {

	static final YearMonth SEP = YearMonth.of(2021, 9);

	@Test
	void aMonthWithoutDataIsMarkedNoDataAndAMonthWithZeroIsZero() {
		List<Month> months = List.of(new Month(SEP, 12L), new Month(SEP.plusMonths(1), null),
				new Month(SEP.plusMonths(2), 0L), new Month(SEP.plusMonths(3), 30L));
		SvgDocument svg = SvgDocument.parse(MonthlyChart.svg("m", "Burglary each month", "burglaries", months))
			.assertAccessibleChart();
		assertThat(svg.title()).isEqualTo("Burglary each month");
		List<Element> bars = svg.all("rect").stream().filter(r -> r.getAttribute("class").equals("csp-chart__bar")).toList();
		List<Element> missing = svg.all("rect").stream().filter(r -> r.getAttribute("class").equals("csp-chart__missing"))
			.toList();
		assertThat(bars).as("a bar for each month with data, the zero month's of no height").hasSize(3);
		assertThat(bars.get(1).getAttribute("height")).isEqualTo("0");
		assertThat(missing).hasSize(1);
		assertThat(Double.parseDouble(missing.get(0).getAttribute("height"))).as("the no-data column is full height")
			.isGreaterThan(100);
		assertThat(svg.texts()).contains("No data", "0", "Oct", "Nov", "Burglaries");
		assertThat(svg.description()).isEqualTo("Bar chart of burglaries each month, September 2021 to December 2021. "
				+ "Highest: 30 in December 2021. Lowest: 0 in November 2021. "
				+ "No data for October 2021: not loaded, not zero.");
	}

	@Test
	void aPeriodWithNoDataAtAllSaysSo() {
		String svg = MonthlyChart.svg("m", "Empty", "incidents", List.of(new Month(SEP, null)));
		assertThat(SvgDocument.parse(svg).assertAccessibleChart().description()).endsWith("No month of the period has data.");
	}

	@Test
	void textIsEscapedSoAnyLabelIsSafe() {
		String svg = CategoryBarChart.svg("c", "Types <&> \"quoted\"", "incidents",
				List.of(Bar.of("<script>alert(1)</script>", 3), Bar.of("Vehicle & bicycle", 1)));
		SvgDocument doc = SvgDocument.parse(svg).assertAccessibleChart();
		assertThat(doc.title()).isEqualTo("Types <&> \"quoted\"");
		assertThat(doc.texts()).contains("<script>alert(1)</script>", "Vehicle & bicycle");
		assertThat(doc.all("script")).isEmpty();
	}

	@Test
	void categoryBarsAreProportionalAndLabelledWithTheirValues() {
		SvgDocument doc = SvgDocument.parse(CategoryBarChart.svg("c", "By type", "incidents",
				List.of(Bar.of("Violence", 400), Bar.of("Burglary", 100), new Bar("Drugs", null)))).assertAccessibleChart();
		List<Element> bars = doc.all("rect").stream().filter(r -> r.getAttribute("class").equals("csp-chart__bar")).toList();
		double violence = Double.parseDouble(bars.get(0).getAttribute("width"));
		double burglary = Double.parseDouble(bars.get(1).getAttribute("width"));
		assertThat(violence / burglary).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(doc.texts()).contains("400", "100", "No data");
		assertThat(doc.description()).isEqualTo("Bar chart of incidents, 3 categories. Largest: Violence 400 (80%); "
				+ "Burglary 100 (20%). No data for Drugs.");
	}

	@Test
	void rateBarsUseTheirNumberStyle() {
		SvgDocument doc = SvgDocument.parse(CategoryBarChart.svg("r", "Rates", "incidents per 1,000 residents",
				NumberStyle.DECIMAL, List.of(new Bar("Ward A", 12.345), new Bar("Ward B", 1234.5)))).assertAccessibleChart();
		assertThat(doc.texts()).contains("12.3", "1,234.5");
		assertThatThrownBy(() -> CategoryBarChart.svg("n", "Negative", "change", NumberStyle.COUNT,
				List.of(new Bar("A", -1.0)))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theComparisonShowsBothPeriodsWithALegendAndNamesTheLargestChanges() {
		SvgDocument doc = SvgDocument.parse(ComparisonBarChart.svg("cmp", "This year and last", "incidents",
				NumberStyle.COUNT, "12 months to October 2026", "12 months before",
				List.of(Pair.of("Violence", 420, 400), Pair.of("Burglary", 80, 120), new Pair("Fraud", 5.0, null))))
			.assertAccessibleChart();
		assertThat(doc.texts()).contains("12 months to October 2026", "12 months before", "420", "400", "80", "120",
				"No data");
		List<Element> bars = doc.all("rect").stream().filter(r -> r.getAttribute("class").equals("csp-chart__bar")).toList();
		assertThat(bars).hasSize(5);
		assertThat(bars.stream().map(b -> b.getAttribute("fill")).distinct())
			.as("the two periods are painted differently: solid and hatched").hasSize(2);
		assertThat(doc.description()).isEqualTo("Bar chart comparing incidents in 12 months to October 2026 with "
				+ "12 months before, 3 categories. Largest rise: Violence, 400 to 420. Largest fall: Burglary, 120 to 80. "
				+ "No data in one of the periods for Fraud.");
	}

	@Test
	void percentagesAndAxesAreFormattedForPeople() {
		assertThat(NumberStyle.PERCENT.format(0.1234)).isEqualTo("12.3%");
		assertThat(NumberStyle.COUNT.format(1234567)).isEqualTo("1,234,567");
		assertThat(NumberStyle.DECIMAL.format(-2.25)).isEqualTo("-2.3");
		assertThat(Svg.niceMax(0.37, 5)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(Svg.niceMax(87L, 5)).isEqualTo(100);
		assertThat(Svg.n(-3.26)).isEqualTo("-3.3");
		assertThat(Svg.n(-0.04)).isEqualTo("0");
		assertThat(Svg.n(0.04)).isEqualTo("0");
	}

}
