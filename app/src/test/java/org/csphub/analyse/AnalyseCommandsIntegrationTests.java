package org.csphub.analyse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.csphub.CspHubApplication;
import org.csphub.TestDatabaseProfiles;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandLineMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code analyse} commands are ordinary commands of the application too: {@code help} lists them,
 * and run through the application's command line they give what the database-free path gives.
 */
class AnalyseCommandsIntegrationTests {

	record Run(int exitCode, String out, String err) {
	}

	private static Run cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliConsole console = new CliConsole(new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				null);
		int code = CommandLineMode.run(CspHubApplication.class, args, console,
				"spring.profiles.active=test,test-" + TestDatabaseProfiles.database());
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpListsTheAnalyseCommandsAndTheyRunInTheApplicationToo() {
		Run help = cli("help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("analyse kde", "analyse gistar", "analyse moran", "analyse knox", "analyse trend",
				"analyse forecast");

		String[] knox = { "analyse", "knox", "--points", AnalyseRun.chicago().toString(), "--x", "x", "--y", "y",
				"--date", "date_single", "--from", "2016-01-01", "--to", "2016-12-31", "--distance-bands",
				"0.1,200,400,600", "--time-bands", "7,14,21", "--iterations", "0", "--table", "observed" };
		Run inApplication = cli(knox);
		AnalyseRun standalone = AnalyseRun.of(java.util.Arrays.copyOfRange(knox, 1, knox.length));
		assertThat(inApplication.exitCode()).as(inApplication.err()).isZero();
		assertThat(inApplication.out()).isEqualTo(standalone.out()).contains("\"(0.1, 200]\",1892,1514,1362");
	}

}
