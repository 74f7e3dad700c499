package org.csphub.analyse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads areas from GeoJSON FeatureCollections (RFC 7946: WGS84 longitude and latitude, projected here to
 * the British National Grid; a file whose {@code crs} names EPSG:27700 is taken as grid metres already).
 * Gzip-compressed files are read too, and a folder stands for every {@code .json} and {@code .geojson}
 * file in it (with or without {@code .gz}), in name order.
 *
 * <p>The id of a feature is its {@code idProperty}; without one, the single property named like an ONS
 * code ({@code LSOA11CD}, {@code WD13CD}, ...) or else {@code code} or {@code id}. Every feature needs an
 * id, unique across the files, and a Polygon or MultiPolygon; invalid polygons (a self-intersecting ring)
 * are repaired with JTS's {@link GeometryFixer}, and counted. Problems name the file and feature number.
 */
public final class AreasReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ONS_CODE = Pattern.compile("[A-Z]+\\d{2}CD");

	private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 27700);

	private final BritishNationalGrid grid = new BritishNationalGrid();

	private final String idProperty;

	private final boolean numbered;

	private final List<Area> areas = new ArrayList<>();

	private final Map<String, String> seen = new HashMap<>();

	private int repaired;

	private AreasReader(String idProperty, boolean numbered) {
		this.idProperty = idProperty;
		this.numbered = numbered;
	}

	/** The areas of the files, in file and feature order. */
	public static Result read(List<Path> files, String idProperty) throws IOException {
		return read(files, idProperty, false);
	}

	/** The polygons of the files as a study area: features need no id (they are numbered instead). */
	public static Result boundary(List<Path> files) throws IOException {
		return read(files, null, true);
	}

	private static Result read(List<Path> files, String idProperty, boolean numbered) throws IOException {
		AreasReader reader = new AreasReader(idProperty, numbered);
		for (Path file : DataFiles.geoJsonFiles(files)) {
			reader.readFile(DataFiles.file(file));
		}
		return new Result(List.copyOf(reader.areas), reader.repaired);
	}

	/** @param repaired how many invalid geometries were repaired */
	public record Result(List<Area> areas, int repaired) {

		public List<String> ids() {
			return areas.stream().map(Area::id).toList();
		}

		public List<Geometry> geometries() {
			return areas.stream().map(Area::geometry).toList();
		}

		/** Every area's polygons as one MultiPolygon (not dissolved): the study area for masking a grid. */
		public Geometry union() {
			List<Polygon> parts = new ArrayList<>();
			for (Area area : areas) {
				for (int i = 0; i < area.geometry().getNumGeometries(); i++) {
					parts.add((Polygon) area.geometry().getGeometryN(i));
				}
			}
			return new GeometryFactory(new PrecisionModel(), 27700).createMultiPolygon(parts.toArray(Polygon[]::new));
		}

	}

	private void readFile(DataFiles.Source source) throws IOException {
		String file = source.name();
		JsonNode root;
		try (InputStream in = source.open()) {
			root = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			throw new CommandFailedException(file + ": not valid JSON: " + ex.getOriginalMessage()
					+ (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
			throw new CommandFailedException(file + ": not a GeoJSON FeatureCollection");
		}
		boolean metres = root.path("crs").path("properties").path("name").asString("").contains("27700");
		JsonNode features = root.path("features");
		if (!features.isArray() || features.isEmpty()) {
			throw new CommandFailedException(file + ": the FeatureCollection has no features");
		}
		for (int f = 0; f < features.size(); f++) {
			feature(file, f + 1, features.get(f), metres);
		}
	}

	private void feature(String file, int number, JsonNode feature, boolean metres) {
		String where = file + ", feature " + number;
		if (numbered) {
			areas.add(new Area(where, valid(geometry(where, feature.path("geometry"), metres))));
			return;
		}
		JsonNode properties = feature.path("properties");
		String property = idProperty != null ? idProperty : defaultIdProperty(file, properties);
		JsonNode idNode = properties.get(property);
		if (idNode == null || idNode.isNull() || idNode.asString("").isBlank()) {
			throw new CommandFailedException(where + ": no '" + property + "' property for its id");
		}
		String id = idNode.asString().trim();
		String earlier = seen.putIfAbsent(id, where);
		if (earlier != null) {
			throw new CommandFailedException(where + ": the id " + id + " is also the id of " + earlier);
		}
		areas.add(new Area(id, valid(geometry(where + " (" + id + ")", feature.path("geometry"), metres))));
	}

	private Geometry valid(Geometry geometry) {
		if (geometry.isValid()) {
			return geometry;
		}
		repaired++;
		return GeometryFixer.fix(geometry);
	}

	private static String defaultIdProperty(String file, JsonNode properties) {
		List<String> codes = new ArrayList<>();
		for (String name : properties.propertyNames()) {
			if (ONS_CODE.matcher(name).matches()) {
				codes.add(name);
			}
		}
		if (codes.size() == 1) {
			return codes.get(0);
		}
		for (String name : List.of("code", "id")) {
			if (properties.has(name)) {
				return name;
			}
		}
		throw new CliUsageException("name the property holding each area's id with --id-property (" + file
				+ " has the properties " + String.join(", ", properties.propertyNames()) + ")");
	}

	private Geometry geometry(String where, JsonNode node, boolean metres) {
		String type = node.path("type").asString("");
		JsonNode coordinates = node.path("coordinates");
		switch (type) {
			case "Polygon":
				return polygon(where, coordinates, metres);
			case "MultiPolygon":
				if (!coordinates.isArray() || coordinates.isEmpty()) {
					throw new CommandFailedException(where + ": a MultiPolygon without polygons");
				}
				Polygon[] parts = new Polygon[coordinates.size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = polygon(where, coordinates.get(i), metres);
				}
				return factory.createMultiPolygon(parts);
			default:
				throw new CommandFailedException(where + ": the geometry is " + (type.isEmpty() ? "missing" : "a " + type)
						+ ", not a Polygon or MultiPolygon");
		}
	}

	private Polygon polygon(String where, JsonNode rings, boolean metres) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new CommandFailedException(where + ": a polygon without rings");
		}
		LinearRing shell = ring(where, rings.get(0), metres);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(where, rings.get(i), metres);
		}
		return factory.createPolygon(shell, holes);
	}

	private LinearRing ring(String where, JsonNode positions, boolean metres) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new CommandFailedException(where + ": a ring needs at least 4 positions");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode x = positions.get(i).path(0);
			JsonNode y = positions.get(i).path(1);
			if (!x.isNumber() || !y.isNumber()) {
				throw new CommandFailedException(where + ": position " + (i + 1) + " of a ring is not a pair of numbers");
			}
			coordinates[i] = metres ? new Coordinate(x.doubleValue(), y.doubleValue()) : project(where, x.doubleValue(), y.doubleValue());
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new CommandFailedException(where + ": a ring is not closed (its last position differs from its first)");
		}
		return factory.createLinearRing(coordinates);
	}

	private Coordinate project(String where, double longitude, double latitude) {
		if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
			throw new CommandFailedException(where + ": the position (" + longitude + ", " + latitude
					+ ") is not a WGS84 longitude and latitude; is the file in grid metres without a crs naming EPSG:27700?");
		}
		GridPoint point = grid.project(longitude, latitude);
		return new Coordinate(point.easting(), point.northing());
	}

}
