package org.csphub.areas;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.csphub.audit.AuditQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csphub.areas.AreaTestFiles.LSOAS;
import static org.csphub.areas.AreaTestFiles.WARDS;
import static org.csphub.areas.AreaTestFiles.shipped;

/**
 * Importing Charnwood's real boundaries and reference data, and finding areas from points. Expected
 * values are worked out here from the raw files (a JSON parser, JTS in WGS84, the CSV text), never
 * taken from the code under test.
 */
@CspHubIntegrationTest
@RecordApplicationEvents
class AreasIntegrationTests {

	@Autowired
	Areas areas;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	private List<AreasChanged> received() {
		return events.stream(AreasChanged.class).toList();
	}

	@BeforeEach
	void importCharnwood() {
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(shipped(LSOAS))), line -> {
		});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, List.of(shipped(WARDS))), line -> {
		});
		areas.importReference(AreaTestFiles.shippedReference(), line -> {
		});
	}

	@Test
	void everyFeatureOfTheRealFilesBecomesOneAreaAndTheBoroughIsMadeFromTheLsoas() {
		assertThat(areas.list(AreaType.LSOA)).hasSize(AreaTestFiles.features(LSOAS).size());
		assertThat(areas.list(AreaType.WARD)).hasSize(AreaTestFiles.features(WARDS).size());
		assertThat(areas.list(AreaType.LSOA)).extracting(AreaSummary::code)
			.containsExactlyInAnyOrderElementsOf(AreaTestFiles.features(LSOAS)
				.stream()
				.map(f -> f.get("properties").get("LSOA11CD").asString())
				.toList());
		List<AreaSummary> borough = areas.list(AreaType.BOROUGH);
		assertThat(borough).singleElement().satisfies(b -> {
			assertThat(b.name()).isEqualTo("Charnwood");
			assertThat(b.derived()).isTrue();
		});
		double lsoaKm2 = areas.list(AreaType.LSOA).stream().mapToDouble(AreaSummary::areaKm2).sum();
		// Charnwood is 279 km² (ONS Standard Area Measurements); generalised boundaries differ a little.
		assertThat(borough.get(0).areaKm2()).isCloseTo(lsoaKm2, org.assertj.core.data.Percentage.withPercentage(0.01))
			.isBetween(270.0, 290.0);
	}

	@Test
	void theInteriorPointOfAnLsoaFromTheRawFileIsInThatLsoaAndTheWardThatContainsIt() {
		JsonNode lsoa = AreaTestFiles.feature(LSOAS, "LSOA11CD", "E01025670");
		Point inside = AreaTestFiles.wgs84(lsoa).getInteriorPoint();
		String expectedWard = AreaTestFiles.features(WARDS)
			.stream()
			.filter(ward -> AreaTestFiles.wgs84(ward).covers(inside))
			.map(ward -> ward.get("properties").get("WD13CD").asString())
			.findFirst()
			.orElseThrow();
		GridPoint point = AreaTestFiles.grid(inside.getX(), inside.getY());

		AreaMatch match = areas.locator().locate(point.easting(), point.northing());

		assertThat(match.insideBorough()).isTrue();
		assertThat(match.lsoaCode()).isEqualTo("E01025670");
		assertThat(match.wardCode()).isEqualTo(expectedWard);
		assertThat(match.parishCode()).isNull();
	}

	@Test
	void pointsOutsideCharnwoodAreOutside() {
		AreaLocator locator = areas.locator();
		GridPoint leicesterClockTower = AreaTestFiles.grid(-1.1335, 52.6369);
		GridPoint cambridge = AreaTestFiles.grid(0.1218, 52.2053);
		assertThat(locator.locate(leicesterClockTower.easting(), leicesterClockTower.northing())).isEqualTo(AreaMatch.OUTSIDE);
		assertThat(locator.locate(cambridge.easting(), cambridge.northing())).isEqualTo(AreaMatch.OUTSIDE);
	}

	@Test
	void everyLsoaIsInExactlyOneWardSoWardPopulationsAddUpToTheBorough() {
		List<String> allLsoas = AreaTestFiles.features(LSOAS)
			.stream()
			.map(f -> f.get("properties").get("LSOA11CD").asString())
			.toList();
		AreaRef borough = areas.list(AreaType.BOROUGH).get(0).ref();
		assertThat(areas.lsoasOf(borough)).containsExactlyInAnyOrderElementsOf(allLsoas);
		assertThat(areas.population(borough)).hasValue(AreaTestFiles.population(allLsoas));

		Set<String> seen = new HashSet<>();
		long wardTotal = 0;
		for (AreaSummary ward : areas.list(AreaType.WARD)) {
			for (String lsoa : areas.lsoasOf(ward.ref())) {
				assertThat(seen.add(lsoa)).as(lsoa + " in more than one ward").isTrue();
			}
			wardTotal += ward.population2019();
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(allLsoas);
		assertThat(wardTotal).isEqualTo(AreaTestFiles.population(allLsoas));
	}

	@Test
	void anAreaIsFoundWithItsGridBoundaryAndWgs84GeoJson() {
		JsonNode raw = AreaTestFiles.feature(WARDS, "WD13CD", "E05005426");
		AreaDetails anstey = areas.find(new AreaRef(AreaType.WARD, "E05005426")).orElseThrow();
		assertThat(anstey.name()).isEqualTo(raw.get("properties").get("WD13NM").asString());
		assertThat(anstey.geometry().getSRID()).isEqualTo(27700);
		assertThat(anstey.geometry().isValid()).isTrue();
		assertThat(anstey.areaKm2()).isCloseTo(anstey.geometry().getArea() / 1e6, org.assertj.core.data.Offset.offset(1e-9));
		Geometry wgs84 = AreaTestFiles.wgs84(raw);
		JsonNode geoJson = tools.jackson.databind.json.JsonMapper.shared().readTree(anstey.geoJson());
		assertThat(geoJson.get("type").asString()).isEqualTo("Polygon");
		JsonNode first = geoJson.get("coordinates").get(0).get(0);
		assertThat(wgs84.getEnvelopeInternal().getMinX()).isCloseTo(
				minLongitude(geoJson.get("coordinates").get(0)), org.assertj.core.data.Offset.offset(1e-5));
		assertThat(first.size()).isEqualTo(2);
		assertThat(areas.find(new AreaRef(AreaType.WARD, "E05999999"))).isEmpty();
	}

	private static double minLongitude(JsonNode ring) {
		double min = Double.MAX_VALUE;
		for (JsonNode position : ring) {
			min = Math.min(min, position.get(0).doubleValue());
		}
		return min;
	}

	@Test
	void lsoaReferenceDataComesFromThePublishedRows() {
		// File 1: E01025670,Charnwood 022A,E07000130,Charnwood,<rank>,<decile>; read straight from the CSV text.
		String row = AreaTestFiles.raw("imd2019-file-1.csv.gz")
			.lines()
			.filter(l -> l.startsWith("E01025670,"))
			.findFirst()
			.orElseThrow();
		String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
		LsoaReference reference = areas.lsoaReference("E01025670").orElseThrow();
		assertThat(reference.lsoaName()).isEqualTo(cells[1]);
		assertThat(reference.imd().rank()).isEqualTo(Integer.parseInt(cells[4].replace("\"", "").replace(",", "")));
		assertThat(reference.imd().decile()).isEqualTo(Integer.parseInt(cells[5]));
		assertThat(reference.population2019()).isEqualTo((int) AreaTestFiles.population(List.of("E01025670")));
		assertThat(reference.ruralUrbanCode()).matches("[A-E][12]");
		assertThat(reference.crime().decile()).isBetween(1, 10);
		assertThat(reference.denominators().total()).isPositive();
	}

	@Test
	void aSelfIntersectingCustomAreaIsRepairedReportedAndThenLocatable() {
		String bowTie = "[[-1.21,52.77],[-1.20,52.78],[-1.20,52.77],[-1.21,52.78],[-1.21,52.77]]";
		BoundaryImportResult result = areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM,
				List.of(AreaTestFiles.text("bow.json", AreaTestFiles.collection(
						AreaTestFiles.polygonFeature("code", "bow-tie", "name", "Bow tie estate", bowTie))))), line -> {
				});
		assertThat(result.repairs()).singleElement().satisfies(repair -> {
			assertThat(repair.number()).isEqualTo(1);
			assertThat(repair.code()).isEqualTo("bow-tie");
			assertThat(repair.reason()).contains("self-intersection");
		});
		AreaDetails stored = areas.find(new AreaRef(AreaType.CUSTOM, "bow-tie")).orElseThrow();
		assertThat(stored.geometry().isValid()).isTrue();
		// Each triangle of the bow tie is inside the area after the repair.
		GridPoint west = AreaTestFiles.grid(-1.208, 52.775);
		GridPoint east = AreaTestFiles.grid(-1.202, 52.775);
		assertThat(areas.locator().locate(west.easting(), west.northing()).customAreaCodes()).containsExactly("bow-tie");
		assertThat(areas.locator().locate(east.easting(), east.northing()).customAreaCodes()).containsExactly("bow-tie");
	}

	@Test
	void aFileWithABadFeatureIsRefusedWithItsNumberAndReasonAndChangesNothing() {
		List<AreaSummary> before = areas.list(AreaType.WARD);
		long revision = areas.recentImports(1).get(0).importedAt().toEpochMilli();
		int eventsBefore = received().size();
		String square = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78],[-1.21,52.77]]";
		String unclosed = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78]]";
		String file = AreaTestFiles.collection(AreaTestFiles.polygonFeature("WD13CD", "E05000001", "WD13NM", "Good", square),
				AreaTestFiles.polygonFeature("WD13CD", "E05000002", "WD13NM", "Open", unclosed + ",[-1.215,52.775]"));

		assertThatThrownBy(() -> areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD,
				List.of(AreaTestFiles.text("new-wards.json", file))), line -> {
				}))
			.isInstanceOfSatisfying(ImportRefused.class, refused -> {
				assertThat(refused.importProblems()).singleElement().satisfies(problem -> {
					assertThat(problem.file()).isEqualTo("new-wards.json");
					assertThat(problem.number()).isEqualTo(2);
					assertThat(problem.code()).isEqualTo("E05000002");
					assertThat(problem.reason()).contains("not closed");
				});
				assertThat(refused.getMessage()).contains("new-wards.json, feature 2 (E05000002)");
			});

		assertThat(areas.list(AreaType.WARD)).isEqualTo(before);
		assertThat(areas.recentImports(1).get(0).importedAt().toEpochMilli()).isEqualTo(revision);
		assertThat(received()).hasSize(eventsBefore);
		assertThat(audit.search(new AuditQuery(null, "areas.boundaries.imported", null, "WARD", AuditOutcome.FAILURE,
				null, null, 1, 10)).entries()).first().satisfies(e -> assertThat(e.detail()).contains("new-wards.json"));
	}

	@Test
	void reimportingReplacesTheAreasOfThatTypeWithoutDuplicatesAndLeavesOtherTypesAlone() {
		int lsoas = areas.list(AreaType.LSOA).size();
		BoundaryImportResult again = areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD,
				List.of(shipped(WARDS))), line -> {
				});
		int wards = AreaTestFiles.features(WARDS).size();
		assertThat(again.added()).isZero();
		assertThat(again.replaced()).isEqualTo(wards);
		assertThat(areas.list(AreaType.WARD)).hasSize(wards);

		String square = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78],[-1.21,52.77]]";
		BoundaryImportResult smaller = areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD,
				List.of(AreaTestFiles.text("one.json", AreaTestFiles.collection(
						AreaTestFiles.polygonFeature("WD13CD", "E05005426", "WD13NM", "Anstey (redrawn)", square))))),
				line -> {
				});
		assertThat(smaller.replaced()).isEqualTo(1);
		assertThat(smaller.removed()).isEqualTo(wards - 1);
		assertThat(areas.list(AreaType.WARD)).extracting(AreaSummary::name).containsExactly("Anstey (redrawn)");
		assertThat(areas.list(AreaType.LSOA)).hasSize(lsoas);
		assertThat(received().get(received().size() - 1).types()).containsExactly(AreaType.WARD);
	}

	@Test
	void anImportIsAuditedAndRecordedAndTellsOtherModules() {
		int eventsBefore = received().size();
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(shipped(LSOAS))), line -> {
		});
		assertThat(received().subList(eventsBefore, received().size())).singleElement()
			.satisfies(e -> assertThat(e.types()).containsExactlyInAnyOrder(AreaType.LSOA, AreaType.BOROUGH));
		assertThat(areas.recentImports(1).get(0)).satisfies(i -> {
			assertThat(i.kind()).isEqualTo("LSOA");
			assertThat(i.itemCount()).isEqualTo(AreaTestFiles.features(LSOAS).size());
		});
		assertThat(audit.search(new AuditQuery(null, "areas.boundaries.imported", null, "LSOA", AuditOutcome.SUCCESS,
				null, null, 1, 1)).entries()).first().satisfies(e -> assertThat(e.detail()).contains(LSOAS, "borough derived"));
	}

	@Test
	void aReferenceFileWithABadRowIsRefusedNamingFileAndLineAndChangesNothing() {
		LsoaReference before = areas.lsoaReference("E01025670").orElseThrow();
		String population = "lsoa,pop\nE01025670,\"9,999\"\nE0102567X,\"1,000\"\nE01025671,lots\n";
		ReferenceFiles shipped = AreaTestFiles.shippedReference();
		ReferenceFiles bad = new ReferenceFiles(AreaTestFiles.text("population.csv", population), shipped.imd(),
				shipped.imdDomains(), shipped.denominators(), shipped.ruralUrban());

		assertThatThrownBy(() -> areas.importReference(bad, line -> {
		})).isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.importProblems())
			.extracting(ImportProblem::message)
			.containsExactly("population.csv, line 3: 'E0102567X' is not an LSOA code (E01 or W01 and six digits)",
					"population.csv, line 4: 'pop' is 'lots', not a whole number"));

		assertThat(areas.lsoaReference("E01025670")).hasValue(before);
	}

	@Test
	void theLocatorAssignsHalfAMillionPointsASecondOrNearIt() {
		AreaLocator locator = areas.locator();
		Map<AreaType, Integer> counts = areas.counts();
		assertThat(counts.get(AreaType.LSOA)).isPositive();
		Geometry borough = areas.find(areas.list(AreaType.BOROUGH).get(0).ref()).orElseThrow().geometry();
		var envelope = borough.getEnvelopeInternal();
		java.util.Random random = new java.util.Random(7);
		int points = 200_000;
		double[] xs = new double[points];
		double[] ys = new double[points];
		for (int i = 0; i < points; i++) {
			xs[i] = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
			ys[i] = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
		}
		for (int i = 0; i < points; i++) {
			locator.locate(xs[i], ys[i]);
		}
		long start = System.nanoTime();
		int inside = 0;
		for (int i = 0; i < points; i++) {
			if (locator.locate(xs[i], ys[i]).insideBorough()) {
				inside++;
			}
		}
		double perSecond = points / ((System.nanoTime() - start) / 1e9);
		System.out.printf("AreaLocator on Charnwood: %,.0f points/s (%d of %d inside)%n", perSecond, inside, points);
		// Generous against a shared, busy build machine: the benchmark shows the real rate.
		assertThat(perSecond).isGreaterThan(50_000);
		GeometryFactory factory = new GeometryFactory();
		long expectedInside = 0;
		for (int i = 0; i < 2_000; i++) {
			if (borough.covers(factory.createPoint(new org.locationtech.jts.geom.Coordinate(xs[i], ys[i])))) {
				expectedInside++;
			}
		}
		long located = 0;
		for (int i = 0; i < 2_000; i++) {
			if (locator.locate(xs[i], ys[i]).insideBorough()) {
				located++;
			}
		}
		assertThat(located).isEqualTo(expectedInside);
	}

}
