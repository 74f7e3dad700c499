package org.csphub.areas.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaType;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads boundary GeoJSON files (RFC 7946 FeatureCollections in WGS84 longitude and latitude, as ONS
 * publishes them) into checked boundaries on the British National Grid. Streams the file and holds
 * one feature's JSON at a time.
 *
 * <p>Every feature is checked, and every problem is collected with the file, the feature number
 * (from 1) and its code, up to {@link ImportRefused#MAX_PROBLEMS}: a missing code or name, a code
 * used twice (across all the files read), a geometry that is missing or not a Polygon or
 * MultiPolygon, a ring that is not closed or has fewer than four positions, a coordinate that is not
 * a number, outside longitude -180..180 and latitude -90..90, or outside the area the British
 * National Grid covers, and invalid geometry that cannot be repaired safely ({@link GeometryCheck}).
 * A file in another coordinate reference system (a {@code crs} member naming anything but CRS84 or
 * EPSG:4326) is refused as a whole. One reader serves one import; it is not thread-safe.
 */
public final class GeoJsonBoundaryReader {

	/** Reads one feature at a time from the open parser, so the rest of the file is not a "trailing token". */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** The British National Grid's extent (EPSG:27700), with a margin for offshore islands. */
	private static final double MAX_EASTING = 800_000;

	private static final double MAX_NORTHING = 1_400_000;

	private final AreaType type;

	private final BoundaryProperties properties;

	private final BritishNationalGrid grid = new BritishNationalGrid();

	private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), 27700);

	private final List<BoundaryFeature> features = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, String> codesSeen = new HashMap<>();

	private boolean truncated;

	public GeoJsonBoundaryReader(BoundaryProperties properties) {
		this.type = properties.type();
		this.properties = properties;
	}

	/** Reads one file; problems are collected, never thrown. Returns the number of features read. */
	public int read(String file, InputStream content) {
		int count = 0;
		boolean sawFeatures = false;
		String collectionType = null;
		try (JsonParser parser = JSON.createParser(content)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				fileProblem(file, "is not a GeoJSON FeatureCollection (it does not start with '{')");
				return 0;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME && !full()) {
				String member = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (member) {
					case "type" -> collectionType = parser.getValueAsString();
					case "crs" -> checkCrs(file, JSON.readTree(parser));
					case "features" -> {
						sawFeatures = true;
						if (value != JsonToken.START_ARRAY) {
							fileProblem(file, "has a 'features' member that is not a list");
							parser.skipChildren();
							continue;
						}
						while (parser.nextToken() != JsonToken.END_ARRAY && !full()) {
							count++;
							feature(file, count, JSON.readTree(parser));
						}
					}
					default -> parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			fileProblem(file, "is not valid JSON: " + ex.getOriginalMessage()
					+ (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
			return count;
		}
		if (full()) {
			return count;
		}
		if (!"FeatureCollection".equals(collectionType)) {
			fileProblem(file, "is not a GeoJSON FeatureCollection (its type is "
					+ (collectionType == null ? "missing" : "'" + collectionType + "'") + ")");
		}
		else if (!sawFeatures || count == 0) {
			fileProblem(file, "has no features");
		}
		return count;
	}

	public List<BoundaryFeature> features() {
		return features;
	}

	public List<ImportProblem> problems() {
		return problems;
	}

	/** True when reading stopped at the limit of problems. */
	public boolean truncated() {
		return truncated;
	}

	private boolean full() {
		return problems.size() >= ImportRefused.MAX_PROBLEMS;
	}

	private void checkCrs(String file, JsonNode crs) {
		String name = crs.path("properties").path("name").asString("");
		if (crs.isNull() || name.contains("CRS84") || name.matches(".*EPSG:+4326$")) {
			return;
		}
		if (name.contains("27700")) {
			fileProblem(file, "is in British National Grid coordinates (EPSG:27700); export it in WGS84 "
					+ "longitude and latitude (CRS84), as GeoJSON requires");
		}
		else {
			fileProblem(file, "uses the coordinate reference system '" + name + "'; CSP Hub reads WGS84 "
					+ "longitude and latitude (CRS84), as GeoJSON requires");
		}
	}

	private void feature(String file, int number, JsonNode feature) {
		JsonNode props = feature.get("properties");
		String code = properties.code(props);
		String name = properties.name(props);
		if (code == null && type == AreaType.CUSTOM && name != null) {
			code = BoundaryProperties.slug(name);
		}
		if (code == null || code.isEmpty()) {
			problem(file, number, null, "has no " + properties.describeCode() + " property for its code");
			return;
		}
		if (code.length() > 100) {
			problem(file, number, code.substring(0, 20) + "…", "has a code longer than 100 characters");
			return;
		}
		String previous = codesSeen.putIfAbsent(code, file + " feature " + number);
		if (previous != null) {
			problem(file, number, code, "has the same code as " + previous);
			return;
		}
		if (name == null) {
			problem(file, number, code, "has no " + properties.describeName() + " property for its name");
			return;
		}
		if (name.length() > 200) {
			problem(file, number, code, "has a name longer than 200 characters");
			return;
		}
		Geometry projected;
		try {
			projected = toGrid(feature.get("geometry"));
		}
		catch (BadGeometry ex) {
			problem(file, number, code, ex.getMessage());
			return;
		}
		GeometryCheck.Outcome outcome = GeometryCheck.check(projected);
		if (outcome.refusal() != null) {
			problem(file, number, code, outcome.refusal());
			return;
		}
		features.add(new BoundaryFeature(file, number, code, name, outcome.geometry(), outcome.repair()));
	}

	private Geometry toGrid(JsonNode node) {
		if (node == null || node.isNull()) {
			throw new BadGeometry("has no geometry");
		}
		String geometryType = node.path("type").asString("");
		JsonNode coordinates = node.path("coordinates");
		return switch (geometryType) {
			case "Polygon" -> polygon(coordinates, "");
			case "MultiPolygon" -> {
				if (!coordinates.isArray() || coordinates.isEmpty()) {
					throw new BadGeometry("has a MultiPolygon without polygons");
				}
				Polygon[] parts = new Polygon[coordinates.size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = polygon(coordinates.get(i), "polygon " + (i + 1) + ", ");
				}
				yield geometry.createMultiPolygon(parts);
			}
			case "" -> throw new BadGeometry("has a geometry without a type");
			default -> throw new BadGeometry("is a " + geometryType + ", not a Polygon or MultiPolygon");
		};
	}

	private Polygon polygon(JsonNode rings, String where) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new BadGeometry("has a polygon without rings");
		}
		LinearRing shell = ring(rings.get(0), where + "ring 1");
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), where + "ring " + (i + 1));
		}
		return geometry.createPolygon(shell, holes);
	}

	private LinearRing ring(JsonNode positions, String where) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new BadGeometry("has " + where + " with " + (positions.isArray() ? positions.size() : 0)
					+ " positions; a ring needs at least 4");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			JsonNode longitude = position.path(0);
			JsonNode latitude = position.path(1);
			if (!longitude.isNumber() || !latitude.isNumber()) {
				throw new BadGeometry("has a position in " + where + " (number " + (i + 1) + ") that is not a pair of numbers");
			}
			coordinates[i] = project(longitude.doubleValue(), latitude.doubleValue(), where, i + 1);
		}
		if (!positions.get(0).path(0).equals(positions.get(coordinates.length - 1).path(0))
				|| !positions.get(0).path(1).equals(positions.get(coordinates.length - 1).path(1))) {
			throw new BadGeometry("has " + where + " that is not closed (its last position differs from its first)");
		}
		coordinates[coordinates.length - 1] = coordinates[0].copy();
		return geometry.createLinearRing(coordinates);
	}

	private Coordinate project(double longitude, double latitude, String where, int position) {
		if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
			throw new BadGeometry("has a position in " + where + " (number " + position + ": " + longitude + ", "
					+ latitude + ") outside longitude -180..180 and latitude -90..90; is the file in British "
					+ "National Grid metres? CSP Hub reads WGS84 longitude and latitude (CRS84)");
		}
		GridPoint point = grid.project(longitude, latitude);
		if (!(point.easting() >= -100_000 && point.easting() <= MAX_EASTING && point.northing() >= -100_000
				&& point.northing() <= MAX_NORTHING)) {
			throw new BadGeometry("has a position in " + where + " (number " + position + ": longitude " + longitude
					+ ", latitude " + latitude + ") outside Great Britain, where the British National Grid applies");
		}
		return new Coordinate(point.easting(), point.northing());
	}

	private void fileProblem(String file, String reason) {
		add(ImportProblem.ofFile(file, reason));
	}

	private void problem(String file, int number, String code, String reason) {
		add(ImportProblem.ofFeature(file, number, code, reason));
	}

	private void add(ImportProblem problem) {
		if (full()) {
			truncated = true;
			return;
		}
		problems.add(problem);
		if (full()) {
			truncated = true;
		}
	}

	/** Why a feature's geometry cannot be read; the message completes "feature N (code) ...". */
	private static final class BadGeometry extends RuntimeException {

		BadGeometry(String message) {
			super(message, null, false, false);
		}

	}

}
