package org.csphub.areas.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csphub.areas.AreaTestFiles.collection;
import static org.csphub.areas.AreaTestFiles.polygonFeature;

/** The GeoJSON reader on small hand-made files: what it accepts, repairs and refuses, and how it says so. */
class GeoJsonBoundaryReaderTests {

	/** A small square in Loughborough, as a closed ring of [longitude, latitude] positions. */
	private static final String SQUARE = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78],[-1.21,52.77]]";

	/** A bow-tie: the ring crosses itself in the middle. */
	private static final String BOW_TIE = "[[-1.21,52.77],[-1.20,52.78],[-1.20,52.77],[-1.21,52.78],[-1.21,52.77]]";

	private static GeoJsonBoundaryReader read(AreaType type, String json) {
		return read(new BoundaryProperties(type, null, null), json);
	}

	private static GeoJsonBoundaryReader read(BoundaryProperties properties, String json) {
		GeoJsonBoundaryReader reader = new GeoJsonBoundaryReader(properties);
		reader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		return reader;
	}

	private static List<String> messages(GeoJsonBoundaryReader reader) {
		return reader.problems().stream().map(ImportProblem::message).toList();
	}

	@Test
	void aValidPolygonIsProjectedToTheGridWithItsOnsCodeAndName() {
		var reader = read(AreaType.WARD, collection(polygonFeature("WD22CD", "E05000001", "WD22NM", "Somewhere", SQUARE)));
		assertThat(reader.problems()).isEmpty();
		BoundaryFeature feature = reader.features().get(0);
		assertThat(feature.code()).isEqualTo("E05000001");
		assertThat(feature.name()).isEqualTo("Somewhere");
		assertThat(feature.repair()).isNull();
		// 0.01 degrees of longitude by 0.01 of latitude at 52.77N: about 674 m by 1,112 m.
		assertThat(feature.geometry().getArea() / 1e6).isBetween(0.72, 0.78);
		assertThat(feature.geometry().getEnvelopeInternal().getMinX()).isBetween(450_000.0, 460_000.0);
	}

	@Test
	void aSelfIntersectingPolygonIsRepairedAndTheRepairReported() {
		var reader = read(AreaType.CUSTOM, collection(polygonFeature("code", "bow", "name", "Bow tie", BOW_TIE)));
		assertThat(reader.problems()).isEmpty();
		BoundaryFeature feature = reader.features().get(0);
		assertThat(feature.geometry().isValid()).isTrue();
		assertThat(feature.geometry().getNumGeometries()).isEqualTo(2);
		assertThat(feature.repair()).contains("self-intersection").contains("repaired");
	}

	@Test
	void aRingThatCollapsesToALineIsRefusedAsUnrepairable() {
		String flat = "[[-1.21,52.77],[-1.20,52.77],[-1.21,52.77],[-1.21,52.77]]";
		var reader = read(AreaType.CUSTOM, collection(polygonFeature("code", "flat", "name", "Flat", flat)));
		assertThat(reader.features()).isEmpty();
		assertThat(messages(reader)).singleElement().asString()
			.startsWith("test.json, feature 1 (flat): ")
			.contains("cannot be repaired");
	}

	@Test
	void everyBadFeatureIsReportedWithItsNumberCodeAndReason() {
		String unclosed = "[[-1.21,52.77],[-1.20,52.77],[-1.20,52.78],[-1.21,52.78],[-1.215,52.775]]";
		String gridMetres = "[[450000,318000],[451000,318000],[451000,319000],[450000,318000]]";
		var reader = read(AreaType.LSOA, collection(
				polygonFeature("LSOA11CD", "E01000001", "LSOA11NM", "Fine 001A", SQUARE),
				polygonFeature("LSOA11CD", "E01000002", "LSOA11NM", "Open 001B", unclosed),
				polygonFeature("LSOA11CD", "E01000003", "LSOA11NM", "Metres 001C", gridMetres),
				"{\"type\":\"Feature\",\"properties\":{\"LSOA11CD\":\"E01000004\",\"LSOA11NM\":\"Point\"},"
						+ "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-1.2,52.7]}}",
				polygonFeature("LSOA11CD", "E01000001", "LSOA11NM", "Again 001A", SQUARE),
				"{\"type\":\"Feature\",\"properties\":{\"LSOA11NM\":\"No code\"},\"geometry\":null}",
				polygonFeature("LSOA11CD", "E01000007", "LSOA11NM", "Tiny 001G", "[[-1.21,52.77],[-1.20,52.77],[-1.21,52.77]]"),
				polygonFeature("LSOA11CD", "E01000008", "LSOA11NM", "Paris 001H",
						"[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]")));
		assertThat(reader.features()).extracting(BoundaryFeature::code).containsExactly("E01000001");
		List<String> messages = messages(reader);
		assertThat(messages).hasSize(7);
		assertThat(messages.get(0)).startsWith("test.json, feature 2 (E01000002): ").contains("not closed");
		assertThat(messages.get(1)).startsWith("test.json, feature 3 (E01000003): ").contains("British National Grid metres");
		assertThat(messages.get(2)).startsWith("test.json, feature 4 (E01000004): ").contains("Point, not a Polygon");
		assertThat(messages.get(3)).startsWith("test.json, feature 5 (E01000001): ").contains("same code as test.json feature 1");
		assertThat(messages.get(4)).startsWith("test.json, feature 6: ").contains("LSOAnnCD");
		assertThat(messages.get(5)).startsWith("test.json, feature 7 (E01000007): ").contains("at least 4");
		assertThat(messages.get(6)).startsWith("test.json, feature 8 (E01000008): ").contains("outside Great Britain");
	}

	@Test
	void givenPropertyNamesAreUsedExactly() {
		String feature = polygonFeature("id", "pn-1", "title", "Hastings estate", SQUARE);
		var reader = read(new BoundaryProperties(AreaType.PARISH, "id", "title"), collection(feature));
		assertThat(reader.features()).extracting(BoundaryFeature::code).containsExactly("pn-1");
		var wrong = read(new BoundaryProperties(AreaType.PARISH, "ident", "title"), collection(feature));
		assertThat(messages(wrong)).singleElement().asString().contains("has no ident property");
	}

	@Test
	void aCustomAreaWithoutACodeGetsOneFromItsName() {
		var reader = read(AreaType.CUSTOM, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"name\":\"Shelthorpe & Woodthorpe\"},\"geometry\":{\"type\":\"Polygon\","
				+ "\"coordinates\":[" + SQUARE + "]}}]}");
		assertThat(reader.features()).extracting(BoundaryFeature::code).containsExactly("shelthorpe-woodthorpe");
	}

	@Test
	void aFileInBritishNationalGridIsRefusedAsAWhole() {
		var reader = read(AreaType.WARD, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
				+ "{\"name\":\"urn:ogc:def:crs:EPSG::27700\"}},\"features\":["
				+ polygonFeature("WD13CD", "E05000001", "WD13NM", "A", SQUARE) + "]}");
		assertThat(messages(reader)).contains("test.json: is in British National Grid coordinates (EPSG:27700); "
				+ "export it in WGS84 longitude and latitude (CRS84), as GeoJSON requires");
	}

	@Test
	void brokenJsonAndOtherDocumentsAreRefusedWithTheReason() {
		assertThat(messages(read(AreaType.WARD, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":")))
			.singleElement().asString().startsWith("test.json: is not valid JSON").contains("line 1");
		assertThat(messages(read(AreaType.WARD, "[1,2]"))).singleElement().asString().contains("does not start with");
		assertThat(messages(read(AreaType.WARD, "{\"type\":\"Feature\"}"))).singleElement().asString()
			.contains("its type is 'Feature'");
		assertThat(messages(read(AreaType.WARD, collection()))).containsExactly("test.json: has no features");
	}

	@Test
	void readingStopsAtTheLimitOfProblems() {
		String[] features = new String[150];
		for (int i = 0; i < features.length; i++) {
			features[i] = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}";
		}
		var reader = read(AreaType.WARD, collection(features));
		assertThat(reader.problems()).hasSize(ImportRefused.MAX_PROBLEMS);
		assertThat(reader.truncated()).isTrue();
	}

	@Test
	void theRealCharnwoodFilesAreReadWithoutProblems() {
		for (String file : List.of(AreaTestFiles.LSOAS, AreaTestFiles.WARDS)) {
			GeoJsonBoundaryReader reader = new GeoJsonBoundaryReader(
					new BoundaryProperties(file.contains("lsoa") ? AreaType.LSOA : AreaType.WARD, null, null));
			reader.read(file, new ByteArrayInputStream(AreaTestFiles.raw(file).getBytes(StandardCharsets.UTF_8)));
			assertThat(reader.problems()).as(file).isEmpty();
			assertThat(reader.features()).hasSize(AreaTestFiles.features(file).size());
		}
	}

	@Test
	void theBoroughIsNamedAfterTheDistrictThatStartsEveryLsoaName() {
		assertThat(BoroughDerivation.districtName(List.of("Charnwood 022A", "Charnwood 001B"))).isEqualTo("Charnwood");
		assertThat(BoroughDerivation.districtName(List.of("Oadby and Wigston 001A"))).isEqualTo("Oadby and Wigston");
		assertThat(BoroughDerivation.districtName(List.of("Charnwood 022A", "Melton 001A"))).isEqualTo("Borough");
		assertThat(BoroughDerivation.districtName(List.of("Somewhere"))).isEqualTo("Borough");
	}

}
