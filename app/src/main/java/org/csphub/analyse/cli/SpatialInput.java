package org.csphub.analyse.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csphub.analyse.internal.AreasReader;
import org.csphub.analyse.internal.Points;
import org.csphub.analyse.internal.PointsSpec;
import org.csphub.analyse.internal.ValuesReader;
import org.csphub.analyse.internal.WeightsReader;
import org.csphub.analysis.geo.PolygonIndex;
import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.hotspot.GridNeighbourhood;
import org.csphub.analysis.weights.ContiguityWeights;
import org.csphub.analysis.weights.DistanceBandWeights;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.KNearestWeights;
import org.csphub.analysis.weights.SpatialWeights;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.locationtech.jts.geom.Geometry;

/**
 * The observations and spatial weights of {@code analyse gistar} and {@code analyse moran}, from one of
 * four inputs:
 * <ul>
 * <li><b>grid</b>: points counted (or their {@code --value} summed) in cells of {@code --cell-size};
 * queen, rook or distance-band neighbours between cells;</li>
 * <li><b>points</b>: each point an observation with its {@code --value}; distance-band or k-nearest
 * neighbours, or a weights file naming the points by {@code --id};</li>
 * <li><b>areas</b>: GeoJSON polygons with values from a CSV table, or counts of points inside each;
 * queen or rook contiguity, or a weights file naming the areas;</li>
 * <li><b>weights</b>: a {@code .gal}/{@code .gwt} file and a CSV table of values for its ids.</li>
 * </ul>
 */
final class SpatialInput {

	static final Set<String> OPTIONS;

	static {
		Set<String> options = new HashSet<>(PointOptions.OPTIONS);
		options.addAll(Set.of("cell-size", "boundary", "areas", "id-property", "values", "id-column", "value-column",
				"weights", "neighbours", "distance", "k", "transform"));
		OPTIONS = Set.copyOf(options);
	}

	static final String HELP = """
			Input, one of:
			  --points FILE ... --cell-size METRES [--boundary GEOJSON]
			                       points counted in grid cells (or their --value summed); cells outside
			                       the boundary (GeoJSON files or a folder of them) are left out.
			                       Neighbours: queen (default), rook or distance-band (--distance METRES
			                       between cell centres)
			  --points FILE ... --value COL [--id COL]
			                       each point an observation with its value. Neighbours: distance-band
			                       (--distance METRES, inclusive) or k-nearest (--k K), or --weights
			  --areas GEOJSON [--id-property P] (--values FILE --id-column COL --value-column COL | --points FILE ...)
			                       areas (WGS84 GeoJSON, .gz too, or a folder of them; the id is the ONS
			                       code property such as LSOA11CD unless --id-property says) with a value
			                       each from a CSV table, or the count of points inside each.
			                       Neighbours: queen (default) or rook contiguity, or --weights
			  --weights FILE --values FILE --id-column COL --value-column COL
			                       GeoDa weights (.gal or .gwt) and a value for each of their ids
			Weights:
			  --neighbours N       queen, rook, distance-band or k-nearest, as above
			  --weights FILE       a GeoDa .gal or .gwt file naming the observations by id
			  --transform T        binary (every weight 1) or row (row-standardised); default: the weights
			                       as built or read (binary, except a .gwt file's own weights)
			""";

	/** The input kinds. */
	enum Kind {
		GRID, POINTS, AREAS, WEIGHTS
	}

	/**
	 * @param kind the input kind
	 * @param ids observation ids (cell index, point id, area id)
	 * @param values one value per observation
	 * @param weights the weights, without self weights
	 * @param extraColumns columns describing each observation (grid: column, row, x, y; points: x, y)
	 * @param extra their values, one array per observation
	 * @param settings what was built, for the report
	 */
	record Loaded(Kind kind, List<String> ids, double[] values, SpatialWeights weights, List<String> extraColumns,
			List<Object[]> extra, Map<String, Object> settings) {
	}

