package org.csphub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.csphub.reporting.Block.Figure;
import org.csphub.reporting.Block.KeyFigure;
import org.csphub.reporting.Block.KeyFigures;
import org.csphub.reporting.Block.Note;
import org.csphub.reporting.Block.Paragraph;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;
import org.csphub.reporting.charts.CategoryBarChart;
import org.csphub.reporting.charts.ComparisonBarChart;
import org.csphub.reporting.charts.GridMap;
import org.csphub.reporting.charts.MonthlyChart;
import org.csphub.reporting.charts.NumberStyle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Not a test: times the renderers on a large synthetic report, 15 sections with 40 tables (about 3,600
 * rows in all) and 20 SVG figures, one a grid map of 5,000 squares with a 400-vertex boundary. Prints
 * the median CPU time (and wall-clock time) of 5 runs after 2 warm-up runs of each output: the HTML fragment, the PDF, the same PDF
 * without its figures (the baseline: what the vector figures cost), the XLSX and the CSV zip, and the
 * sizes. Run with {@code bench/report-benchmark.sh}.
 */
public final class ReportBenchmark {

	private static final int WARM_UP = 2;

	private static final int RUNS = 5;

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	public static void main(String[] args) {
		ReportDocument document = large(true);
		ReportDocument withoutFigures = large(false);
		System.out.printf(Locale.ROOT, "Synthetic report: %d sections, %d tables (%d rows), %d figures, map of 5,000 squares%n",
				document.sections().size(), document.tables().size(),
				document.tables().stream().mapToInt(t -> t.rows().size()).sum(), figures(document));
		Reports reports = new Reports();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(reports.pdf(document))) {
			System.out.printf(Locale.ROOT, "The PDF has %d A4 pages.%n", pdf.getNumberOfPages());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		long html = time("HTML fragment", () -> reports.html(document).length());
		long pdf = time("PDF (PDF/UA-1, PDF/A-2a)", () -> reports.pdf(document).length);
		long baseline = time("PDF without the figures (baseline)", () -> reports.pdf(withoutFigures).length);
		long xlsx = time("XLSX", () -> reports.xlsx(document).length);
		long csv = time("CSV zip", () -> reports.csvZip(document).length);
		System.out.printf(Locale.ROOT, "CPU time: the 20 figures add %.1fx to the PDF's time; the PDF takes %.0fx the HTML's, "
				+ "the XLSX %.1fx the CSV zip's.%n", (double) pdf / baseline, (double) pdf / html, (double) xlsx / csv);
	}

