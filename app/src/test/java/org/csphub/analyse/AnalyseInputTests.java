package org.csphub.analyse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@code analyse} command shares: help with an example, usage mistakes (exit 2), bad data
 * named by file, line and column (exit 1), skipped rows counted on standard error, and the file kinds
 * it reads (plain, gzip, zip) and writes (CSV, JSON, --output).
 */
class AnalyseInputTests {

	@TempDir
	Path folder;

	private Path file(String name, String content) throws IOException {
		Path path = folder.resolve(name);
		Files.writeString(path, content);
		return path;
	}

	@ParameterizedTest
	@ValueSource(strings = { "kde", "gistar", "moran", "knox", "trend", "forecast" })
	void everyCommandHasHelpWithExamplesOnTheShippedData(String command) {
		AnalyseRun run = AnalyseRun.of(command, "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("Usage: java -jar csp-hub.jar analyse " + command)
			.contains("Examples:", "java -jar app/target/csp-hub.jar analyse " + command,
					"app/src/main/resources/demo/", "chicago_burglary_2014_2017.csv.gz");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void analyseAloneListsTheCommandsAndAnUnknownOneIsAUsageError() {
		AnalyseRun alone = AnalyseRun.of();
		AnalyseRun unknown = AnalyseRun.of("hotspots");

		assertThat(alone.exitCode()).isEqualTo(2);
		assertThat(alone.out()).contains("analyse kde", "analyse gistar", "analyse moran", "analyse knox", "analyse trend",
				"analyse forecast");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unknown command: analyse hotspots");
	}

	@Test
	void anUnknownOptionOrAMissingOneIsAUsageErrorWithTheUsage() throws IOException {
		Path points = file("p.csv", "x,y\n1,2\n");
		AnalyseRun unknown = AnalyseRun.of("kde", "--points", points.toString(), "--x", "x", "--y", "y", "--cell-size",
				"100", "--bandwith", "200");
		AnalyseRun missing = AnalyseRun.of("kde", "--points", points.toString(), "--x", "x", "--y", "y", "--bandwidth",
				"200");
		AnalyseRun notANumber = AnalyseRun.of("kde", "--points", points.toString(), "--x", "x", "--y", "y", "--cell-size",
				"ten", "--bandwidth", "200");
		AnalyseRun badFormat = AnalyseRun.of("knox", "--points", points.toString(), "--format", "xml");

		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("Error: unknown option --bandwith").contains("Usage: java -jar csp-hub.jar analyse kde");
		assertThat(unknown.out()).isEmpty();
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).startsWith("Error: --cell-size is required");
		assertThat(notANumber.exitCode()).isEqualTo(2);
		assertThat(notANumber.err()).startsWith("Error: --cell-size ten is not a number");
		assertThat(badFormat.exitCode()).isEqualTo(2);
		assertThat(badFormat.err()).startsWith("Error: --format xml is not one of csv, json");
	}

	@Test
	void aMissingColumnIsNamedWithTheColumnsThereAre() throws IOException {
		Path points = file("police.csv", "Month,Longitude,Latitude\n2020-01,-1.2,52.7\n");
		AnalyseRun run = AnalyseRun.of("kde", "--points", points.toString(), "--lon", "Longitud", "--lat", "Latitude",
				"--cell-size", "100", "--bandwidth", "200");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).isEqualTo("Error: police.csv, line 1: there is no column 'Longitud' (the columns are: "
				+ "Month, Longitude, Latitude)\n");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void aBadNumberOrDateStopsTheCommandNamingFileLineAndColumn() throws IOException {
		Path badNumber = file("bad.csv", "x,y,date\n1,2,2020-01-01\n3,4,2020-01-02\n5x,6,2020-01-03\n");
		Path badDate = file("dates.csv", "x,y,date\n1,2,2020-01-01\n3,4,2020-13-02\n");
		Path badLongitude = file("lonlat.csv", "lon,lat\n-1.2,52.7\n-500,52.7\n");

		AnalyseRun number = AnalyseRun.of("kde", "--points", badNumber.toString(), "--x", "x", "--y", "y", "--cell-size",
				"100", "--bandwidth", "200");
		AnalyseRun date = AnalyseRun.of("knox", "--points", badDate.toString(), "--x", "x", "--y", "y", "--date", "date",
				"--distance-bands", "100", "--time-bands", "7");
		AnalyseRun longitude = AnalyseRun.of("kde", "--points", badLongitude.toString(), "--lon", "lon", "--lat", "lat",
				"--cell-size", "100", "--bandwidth", "200");

		assertThat(number.exitCode()).isEqualTo(1);
		assertThat(number.err()).contains("Error: bad.csv, line 4, column x: '5x' is not a number");
		assertThat(date.exitCode()).isEqualTo(1);
		assertThat(date.err()).contains("Error: dates.csv, line 3, column date: '2020-13-02' is not a date in yyyy-MM, "
				+ "yyyy-MM-dd or dd/MM/yyyy");
		assertThat(longitude.exitCode()).isEqualTo(1);
		assertThat(longitude.err()).contains("Error: lonlat.csv, line 3, column lon: the longitude -500 is outside -180..180");
	}

	@Test
	void rowsWithoutCoordinatesAreSkippedAndCountedOnStandardErrorOnly() throws IOException {
		Path points = file("police.csv", """
				Crime ID,Month,Longitude,Latitude,Location,Crime type
				a,2020-01,-1.2,52.77,"On or near Asda, Thurmaston",Burglary
				b,2020-01,,,No location,Burglary
				c,2020-02,-1.21,52.771,On or near High Street,Burglary
				d,2020-02,,,No location,Robbery
				""");
		AnalyseRun run = AnalyseRun.of("kde", "--points", points.toString(), "--lon", "Longitude", "--lat", "Latitude",
				"--cell-size", "100", "--bandwidth", "400", "--non-zero");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).contains("Read 4 rows from 1 file: 2 points; 2 rows without coordinates skipped.");
		assertThat(run.out()).startsWith("column,row,x,y,density\n").doesNotContain("Read", "skipped");
	}

