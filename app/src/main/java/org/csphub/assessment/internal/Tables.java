package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.csphub.analysis.aggregate.MonthlySeries;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;

/** Shorthands for building data tables and the monthly figure every theme has. */
final class Tables {

	private Tables() {
	}

	static Column text(String heading) {
		return new Column(heading, Kind.TEXT);
	}

	static Column count(String heading) {
		return new Column(heading, Kind.COUNT);
	}

	static Column decimal(String heading) {
		return new Column(heading, Kind.DECIMAL);
	}

	static Column percent(String heading) {
		return new Column(heading, Kind.PERCENT);
	}

	static List<Object> row(Object... cells) {
		return new ArrayList<>(Arrays.asList(cells));
	}

	/** A rate per 1,000 residents, or null (no data) when the population is not known. */
	static Double rate(long count, java.util.OptionalDouble population) {
		return population.isPresent() && population.getAsDouble() > 0 ? count * 1000.0 / population.getAsDouble() : null;
	}

	/** A share as a fraction, null when the total is 0. */
	static Double share(long part, long total) {
		return total == 0 ? null : (double) part / total;
	}

	/**
	 * The monthly chart over both periods of one or more series, and its table (one column per series; a
	 * month not loaded is empty, "no data", never 0). The chart shows the first series.
	 *
	 * @param names the series' names, such as "Crime" and "Anti-social behaviour"
	 */
	static List<org.csphub.reporting.Block> monthly(String id, String caption, String what, AssessmentInputs in,
			List<String> names, List<MonthlySeries> series) {
		List<Column> columns = new ArrayList<>(List.of(text("Month"), text("Period")));
		names.forEach(n -> columns.add(count(n)));
		List<List<Object>> rows = new ArrayList<>();
		List<Charts.MonthBar> bars = new ArrayList<>();
		MonthlySeries first = series.get(0);
		for (int i = 0; i < first.length(); i++) {
			YearMonth month = first.month(i);
			boolean assessed = !month.isBefore(in.period.first()) && !month.isAfter(in.period.last());
			boolean compared = !month.isBefore(in.period.comparisonFirst()) && !month.isAfter(in.period.comparisonLast());
			List<Object> row = row(Format.month(month), assessed ? "Assessment" : compared ? "Comparison" : "");
			for (MonthlySeries s : series) {
				row.add(s.count(i).isPresent() ? (Object) s.count(i).getAsLong() : null);
			}
			rows.add(row);
			bars.add(new Charts.MonthBar(month, first.count(i).isPresent() ? first.count(i).getAsLong() : null, assessed));
		}
		DataTable table = new DataTable(id, caption + ": figures", columns, rows);
		String svg = Charts.monthly(id + "-chart", caption, what, bars);
		return List.of(new org.csphub.reporting.Block.Figure(id + "-chart", caption, Charts.describe(what, bars), svg, id),
				table);
	}

}
