package org.csphub.shared.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the application as a command-line tool: no web server, no demo data, quiet logging, and
 * the process exit code of the command.
 */
public final class CommandLineMode {

	private CommandLineMode() {
	}

	/** True when the first argument names a command rather than an option for the web service. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static int run(Class<?> application, String[] args) {
		return run(application, args, CliConsole.system());
	}

	public static int run(Class<?> application, String[] args, CliConsole console, String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("csphub.cli=true", "csphub.demo.enabled=false", "logging.level.root=WARN",
					"logging.level.org.csphub=WARN")
			.properties(properties);
		try (ConfigurableApplicationContext context = builder.run()) {
			return context.getBean(CommandLineDispatcher.class).dispatch(args, console);
		}
		catch (RuntimeException ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			console.err().println("Error: CSP Hub could not start: " + root.getMessage());
			return 1;
		}
	}

}