	private SpatialInput() {
	}

	static Loaded load(CliArguments arguments, CliConsole console) throws IOException {
		boolean areas = !arguments.all("areas").isEmpty();
		boolean points = !arguments.all("points").isEmpty();
		boolean weightsFile = arguments.value("weights").isPresent();
		Loaded loaded;
		if (areas) {
			loaded = areas(arguments, console);
		}
		else if (points && arguments.value("cell-size").isPresent()) {
			loaded = grid(arguments, console);
		}
		else if (points) {
			loaded = points(arguments, console);
		}
		else if (weightsFile) {
			loaded = weightsAndValues(arguments, console);
		}
		else {
			throw new CliUsageException("name the input: --points (with --cell-size, or --value), --areas, or --weights with --values");
		}
		SpatialWeights weights = transform(arguments, loaded.weights());
		int islands = weights.islands().length;
		if (islands > 0) {
			console.err().printf("%,d of the %,d observations have no neighbours (islands): local Moran and Gi are "
					+ "undefined for them, Gi* compares their own value alone%n", islands, weights.size());
		}
		Map<String, Object> settings = new LinkedHashMap<>(loaded.settings());
		settings.put("observations", weights.size());
		settings.put("transform", weights.transform().name().toLowerCase().replace('_', '-'));
		settings.put("islands", islands);
		return new Loaded(loaded.kind(), loaded.ids(), loaded.values(), weights, loaded.extraColumns(), loaded.extra(),
				settings);
	}

	private static SpatialWeights transform(CliArguments arguments, SpatialWeights weights) {
		String transform = Flags.choice(arguments, "transform", null, "binary", "row");
		if (transform == null) {
			return weights;
		}
		return transform.equals("binary") ? weights.binary() : weights.rowStandardised();
	}

