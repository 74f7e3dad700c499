package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.csphub.assessment.AssessmentPeriod;
import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.MonthCategoryCount;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The basic overview section: totals, counts by crime type and their change, and the candidates. */
class AssessmentBasicSectionsTests {

	static final AssessmentPeriod PERIOD = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2022, 4));

	static final IncidentSource SOURCE = new IncidentSource("police-uk-street:test", YearMonth.of(2020, 5),
			YearMonth.of(2022, 4), 24);

	private final BasicSectionSource source = new BasicSectionSource(null, null, texts(), null);

	@Test
	void countsTheLargestCrimeTypesAndTheLargestRises() {
		List<MonthCategoryCount> counts = new ArrayList<>();
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Violence", 500));
		counts.add(new MonthCategoryCount(YearMonth.of(2020, 6), "Violence", 450));
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Shoplifting", 300));
		counts.add(new MonthCategoryCount(YearMonth.of(2020, 6), "Shoplifting", 310));
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Burglary", 200));
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Drugs", 60));
		counts.add(new MonthCategoryCount(YearMonth.of(2020, 6), "Drugs", 30));
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Robbery", 30));
		counts.add(new MonthCategoryCount(YearMonth.of(2020, 6), "Robbery", 25));
		counts.add(new MonthCategoryCount(YearMonth.of(2021, 6), "Bicycle theft", 15));
		counts.add(new MonthCategoryCount(YearMonth.of(2020, 6), "Bicycle theft", 5));

		ComputedAssessment computed = source.build(PERIOD, SOURCE, allMonths(), counts);

		Block.KeyFigures figures = (Block.KeyFigures) computed.summary().get(0);
		assertThat(figures.figures().get(0).value()).isEqualTo("1,105");
		assertThat(figures.figures().get(0).detail()).isEqualTo("+34.8% on the comparison period (820)");
		DataTable table = (DataTable) computed.sections().get(0).blocks().stream().filter(b -> b instanceof DataTable)
			.findFirst().orElseThrow();
		assertThat(table.rows().get(0)).containsExactly("Violence", 500L, 450L, 50L, 50.0 / 450);
		assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("Violence", "Shoplifting", "Burglary", "Drugs",
				"Robbery", "Bicycle theft");
		assertThat(computed.candidates()).extracting(ComputedAssessment.CandidateIssue::title)
			.as("three largest, then rises of 10% or more on at least 20 incidents")
			.containsExactly("Violence", "Shoplifting", "Burglary", "Drugs", "Robbery");
		assertThat(computed.candidates().get(0).key()).isEqualTo("crime-type:Violence");
		assertThat(computed.candidates().get(0).reason()).isEqualTo("Largest volume: 500 incidents (45.2% of all)");
		assertThat(computed.candidates().get(3).reason())
			.isEqualTo("Rise of 100.0% on the comparison period (from 30 to 60)");
	}

	@Test
	void aMissingComparisonMonthMeansNoComparisonNotZero() {
		SortedSet<YearMonth> loaded = allMonths();
		loaded.remove(YearMonth.of(2020, 6));
		ComputedAssessment computed = source.build(PERIOD, SOURCE, loaded,
				List.of(new MonthCategoryCount(YearMonth.of(2021, 6), "Violence", 500),
						new MonthCategoryCount(YearMonth.of(2020, 7), "Violence", 100)));
		Block.KeyFigures figures = (Block.KeyFigures) computed.summary().get(0);
		assertThat(figures.figures().get(0).detail()).startsWith("No comparison");
		DataTable table = (DataTable) computed.sections().get(0).blocks().stream().filter(b -> b instanceof DataTable)
			.findFirst().orElseThrow();
		assertThat(table.rows().get(0)).containsExactly("Violence", 500L, null, null, null);
		assertThat(computed.sections().get(0).blocks()).anyMatch(b -> b instanceof Block.Note n && n.text().contains("June 2020"));
	}

	private static SortedSet<YearMonth> allMonths() {
		return new TreeSet<>(DataMonths.between(YearMonth.of(2020, 5), YearMonth.of(2022, 4)));
	}

	static Texts texts() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/assessment");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Texts(messages);
	}

}
