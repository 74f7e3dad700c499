package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.csphub.analysis.geo.GridSquare;
import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.DensitySurface;
import org.csphub.analysis.hotspot.GridHotspotMap;
import org.csphub.analysis.hotspot.GridHotspots;
import org.csphub.analysis.hotspot.GridNeighbourhood;
import org.csphub.analysis.hotspot.HotspotClass;
import org.csphub.analysis.hotspot.Kernel;
import org.csphub.analysis.hotspot.KernelDensity;
import org.csphub.analysis.hotspot.MultipleTesting.Correction;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;
import org.locationtech.jts.geom.Geometry;

/**
 * Section {@code hotspots}, with subsections {@code hotspots-crime} and {@code hotspots-asb}: on a grid
 * of {@value #CELL_SIZE} m squares of the British National Grid masked to the borough (cells whose centre
 * is inside it), a kernel density map (quartic kernel, {@value #BANDWIDTH} m bandwidth, events per km²,
 * classed by percentile of the borough's cells) and a Getis-Ord Gi* hot spot map (counts per cell, queen
 * contiguity, Benjamini-Hochberg false discovery rate, 90/95/99% classes as ArcGIS), each with the
 * approximate-locations note, and a table of the busiest cells. Wards holding the most hot cells
 * (95% or more) become candidate issues.
 */
final class HotspotSection {

	static final int CELL_SIZE = 250;

	static final double BANDWIDTH = 500;

	private static final int TOP_CELLS = 10;

	private HotspotSection() {
	}

