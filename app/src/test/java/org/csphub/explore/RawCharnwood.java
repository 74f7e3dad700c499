package org.csphub.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csphub.areas.AreaTestFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Expected values for the profile tests, worked out here from the raw published files and never by
 * the code under test: the police.uk rows of the shipped demo extract read with Commons CSV, and the
 * raw GeoJSON boundaries tested with JTS in WGS84 longitude and latitude. A row is in the borough when
 * an LSOA polygon covers it; in a ward when that ward's polygon does (the lowest code on a shared
 * edge, the documented rule); in a custom area when its polygon does.
 */
public final class RawCharnwood {

	public static final String ZIP = "demo/police-uk-charnwood.zip";

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	/** One located police.uk row. */
	public record Row(String month, String category, Point point) {
	}

	private static List<Row> rows;

	private static Map<String, PreparedGeometry> lsoas;

	private static Map<String, PreparedGeometry> wards;

	private RawCharnwood() {
	}

	/** Every row of the extract that has coordinates (rows without are never stored). */
	public static synchronized List<Row> rows() {
		if (rows == null) {
			List<Row> list = new ArrayList<>();
			try (InputStream in = new ClassPathResource(ZIP).getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
				ZipEntry entry;
				while ((entry = zip.getNextEntry()) != null) {
					Reader reader = new InputStreamReader(zip, StandardCharsets.UTF_8);
					for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
						if (r.get("Longitude").isEmpty()) {
							continue;
						}
						list.add(new Row(r.get("Month"), r.get("Crime type"), GEOMETRY.createPoint(
								new Coordinate(Double.parseDouble(r.get("Longitude")), Double.parseDouble(r.get("Latitude"))))));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			rows = List.copyOf(list);
		}
		return rows;
	}

	static synchronized Map<String, PreparedGeometry> lsoas() {
		if (lsoas == null) {
			lsoas = polygons(AreaTestFiles.LSOAS, "LSOA11CD");
		}
		return lsoas;
	}

	static synchronized Map<String, PreparedGeometry> wards() {
		if (wards == null) {
			wards = polygons(AreaTestFiles.WARDS, "WD13CD");
		}
		return wards;
	}

	private static Map<String, PreparedGeometry> polygons(String file, String codeProperty) {
		Map<String, PreparedGeometry> byCode = new TreeMap<>();
		for (JsonNode feature : AreaTestFiles.features(file)) {
			byCode.put(feature.get("properties").get(codeProperty).asString(),
					PreparedGeometryFactory.prepare(AreaTestFiles.wgs84(feature)));
		}
		return byCode;
	}

	/** The raw WGS84 polygon of the demo priority neighbourhood. */
	public static Geometry townCentre() {
		JsonNode feature = AreaTestFiles.feature(ExploreTestData.CUSTOM_FILE, "code", ExploreTestData.TOWN_CENTRE);
		return AreaTestFiles.wgs84(feature);
	}

	private static final Map<Point, Boolean> BOROUGH = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Map<Point, Optional<String>> WARD = new java.util.concurrent.ConcurrentHashMap<>();

	public static boolean inBorough(Point point) {
		return BOROUGH.computeIfAbsent(point, p -> lsoas().values().stream().anyMatch(g -> g.covers(p)));
	}

	/** The ward a point is in, the lowest code where it lies on a shared edge. */
	public static Optional<String> wardOf(Point point) {
		return WARD.computeIfAbsent(point,
				p -> wards().entrySet().stream().filter(e -> e.getValue().covers(p)).map(Map.Entry::getKey).findFirst());
	}

	public static Predicate<Row> inWard(String wardCode) {
		return row -> inBorough(row.point()) && wardOf(row.point()).filter(wardCode::equals).isPresent();
	}

	public static Predicate<Row> inBorough() {
		return row -> inBorough(row.point());
	}

	public static Predicate<Row> in(Geometry area) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		return row -> inBorough(row.point()) && prepared.covers(row.point());
	}

	/** Counts by category of the rows in the area over months from..to ("2021-01"). */
	public static Map<String, Long> byCategory(Predicate<Row> area, String from, String to) {
		Map<String, Long> counts = new TreeMap<>();
		rows().stream()
			.filter(r -> r.month().compareTo(from) >= 0 && r.month().compareTo(to) <= 0)
			.filter(area)
			.forEach(r -> counts.merge(r.category(), 1L, Long::sum));
		return counts;
	}

	/** Counts by month of the rows in the area over months from..to. */
	public static Map<String, Long> byMonth(Predicate<Row> area, String from, String to) {
		Map<String, Long> counts = new TreeMap<>();
		rows().stream()
			.filter(r -> r.month().compareTo(from) >= 0 && r.month().compareTo(to) <= 0)
			.filter(area)
			.forEach(r -> counts.merge(r.month(), 1L, Long::sum));
		return counts;
	}

	public static long total(Predicate<Row> area, String from, String to) {
		return byMonth(area, from, to).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The ward with the most rows over the whole extract: a busy ward for the tests. */
	public static String busiestWard() {
		Map<String, Long> counts = new HashMap<>();
		rows().stream().filter(r -> inBorough(r.point())).forEach(r -> wardOf(r.point()).ifPresent(w -> counts.merge(w, 1L, Long::sum)));
		return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow().getKey();
	}

	/** The 2019 population of a ward: the LSOAs whose interior point (JTS, on the raw polygon) it covers. */
	public static long wardPopulation(String wardCode) {
		PreparedGeometry ward = wards().get(wardCode);
		List<String> codes = new ArrayList<>();
		for (JsonNode feature : AreaTestFiles.features(AreaTestFiles.LSOAS)) {
			if (ward.covers(AreaTestFiles.wgs84(feature).getInteriorPoint())) {
				codes.add(feature.get("properties").get("LSOA11CD").asString());
			}
		}
		return AreaTestFiles.population(codes);
	}

}