	/**
	 * Times a renderer: the median of the CPU time of this thread (what the rendering costs, however
	 * busy the machine is) and of the wall-clock time (what a person waits on this machine now).
	 * Returns the median CPU time in nanoseconds.
	 */
	private static long time(String what, Supplier<Integer> render) {
		int size = 0;
		for (int i = 0; i < WARM_UP; i++) {
			size = render.get();
		}
		long[] cpu = new long[RUNS];
		long[] wall = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long startCpu = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			size = render.get();
			wall[i] = System.nanoTime() - start;
			cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
		}
		Arrays.sort(cpu);
		Arrays.sort(wall);
		System.out.printf(Locale.ROOT, "%-36s CPU median %6d ms (min %d, max %d); wall median %6d ms; %,d bytes%n", what,
				cpu[RUNS / 2] / 1_000_000, cpu[0] / 1_000_000, cpu[RUNS - 1] / 1_000_000, wall[RUNS / 2] / 1_000_000, size);
		return cpu[RUNS / 2];
	}

	private static int figures(ReportDocument document) {
		int n = 0;
		for (ReportSection s : document.sections()) {
			n += (int) s.blocks().stream().filter(b -> b instanceof Figure).count();
		}
		return n;
	}

	/** 15 sections; 40 tables; with or without 20 figures (a map, monthly, bar and comparison charts). */
	static ReportDocument large(boolean withFigures) {
		Random random = new Random(42);
		List<String> types = List.of("Violence and sexual offences", "Anti-social behaviour", "Shoplifting", "Burglary",
				"Vehicle crime", "Criminal damage and arson", "Other theft", "Public order", "Drugs", "Robbery",
				"Theft from the person", "Bicycle theft", "Possession of weapons", "Other crime");
		List<ReportSection> sections = new ArrayList<>();
		int table = 0;
		int figure = 0;
		for (int s = 0; s < 15; s++) {
			List<Block> blocks = new ArrayList<>();
			blocks.add(new Paragraph("Section " + (s + 1) + " describes one part of the borough's crime and disorder. "
					.repeat(4)));
			blocks.add(new KeyFigures(List.of(new KeyFigure("Crimes", String.format(Locale.UK, "%,d", 1000 + s * 37), "up 3%"),
					new KeyFigure("Rate per 1,000", "45.2", "England and Wales: 38.1"))));
			int tablesHere = s < 10 ? 3 : 2;
			for (int t = 0; t < tablesHere; t++) {
				String id = "table-" + (++table);
				List<List<Object>> rows = new ArrayList<>();
				int rowCount = table == 1 ? 600 : 20 + random.nextInt(140);
				for (int r = 0; r < rowCount; r++) {
					rows.add(Arrays.asList("E0100" + (1000 + r) + " " + types.get(r % types.size()), (long) random.nextInt(5000),
							random.nextInt(10) == 0 ? null : (long) random.nextInt(5000), random.nextDouble() * 100,
							random.nextDouble() - 0.5));
				}
				DataTable data = new DataTable(id, "Crimes by area and type, part " + table,
						List.of(new Column("Area and type", Kind.TEXT), new Column("This period", Kind.COUNT),
								new Column("Before", Kind.COUNT), new Column("Rate per 1,000", Kind.DECIMAL),
								new Column("Change", Kind.PERCENT)),
						rows);
				if (withFigures && figure < 20 && (t == 0 || s < 5)) {
					blocks.add(figure(++figure, id, random, types));
				}
				blocks.add(data);
			}
			blocks.add(new Note("Counts are of crimes recorded by the police; locations are approximate."));
			sections.add(new ReportSection("section-" + (s + 1), "Part " + (s + 1) + " of the assessment", blocks));
		}
		return new ReportDocument("A large synthetic strategic assessment", "For the benchmark", "Benchmark CSP",
				LocalDate.of(2026, 11, 26), "Draft", List.of(new Paragraph("Summary.")), sections, List.of(),
				List.of("Contains public sector information licensed under the Open Government Licence v3.0."));
	}

	private static Figure figure(int n, String tableId, Random random, List<String> types) {
		String id = "figure-" + n;
		String svg;
		if (n == 1) {
			List<GridMap.Square> squares = new ArrayList<>();
			for (int i = 0; i < 5_000; i++) {
				squares.add(new GridMap.Square(440_000 + 250 * (i % 80), 300_000 + 250 * (i / 80), random.nextInt(5)));
			}
			Coordinate[] ring = new Coordinate[401];
			for (int i = 0; i < 400; i++) {
				double angle = 2 * Math.PI * i / 400;
				double radius = 9_000 + 800 * Math.sin(7 * angle);
				ring[i] = new Coordinate(450_000 + radius * Math.cos(angle), 307_800 + radius * Math.sin(angle));
			}
			ring[400] = ring[0];
			svg = GridMap.svg(id, "Density of crime", 250, GridMap.quintiles(List.of("1 to 3", "4 to 7", "8 to 15", "16 to 40",
					"41 or more")), squares, List.of(new GridMap.Outline("Borough boundary", GridMap.LineStyle.SOLID,
							List.of(new GeometryFactory().createPolygon(ring)))), "Locations are approximate.");
		}
		else if (n % 3 == 0) {
			List<MonthlyChart.Month> months = new ArrayList<>();
			for (int m = 0; m < 24; m++) {
				months.add(new MonthlyChart.Month(YearMonth.of(2024, 11).plusMonths(m), m == 13 ? null : 800L + random.nextInt(400)));
			}
			svg = MonthlyChart.svg(id, "Crimes each month", "crimes", months);
		}
		else if (n % 3 == 1) {
			svg = CategoryBarChart.svg(id, "Crimes by type", "crimes",
					types.stream().map(t -> CategoryBarChart.Bar.of(t, random.nextInt(3000))).toList());
		}
		else {
			svg = ComparisonBarChart.svg(id, "This year and last", "crimes", NumberStyle.COUNT, "This period",
					"12 months before",
					types.stream().map(t -> ComparisonBarChart.Pair.of(t, random.nextInt(3000), random.nextInt(3000))).toList());
		}
		return new Figure(id, "Figure number " + n, "A chart of the figures in the table that follows.", svg, tableId);
	}

}