	private static Loaded grid(CliArguments arguments, CliConsole console) throws IOException {
		Flags.notWith(arguments, "with a grid (--cell-size)", "weights", "values", "k", "id");
		double cellSize = Flags.requiredPositive(arguments, "cell-size");
		String neighbours = Flags.choice(arguments, "neighbours", "queen", "queen", "rook", "distance-band");
		GridNeighbourhood neighbourhood = switch (neighbours) {
			case "rook" -> GridNeighbourhood.rook();
			case "distance-band" -> GridNeighbourhood.distanceBand(distance(arguments));
			default -> GridNeighbourhood.queen();
		};
		if (!neighbours.equals("distance-band")) {
			Flags.notWith(arguments, "without --neighbours distance-band", "distance");
		}
		PointsSpec spec = PointOptions.spec(arguments, true, false, true, false);
		List<Path> boundaryFiles = Flags.files(arguments, "boundary");
		Geometry boundary = boundaryFiles.isEmpty() ? null : AreasReader.boundary(boundaryFiles).union();
		Points points = PointOptions.read(spec, console, "points");
		Grid grid = Grids.lay(points.xs(), points.ys(), cellSize, 0, boundary);
		double[] perCell = new double[grid.cellCount()];
		long outside = 0;
		for (int p = 0; p < points.size(); p++) {
			int cell = grid.indexOf(points.xs()[p], points.ys()[p]);
			if (cell < 0 || grid.isExcluded(cell)) {
				outside++;
				continue;
			}
			perCell[cell] += points.values() == null ? 1 : points.values()[p];
		}
		if (outside > 0) {
			console.err().printf("%,d points fall outside the boundary and are not counted%n", outside);
		}
		SpatialWeights weights = neighbourhood.weights(grid);
		int[] cells = GridWeights.cellIndexes(grid);
		double[] values = new double[cells.length];
		List<Object[]> extra = new ArrayList<>(cells.length);
		for (int i = 0; i < cells.length; i++) {
			int column = grid.column(cells[i]);
			int row = grid.row(cells[i]);
			values[i] = perCell[cells[i]];
			extra.add(new Object[] { column, row, grid.centreX(column), grid.centreY(row) });
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("input", "grid");
		settings.put("cell_size_m", cellSize);
		settings.put("x_origin", grid.xOrigin());
		settings.put("y_origin", grid.yOrigin());
		settings.put("neighbours", neighbours);
		if (neighbours.equals("distance-band")) {
			settings.put("distance_m", neighbourhood.threshold());
		}
		settings.put("value", points.values() == null ? "count of points" : "sum of " + spec.valueColumn());
		return new Loaded(Kind.GRID, weights.ids(), values, weights, List.of("column", "row", "x", "y"), extra, settings);
	}

	private static Loaded points(CliArguments arguments, CliConsole console) throws IOException {
		Flags.notWith(arguments, "with points as observations (no --cell-size)", "values", "boundary");
		if (arguments.value("value").isEmpty()) {
			throw new CliUsageException("with points as observations, --value names the column of their values "
					+ "(or give --cell-size to count points in grid cells)");
		}
		PointsSpec spec = PointOptions.spec(arguments, true, false, true, true);
		Points points = PointOptions.read(spec, console, "points");
		List<String> ids = new ArrayList<>(points.size());
		for (int p = 0; p < points.size(); p++) {
			ids.add(points.ids() != null ? points.ids()[p] : Integer.toString(p + 1));
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("input", "points");
		SpatialWeights weights;
		if (arguments.value("weights").isPresent()) {
			Flags.notWith(arguments, "with --weights", "neighbours", "distance", "k");
			Path file = Flags.file(arguments, "weights");
			weights = WeightsReader.read(file, distinct(ids, spec.idColumn()));
			settings.put("weights", file.getFileName().toString());
		}
		else {
			String neighbours = Flags.choice(arguments, "neighbours", "distance-band", "distance-band", "k-nearest");
			List<String> checked = distinct(ids, spec.idColumn());
			if (neighbours.equals("distance-band")) {
				Flags.notWith(arguments, "with --neighbours distance-band", "k");
				double distance = distance(arguments);
				weights = DistanceBandWeights.build(points.xs(), points.ys(), distance, checked);
				settings.put("distance_m", distance);
			}
			else {
				Flags.notWith(arguments, "with --neighbours k-nearest", "distance");
				int k = Flags.wholeNumber(arguments, "k", 0, 1, Math.max(1, points.size() - 1));
				if (k == 0) {
					throw new CliUsageException("--k is required with --neighbours k-nearest");
				}
				weights = KNearestWeights.build(points.xs(), points.ys(), k, checked);
				settings.put("k", k);
			}
			settings.put("neighbours", neighbours);
		}
		List<Object[]> extra = new ArrayList<>(points.size());
		for (int p = 0; p < points.size(); p++) {
			extra.add(new Object[] { points.xs()[p], points.ys()[p] });
		}
		settings.put("value", spec.valueColumn());
		return new Loaded(Kind.POINTS, ids, points.values(), weights, List.of("x", "y"), extra, settings);
	}

	private static List<String> distinct(List<String> ids, String idColumn) {
		Set<String> seen = new HashSet<>();
		for (String id : ids) {
			if (!seen.add(id)) {
				throw new org.csphub.shared.cli.CommandFailedException("the id " + id + " (column " + idColumn
						+ ") names more than one point; each observation needs its own id");
			}
		}
		return ids;
	}

	private static Loaded areas(CliArguments arguments, CliConsole console) throws IOException {
		Flags.notWith(arguments, "with --areas", "cell-size", "boundary", "k", "distance", "id");
		List<Path> files = Flags.files(arguments, "areas");
		AreasReader.Result areas = AreasReader.read(files, arguments.value("id-property").orElse(null));
		if (areas.repaired() > 0) {
			console.err().printf("%d invalid area boundaries were repaired%n", areas.repaired());
		}
		List<String> ids = areas.ids();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("input", "areas");
		double[] values;
		boolean fromPoints = !arguments.all("points").isEmpty();
		if (fromPoints) {
			Flags.notWith(arguments, "with --points (the values are the points in each area)", "values", "id-column",
					"value-column");
			PointsSpec spec = PointOptions.spec(arguments, true, false, true, false);
			Points points = PointOptions.read(spec, console, "points");
			values = inAreas(areas, points, console);
			settings.put("value", points.values() == null ? "count of points" : "sum of " + spec.valueColumn());
		}
		else {
			values = values(arguments, ids, console);
			settings.put("value", arguments.value("value-column").orElse(""));
		}
		SpatialWeights weights;
		if (arguments.value("weights").isPresent()) {
			Flags.notWith(arguments, "with --weights", "neighbours");
			Path file = Flags.file(arguments, "weights");
			weights = WeightsReader.read(file, ids);
			settings.put("weights", file.getFileName().toString());
		}
		else {
			String neighbours = Flags.choice(arguments, "neighbours", "queen", "queen", "rook");
			weights = ContiguityWeights.build(areas.geometries(),
					neighbours.equals("queen") ? ContiguityWeights.Rule.QUEEN : ContiguityWeights.Rule.ROOK, ids);
			settings.put("neighbours", neighbours);
		}
		return new Loaded(Kind.AREAS, ids, values, weights, List.of(), null, settings);
	}

	private static double[] inAreas(AreasReader.Result areas, Points points, CliConsole console) {
		PolygonIndex.Builder<Integer> builder = PolygonIndex.builder();
		for (int i = 0; i < areas.areas().size(); i++) {
			builder.add(i, areas.areas().get(i).geometry());
		}
		PolygonIndex<Integer> index = builder.build();
		double[] values = new double[areas.areas().size()];
		long outside = 0;
		for (int p = 0; p < points.size(); p++) {
			Integer area = index.locate(points.xs()[p], points.ys()[p]);
			if (area == null) {
				outside++;
				continue;
			}
			values[area] += points.values() == null ? 1 : points.values()[p];
		}
		if (outside > 0) {
			console.err().printf("%,d points fall in none of the areas and are not counted%n", outside);
		}
		return values;
	}

	private static double[] values(CliArguments arguments, List<String> ids, CliConsole console) throws IOException {
		if (arguments.value("values").isEmpty()) {
			throw new CliUsageException("give each observation a value: --values FILE --id-column COL --value-column COL"
					+ (arguments.all("areas").isEmpty() ? "" : " (or --points FILE to count points in each area)"));
		}
		Path file = Flags.file(arguments, "values");
		ValuesReader.Values values = ValuesReader.read(file, arguments.required("id-column"),
				arguments.required("value-column"));
		long[] unused = new long[1];
		double[] result = values.forIds(ids, unused);
		if (unused[0] > 0) {
			console.err().printf("%,d rows of %s name ids that are not observations and were not used%n", unused[0],
					values.file());
		}
		return result;
	}

	private static Loaded weightsAndValues(CliArguments arguments, CliConsole console) throws IOException {
		Flags.notWith(arguments, "with --weights alone", "cell-size", "boundary", "neighbours", "distance", "k");
		Path file = Flags.file(arguments, "weights");
		SpatialWeights weights = WeightsReader.read(file, null);
		double[] values = values(arguments, weights.ids(), console);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("input", "weights");
		settings.put("weights", file.getFileName().toString());
		settings.put("value", arguments.value("value-column").orElse(""));
		return new Loaded(Kind.WEIGHTS, weights.ids(), values, weights, List.of(), null, settings);
	}

	private static double distance(CliArguments arguments) {
		if (arguments.value("distance").isEmpty()) {
			throw new CliUsageException("--distance METRES is required with --neighbours distance-band");
		}
		double distance = Flags.number(arguments, "distance", Double.NaN);
		if (distance < 0) {
			throw new CliUsageException("--distance must be 0 or more, not " + arguments.value("distance").get());
		}
		return distance;
	}

}
