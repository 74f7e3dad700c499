package org.csphub.areas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data: Charnwood's real LSOA and ward boundaries and reference rows as shipped for the demo
 * (byte for byte the ONS and MHCLG publications, gzip-compressed), read here independently of the
 * code under test: with a JSON parser and JTS in WGS84, and plain string splitting for CSV.
 */
public final class AreaTestFiles {

	public static final String LSOAS = "charnwood-lsoa-2011.geojson.gz";

	public static final String WARDS = "charnwood-wards-2013.geojson.gz";

	public static final String POPULATION = "population-2019.csv.gz";

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private AreaTestFiles() {
	}

	/** A shipped demo file as the importer sees it. */
	public static SourceFile shipped(String name) {
		return new SourceFile(name, new ClassPathResource("demo/areas/" + name));
	}

	/** An in-memory file. */
	public static SourceFile text(String name, String content) {
		return new SourceFile(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)));
	}

	public static ReferenceFiles shippedReference() {
		return new ReferenceFiles(shipped(POPULATION), shipped("imd2019-file-1.csv.gz"),
				shipped("imd2019-file-2-domains.csv.gz"), shipped("imd2019-file-6-denominators.csv.gz"),
				shipped("ruc-2011.csv.gz"));
	}

	/** The shipped file's text, decompressed. */
	public static String raw(String name) {
		try (InputStream in = new GZIPInputStream(new ClassPathResource("demo/areas/" + name).getInputStream())) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The features of a shipped GeoJSON file, parsed as plain JSON. */
	public static List<JsonNode> features(String name) {
		List<JsonNode> features = new ArrayList<>();
		JsonMapper.shared().readTree(raw(name)).get("features").forEach(features::add);
		return features;
	}

	/** A feature's geometry in WGS84 degrees, built directly from its coordinates. */
	public static Geometry wgs84(JsonNode feature) {
		JsonNode geometry = feature.get("geometry");
		JsonNode coordinates = geometry.get("coordinates");
		if (geometry.get("type").asString().equals("Polygon")) {
			return polygon(coordinates);
		}
		List<Polygon> parts = new ArrayList<>();
		coordinates.forEach(p -> parts.add(polygon(p)));
		return GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
	}

	private static Polygon polygon(JsonNode rings) {
		List<LinearRing> list = new ArrayList<>();
		rings.forEach(ring -> {
			List<Coordinate> coordinates = new ArrayList<>();
			ring.forEach(p -> coordinates.add(new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue())));
			list.add(GEOMETRY.createLinearRing(coordinates.toArray(Coordinate[]::new)));
		});
		return GEOMETRY.createPolygon(list.get(0), list.subList(1, list.size()).toArray(LinearRing[]::new));
	}

	/** The feature with this code in the given property. */
	public static JsonNode feature(String file, String property, String code) {
		return features(file).stream()
			.filter(f -> f.get("properties").get(property).asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** A WGS84 longitude and latitude on the grid. */
	public static GridPoint grid(double longitude, double latitude) {
		return new BritishNationalGrid().project(longitude, latitude);
	}

	/** The 2019 population of each LSOA in the shipped table, summed over the given codes. */
	public static long population(List<String> lsoas) {
		long total = 0;
		String[] lines = raw(POPULATION).split("\r?\n");
		for (int i = 1; i < lines.length; i++) {
			String code = lines[i].substring(0, lines[i].indexOf(','));
			if (lsoas.contains(code)) {
				total += Long.parseLong(lines[i].substring(lines[i].indexOf(',') + 1).replace("\"", "").replace(",", ""));
			}
		}
		return total;
	}

	/** A GeoJSON FeatureCollection of the given feature objects. */
	public static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	/** A feature with a code and name property and a polygon of the given [lon, lat] positions. */
	public static String polygonFeature(String codeProperty, String code, String nameProperty, String name,
			String positions) {
		return "{\"type\":\"Feature\",\"properties\":{\"" + codeProperty + "\":\"" + code + "\",\"" + nameProperty
				+ "\":\"" + name + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + positions + "]}}";
	}

}
