package org.csphub.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.core.io.ClassPathResource;

/**
 * The raw rows of the demo's police.uk archive, read independently of the importer (Commons CSV
 * straight from the zip), for expected counts in tests.
 */
public final class DemoCrimeRows {

	public static final String ARCHIVE = "demo/police-uk-charnwood.zip";

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	/** One published row: its month, crime type and WGS84 point (null without coordinates). */
	public record Row(String month, String crimeType, Point point) {
	}

	private DemoCrimeRows() {
	}

	public static List<Row> all() {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = new ClassPathResource(ARCHIVE).getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (!entry.getName().endsWith(".csv")) {
					continue;
				}
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new InputStreamReader(zip, StandardCharsets.UTF_8));
				for (CSVRecord record : parser) {
					String lon = record.get("Longitude");
					Point point = lon.isEmpty() ? null : GEOMETRY.createPoint(
							new Coordinate(Double.parseDouble(lon), Double.parseDouble(record.get("Latitude"))));
					rows.add(new Row(record.get("Month"), record.get("Crime type"), point));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
