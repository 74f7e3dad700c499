package org.csphub;

import org.csphub.analyse.AnalyseCommandLine;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * CSP Hub: the web service by default; the command-line interface when the first argument is a
 * command (for example {@code users add ...}). The {@code analyse} commands need no database and run
 * without starting the application.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CspHubApplication {

	public static void main(String[] args) {
		if (AnalyseCommandLine.handles(args)) {
			System.exit(AnalyseCommandLine.run(args, CliConsole.system()));
		}
		if (CommandLineMode.isCommand(args)) {
			System.exit(CommandLineMode.run(CspHubApplication.class, args));
		}
		SpringApplication.run(CspHubApplication.class, args);
	}

}