	@Test
	void gzipAndZipFilesGiveWhatThePlainFileGives() throws IOException {
		String header = "x,y,date_single\n";
		String january = "100,100,01/01/2020\n120,90,03/01/2020\n";
		String february = "110,95,08/02/2020\n400,400,09/02/2020\n";
		Path plain = file("all.csv", header + january + february);
		Path gzip = folder.resolve("all.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
			out.write((header + january + february).getBytes(StandardCharsets.UTF_8));
		}
		Path zip = folder.resolve("months.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (String[] entry : List.of(new String[] { "2020-01/jan.csv", january }, new String[] { "2020-02/feb.csv", february })) {
				out.putNextEntry(new ZipEntry(entry[0]));
				out.write((header + entry[1]).getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		String[] knox = { "--x", "x", "--y", "y", "--date", "date_single", "--distance-bands", "50,500", "--time-bands",
				"7,60", "--iterations", "9" };
		AnalyseRun fromPlain = AnalyseRun.of(with(new String[] { "knox", "--points", plain.toString() }, knox));
		AnalyseRun fromGzip = AnalyseRun.of(with(new String[] { "knox", "--points", gzip.toString() }, knox));
		AnalyseRun fromZip = AnalyseRun.of(with(new String[] { "knox", "--points", zip.toString() }, knox));

		assertThat(fromPlain.exitCode()).as(fromPlain.err()).isZero();
		assertThat(fromGzip.out()).isEqualTo(fromPlain.out());
		assertThat(fromZip.out()).isEqualTo(fromPlain.out());
		assertThat(fromZip.err()).contains("Read 4 rows from 2 files: 4 events");
		// Within 50 m: one pair 2 days apart, two pairs 36 and 38 days apart.
		assertThat(fromPlain.rows().get(0)).containsEntry("time_band", "[0, 7]").containsEntry("observed", "1");
		assertThat(fromPlain.rows().get(1)).containsEntry("time_band", "(7, 60]").containsEntry("observed", "2");

		Path mixed = folder.resolve("mixed.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(mixed))) {
			out.putNextEntry(new ZipEntry("a.csv"));
			out.write((header + january).getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("b.csv"));
			out.write(("east,north,date_single\n" + february).getBytes(StandardCharsets.UTF_8));
		}
		AnalyseRun different = AnalyseRun.of(with(new String[] { "knox", "--points", mixed.toString() }, knox));
		assertThat(different.exitCode()).isEqualTo(1);
		assertThat(different.err()).contains("Error: mixed.zip!b.csv, line 1: the columns differ from those of mixed.zip!a.csv");
	}

	@Test
	void foldersOfPointFilesAndOfBoundaryFilesAreReadWhole() throws IOException {
		Path months = Files.createDirectories(folder.resolve("police_uk"));
		Files.createDirectories(months.resolve("2020-01"));
		Files.createDirectories(months.resolve("2020-02"));
		Files.writeString(months.resolve("2020-01/2020-01-street.csv"), "x,y\n150,150\n850,850\n");
		Files.writeString(months.resolve("2020-02/2020-02-street.csv"), "x,y\n150,160\n");
		Path boundaries = Files.createDirectories(folder.resolve("boundaries"));
		String square = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
				+ "\"EPSG:27700\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":"
				+ "\"Polygon\",\"coordinates\":[[[%d,0],[%d,0],[%d,1000],[%d,1000],[%d,0]]]}}]}";
		Files.writeString(boundaries.resolve("west.json"), String.format(square, 0, 500, 500, 0, 0));
		Files.writeString(boundaries.resolve("east.geojson"), String.format(square, 500, 1000, 1000, 500, 500));
		Files.writeString(boundaries.resolve("notes.txt"), "not a boundary");

		AnalyseRun run = AnalyseRun.of("gistar", "--points", months.toString(), "--x", "x", "--y", "y", "--cell-size",
				"500", "--boundary", boundaries.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).contains("Read 3 rows from 2 files: 3 points");
		// The two halves make the 1 km square: four cells of 500 m, two points in the first, one in the last.
		assertThat(run.rows()).extracting(r -> r.get("value")).containsExactly("2", "0", "0", "1");
	}

	@Test
	void valuesAndWeightsFilesAreCheckedAgainstTheObservations() throws IOException {
		Path gal = file("three.gal", "3\nA 1\nB\nB 2\nA C\nC 1\nB\n");
		Path values = file("values.csv", "code,count\nA,\"1,204\"\nB,7\n");
		Path broken = file("broken.gal", "3\nA 1\nB\nB two\nA C\nC 1\nB\n");
		Path badValue = file("bad-values.csv", "code,count\nA,1\nB,n/a\nC,3\n");

		AnalyseRun missing = AnalyseRun.of("gistar", "--weights", gal.toString(), "--values", values.toString(),
				"--id-column", "code", "--value-column", "count");
		AnalyseRun format = AnalyseRun.of("gistar", "--weights", broken.toString(), "--values", values.toString(),
				"--id-column", "code", "--value-column", "count");
		AnalyseRun value = AnalyseRun.of("gistar", "--weights", gal.toString(), "--values", badValue.toString(),
				"--id-column", "code", "--value-column", "count");

		assertThat(missing.exitCode()).isEqualTo(1);
		assertThat(missing.err()).contains("Error: values.csv: no value for 1 of the 3 observations (C)");
		assertThat(format.exitCode()).isEqualTo(1);
		assertThat(format.err()).contains("Error: broken.gal, line 4: the neighbour count 'two' of id B is not a whole number");
		assertThat(value.exitCode()).isEqualTo(1);
		assertThat(value.err()).contains("Error: bad-values.csv, line 3, column count: 'n/a' is not a number");
	}

	@Test
	void outputGoesToAFileAndJsonWritesUndefinedValuesAsNull() throws IOException {
		// Four areas: A, B and C in a row, D an island (no neighbours: its local Moran is undefined).
		Path gal = file("four.gal", "4\nA 1\nB\nB 2\nA C\nC 1\nB\nD 0\n\n");
		Path values = file("values.csv", "code,count\nA,\"1,204\"\nB,7\nC,3\nD,12\n");
		Path output = folder.resolve("out.json");

		AnalyseRun run = AnalyseRun.of("moran", "--weights", gal.toString(), "--values", values.toString(),
				"--id-column", "code", "--value-column", "count", "--lisa", "--format", "json", "--output",
				output.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("1 of the 4 observations have no neighbours", "Wrote " + output);
		String json = Files.readString(output);
		assertThat(json).contains("\"command\" : \"analyse moran\"", "\"islands\" : 1", "\"value\" : 1204",
				"\"global\" : [", "\"lisa\" : [", "\"id\" : \"D\"");
		assertThat(json.substring(json.indexOf("\"id\" : \"D\""))).contains("\"local_i\" : 0", "\"z\" : null",
				"\"p\" : null", "\"significant\" : false", "\"cluster\" : \"not-significant\"");
	}

	private static String[] with(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