	static ReportSection build(AssessmentInputs in, Findings findings, HotspotGrid grid) {
		String title = "Hotspots";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.HOTSPOTS, title, List.of(Notes.noPoliceData(in)));
		}
		if (grid == null) {
			return new ReportSection(AssessmentSections.HOTSPOTS, title, List.of(new Block.Note("No borough boundary is "
					+ "loaded, so no hotspot map can be drawn. Import the LSOA boundaries (the borough is made from them) "
					+ "or a borough boundary.")));
		}
		List<Block> blocks = List.of(new Block.Paragraph("Two views of where incidents concentrate in "
				+ Format.period(in.period.first(), in.period.last()) + ", on " + CELL_SIZE
				+ " m squares of the British National Grid inside the borough. The density map spreads each incident over "
				+ "the area around it (quartic kernel, " + (int) BANDWIDTH + " m radius) and shades the busiest squares. The "
				+ "hot spot map tests each square with its eight neighbours against the borough as a whole (Getis-Ord Gi*): "
				+ "a hot spot is a cluster of squares with more incidents than chance would give, after allowing for the "
				+ "number of squares tested (false discovery rate)."), new Block.Note(Notes.APPROXIMATE_LOCATIONS));
		List<ReportSection> subsections = List.of(
				subsection(in, findings, grid, in.crimePoints, AssessmentSections.HOTSPOTS_CRIME, "Crime", "crime", true),
				subsection(in, findings, grid, in.asbPoints, AssessmentSections.HOTSPOTS_ASB, "Anti-social behaviour",
						"anti-social behaviour", false));
		return new ReportSection(AssessmentSections.HOTSPOTS, title, blocks, subsections);
	}

	/** The borough's grid, made once for both maps. */
	record HotspotGrid(Grid grid, Geometry boundary) {

		static HotspotGrid of(AssessmentInputs in) {
			return in.borough.map(b -> new HotspotGrid(Grid.covering(b, CELL_SIZE, 0, 0), b)).orElse(null);
		}

	}

	/** The results for one kind of incident. */
	record Result(Grid grid, double[] counts, DensitySurface density, GridHotspotMap hotspots) {
	}

	static Result analyse(Grid grid, Points points) {
		double[] counts = new double[grid.cellCount()];
		for (int i = 0; i < points.size(); i++) {
			int cell = grid.indexOf(points.x()[i], points.y()[i]);
			if (cell >= 0) {
				counts[cell] += points.count()[i];
			}
		}
		DensitySurface density = new KernelDensity(Kernel.QUARTIC, BANDWIDTH).estimate(grid, points.x(), points.y(),
				points.weights(), KernelDensity.Evaluation.LINEAR_BINNING);
		GridHotspotMap hotspots = GridHotspots.giStar(grid, counts, GridNeighbourhood.queen(),
				Correction.BENJAMINI_HOCHBERG, 0.05);
		return new Result(grid, counts, density, hotspots);
	}

	private static ReportSection subsection(AssessmentInputs in, Findings findings, HotspotGrid hotspotGrid, Points points,
			String id, String title, String what, boolean candidates) {
		if (points.size() == 0) {
			return new ReportSection(id, title, List.of(new Block.Note("No located " + what
					+ " in the assessment period, so there is no map.")));
		}
		Grid grid = hotspotGrid.grid();
		Result result = analyse(grid, points);
		List<Block> blocks = new ArrayList<>();
		Map<String, Integer> hotWards = new TreeMap<>();
		int hot = 0;
		int cold = 0;
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			HotspotClass c = result.hotspots().hotspotClass(cell);
			if (c.bin() >= 2) {
				hot++;
				String ward = wardAt(in, grid, cell);
				if (ward != null) {
					hotWards.merge(ward, 1, Integer::sum);
				}
			}
			else if (c.bin() <= -2) {
				cold++;
			}
		}
		List<Map.Entry<String, Integer>> wards = hotWards.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
		StringBuilder text = new StringBuilder().append(Format.plural(hot, "square is", "squares are"))
			.append(" a hot spot of ").append(what).append(" at 95% confidence or more, and ")
			.append(Format.plural(cold, "square", "squares")).append(" a cold spot, of ")
			.append(Format.count(grid.includedCount())).append(" squares in the borough.");
		if (!wards.isEmpty()) {
			text.append(" Most hot squares are in ").append(Format.list(wards.stream().limit(3)
				.map(e -> in.name(AreaType.WARD, e.getKey()) + " (" + e.getValue() + ")").toList())).append('.');
		}
		blocks.add(new Block.Paragraph(text.toString()));
		if (candidates) {
			wards.stream().limit(3).forEach(e -> findings.candidate("area:ward:" + e.getKey(),
					in.name(AreaType.WARD, e.getKey()), "Hot spot: " + Format.plural(e.getValue(), "square", "squares")
							+ " of " + CELL_SIZE + " m with significant Gi* hot spots of crime (95% or more)"));
		}
		String table = id + "-cells";
		blocks.add(densityFigure(id, title, what, result, hotspotGrid.boundary(), table));
		blocks.add(hotspotFigure(id, title, what, result, hotspotGrid.boundary(), table, hot, cold));
		blocks.add(topCells(in, table, title, result));
		return new ReportSection(id, title, blocks);
	}

	private static String wardAt(AssessmentInputs in, Grid grid, int cell) {
		return in.locator.locate(grid.centreX(grid.column(cell)), grid.centreY(grid.row(cell))).wardCode();
	}

	private static Block.Figure densityFigure(String id, String title, String what, Result result, Geometry boundary,
			String table) {
		Grid grid = result.grid();
		double[] included = new double[grid.includedCount()];
		int n = 0;
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			if (grid.isIncluded(cell)) {
				included[n++] = result.density().value(cell);
			}
		}
		Arrays.sort(included);
		double[] cuts = { quantile(included, 0.99), quantile(included, 0.95), quantile(included, 0.90),
				quantile(included, 0.75) };
		String[] colours = { "#7f0000", "#d7301f", "#fc8d59", "#fdd49e" };
		String[] labels = { "Busiest 1% of squares", "Next 4% (top 5%)", "Next 5% (top 10%)", "Next 15% (top 25%)" };
		int[] classOf = new int[grid.cellCount()];
		Arrays.fill(classOf, -1);
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			double v = result.density().value(cell);
			if (!grid.isIncluded(cell) || !(v > 0)) {
				continue;
			}
			for (int k = 0; k < cuts.length; k++) {
				if (v >= cuts[k]) {
					classOf[cell] = k;
					break;
				}
			}
		}
		List<GridMapSvg.MapClass> classes = new ArrayList<>();
		for (int k = 0; k < cuts.length; k++) {
			classes.add(new GridMapSvg.MapClass(colours[k], labels[k] + " (" + Format.decimal(cuts[k]) + "+ per km²)"));
		}
		String figure = id + "-density";
		String caption = title + ": density of incidents (kernel density, " + CELL_SIZE + " m squares)";
		String alt = "Map of the borough shading the " + CELL_SIZE + " m squares with the highest density of " + what
				+ " (incidents per square kilometre, quartic kernel of " + (int) BANDWIDTH + " m): the busiest 1%, 5%, 10% "
				+ "and 25% of squares. The highest density is " + Format.decimal(result.density().max())
				+ " per km². The busiest squares are listed in the table that follows. Locations are approximate.";
		return new Block.Figure(figure, caption, alt,
				GridMapSvg.svg(figure, caption, alt, grid, classOf, classes, boundary), table);
	}

	private static Block.Figure hotspotFigure(String id, String title, String what, Result result, Geometry boundary,
			String table, int hot, int cold) {
		Grid grid = result.grid();
		HotspotClass[] order = { HotspotClass.HOT_99, HotspotClass.HOT_95, HotspotClass.HOT_90, HotspotClass.COLD_90,
				HotspotClass.COLD_95, HotspotClass.COLD_99 };
		String[] colours = { "#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac" };
		String[] labels = { "Hot spot, 99% confidence", "Hot spot, 95%", "Hot spot, 90%", "Cold spot, 90%",
				"Cold spot, 95%", "Cold spot, 99%" };
		int[] classOf = new int[grid.cellCount()];
		Arrays.fill(classOf, -1);
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			HotspotClass c = result.hotspots().hotspotClass(cell);
			for (int k = 0; k < order.length; k++) {
				if (c == order[k]) {
					classOf[cell] = k;
				}
			}
		}
		List<GridMapSvg.MapClass> classes = new ArrayList<>();
		for (int k = 0; k < order.length; k++) {
			classes.add(new GridMapSvg.MapClass(colours[k], labels[k]));
		}
		String figure = id + "-gi";
		String caption = title + ": hot and cold spots (Getis-Ord Gi*, " + CELL_SIZE + " m squares)";
		String alt = "Map of the borough marking the " + CELL_SIZE + " m squares that are significant hot spots (" + hot
				+ " at 95% or more) or cold spots (" + cold + ") of " + what
				+ " by the Getis-Ord Gi* statistic with a false discovery rate correction. The busiest squares are listed "
				+ "in the table that follows. Locations are approximate.";
		return new Block.Figure(figure, caption, alt,
				GridMapSvg.svg(figure, caption, alt, grid, classOf, classes, boundary), table);
	}

	private static DataTable topCells(AssessmentInputs in, String id, String title, Result result) {
		Grid grid = result.grid();
		List<Integer> cells = new ArrayList<>();
		for (int cell = 0; cell < grid.cellCount(); cell++) {
			if (grid.isIncluded(cell) && result.counts()[cell] > 0) {
				cells.add(cell);
			}
		}
		cells.sort(Comparator.comparingDouble((Integer c) -> result.counts()[c]).reversed().thenComparing(c -> c));
		List<List<Object>> rows = new ArrayList<>();
		long column0 = Math.round(grid.xOrigin() / CELL_SIZE);
		long row0 = Math.round(grid.yOrigin() / CELL_SIZE);
		int rank = 0;
		for (int cell : cells.subList(0, Math.min(TOP_CELLS, cells.size()))) {
			rank++;
			GridSquare square = new GridSquare(CELL_SIZE, column0 + grid.column(cell), row0 + grid.row(cell));
			String ward = wardAt(in, grid, cell);
			rows.add(Tables.row((long) rank, square.gridReference(), ward == null ? "" : in.name(AreaType.WARD, ward),
					(long) result.counts()[cell], result.density().value(cell), result.hotspots().z(cell),
					label(result.hotspots().hotspotClass(cell))));
		}
		return new DataTable(id, title + ": the " + TOP_CELLS + " busiest " + CELL_SIZE + " m squares",
				List.of(Tables.count("Rank"), Tables.text("Grid reference (south-west corner)"), Tables.text("Ward"),
						Tables.count("Incidents"), Tables.decimal("Density per km²"), Tables.decimal("Gi* z-score"),
						Tables.text("Hot spot class")),
				rows);
	}

	static String label(HotspotClass c) {
		return switch (c) {
			case HOT_99 -> "Hot spot, 99%";
			case HOT_95 -> "Hot spot, 95%";
			case HOT_90 -> "Hot spot, 90%";
			case COLD_90 -> "Cold spot, 90%";
			case COLD_95 -> "Cold spot, 95%";
			case COLD_99 -> "Cold spot, 99%";
			case NOT_SIGNIFICANT -> "Not significant";
		};
	}

	/** The value at or below which a share {@code q} of the sorted values lies (nearest rank). */
	private static double quantile(double[] sorted, double q) {
		if (sorted.length == 0) {
			return Double.POSITIVE_INFINITY;
		}
		int index = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
