package org.csphub.explore.internal;

import java.util.List;

import org.csphub.explore.internal.AreaProfile.CategoryRow;
import org.csphub.explore.internal.AreaProfile.MonthRow;
import org.csphub.reporting.charts.CategoryBarChart;
import org.csphub.reporting.charts.MonthlyChart;

/**
 * A profile's charts, drawn by the reporting module's chart library (the same SVG the reports use): a
 * month that is not loaded is "No data", never 0.
 */
public final class ProfileCharts {

	static final String MEASURE = "incidents";

	private ProfileCharts() {
	}

	/** Incidents each month. */
	public static String monthly(String id, String title, List<MonthRow> rows) {
		return MonthlyChart.svg(id, title, MEASURE,
				rows.stream().map(r -> new MonthlyChart.Month(r.month(), r.count())).toList());
	}

	/** Incidents by crime type, in the profile's order (most first). */
	public static String crimeTypes(String id, String title, List<CategoryRow> rows) {
		return CategoryBarChart.svg(id, title, "incidents by crime type",
				rows.stream().map(r -> CategoryBarChart.Bar.of(r.name(), r.count())).toList());
	}

}
