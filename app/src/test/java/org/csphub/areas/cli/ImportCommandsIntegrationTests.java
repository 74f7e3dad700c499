package org.csphub.areas.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.csphub.CspHubApplication;
import org.csphub.CspHubIntegrationTest;
import org.csphub.TestDatabaseProfiles;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandLineMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import boundaries} and {@code import reference} run as an operator would run them, in a
 * process-like command-line context of their own, against the same database as the web service's
 * context here: the service sees the imported areas at once, and a refused import changes nothing.
 */
@CspHubIntegrationTest
class ImportCommandsIntegrationTests {

	@TempDir
	Path folder;

	@Autowired
	Areas areas;

	@Autowired
	AuditLog audit;

	record Run(int exitCode, String out, String err) {
	}

	@Test
	void importBoundariesReadsGzippedAndPlainFilesAndTheServiceSeesTheResult() throws IOException {
		Path lsoas = copy(AreaTestFiles.LSOAS);
		Path wards = folder.resolve("wards.json");
		Files.writeString(wards, AreaTestFiles.raw(AreaTestFiles.WARDS));

		Run lsoaRun = cli("import", "boundaries", "--type", "lsoa", lsoas.toString());
		Run wardRun = cli("import", "boundaries", "--type", "ward", wards.toString());

		assertThat(lsoaRun.exitCode()).as(lsoaRun.err()).isZero();
		int features = AreaTestFiles.features(AreaTestFiles.LSOAS).size();
		assertThat(lsoaRun.out()).containsPattern("LSOA boundaries imported: " + features + " \\((\\d+) added, (\\d+) replaced")
			.contains("borough boundary was made again");
		assertThat(lsoaRun.err()).contains("Reading " + AreaTestFiles.LSOAS, features + " features");
		assertThat(wardRun.exitCode()).as(wardRun.err()).isZero();
		assertThat(areas.counts().get(AreaType.LSOA)).isEqualTo(features);
		assertThat(areas.counts().get(AreaType.WARD)).isEqualTo(AreaTestFiles.features(AreaTestFiles.WARDS).size());
		assertThat(areas.counts().get(AreaType.BOROUGH)).isEqualTo(1);
		assertThat(audit.search(new AuditQuery(null, "areas.boundaries.imported", null, "WARD", null, null, null, 1, 1))
			.entries()).first().satisfies(e -> assertThat(e.actor()).startsWith("cli:"));
	}

	@Test
	void aRefusedFileFailsWithEachProblemAndChangesNothing() throws IOException {
		cli("import", "boundaries", "--type", "ward", copy(AreaTestFiles.WARDS).toString());
		int before = areas.counts().get(AreaType.WARD);
		Path bad = folder.resolve("bad.json");
		Files.writeString(bad, AreaTestFiles.collection(
				"{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"E05000001\",\"WD13NM\":\"A\"},\"geometry\":"
						+ "{\"type\":\"LineString\",\"coordinates\":[[-1.2,52.7],[-1.1,52.8]]}}"));

		Run run = cli("import", "boundaries", "--type", "ward", bad.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("Error: bad.json, feature 1 (E05000001): is a LineString, not a Polygon or MultiPolygon");
		assertThat(areas.counts().get(AreaType.WARD)).isEqualTo(before);
	}

	@Test
	void mistakesOnTheCommandLineAreUsageErrors() {
		Run noType = cli("import", "boundaries", "x.json");
		assertThat(noType.exitCode()).isEqualTo(2);
		assertThat(noType.err()).contains("--type is required");
		Run badType = cli("import", "boundaries", "--type", "county", "x.json");
		assertThat(badType.exitCode()).isEqualTo(2);
		assertThat(badType.err()).contains("unknown --type county");
		Run missing = cli("import", "boundaries", "--type", "ward", folder.resolve("missing.json").toString());
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("cannot read the file");
		Run help = cli("import", "boundaries", "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("--code-property", "lsoa, ward, parish, custom or borough");
	}

	@Test
	void importReferenceLoadsTheFiveTablesAndRefusesABadRowWithFileAndLine() throws IOException {
		Run run = cli("import", "reference", "--population", copy("population-2019.csv.gz").toString(), "--imd",
				copy("imd2019-file-1.csv.gz").toString(), "--imd-domains", copy("imd2019-file-2-domains.csv.gz").toString(),
				"--denominators", copy("imd2019-file-6-denominators.csv.gz").toString(), "--ruc",
				copy("ruc-2011.csv.gz").toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		int rows = (int) AreaTestFiles.raw("population-2019.csv.gz").lines().count() - 1;
		assertThat(run.out()).contains("Imported reference data for " + rows + " LSOAs");
		var before = areas.lsoaReference("E01025670").orElseThrow();

		Path ruc = folder.resolve("ruc.csv");
		Files.writeString(ruc, "lsoa,LSOA11NM,RUC11CD,RUC11,OBJECTID\nE01025670,Charnwood 022A,Z9,Nowhere,1\n");
		Run bad = cli("import", "reference", "--population", copy("population-2019.csv.gz").toString(), "--imd",
				copy("imd2019-file-1.csv.gz").toString(), "--imd-domains", copy("imd2019-file-2-domains.csv.gz").toString(),
				"--denominators", copy("imd2019-file-6-denominators.csv.gz").toString(), "--ruc", ruc.toString());
		assertThat(bad.exitCode()).isEqualTo(1);
		assertThat(bad.err()).contains("Error: ruc.csv, line 2: 'Z9' is not a rural-urban classification code");
		assertThat(areas.lsoaReference("E01025670")).hasValue(before);
	}

	private Path copy(String shipped) throws IOException {
		Path target = folder.resolve(shipped);
		try (InputStream in = new ClassPathResource("demo/areas/" + shipped).getInputStream()) {
			Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private Run cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliConsole console = new CliConsole(new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				null);
		int code = CommandLineMode.run(CspHubApplication.class, args, console,
				"spring.profiles.active=test,test-" + TestDatabaseProfiles.database());
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
