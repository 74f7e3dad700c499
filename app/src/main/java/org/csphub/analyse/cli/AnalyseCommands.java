package org.csphub.analyse.cli;

import java.util.List;

import org.csphub.shared.cli.CliCommand;

/**
 * The {@code analyse} commands, made without Spring for {@link org.csphub.analyse.AnalyseCommandLine}.
 * (In the application they are also beans, so {@code help} lists them.)
 */
public final class AnalyseCommands {

	private AnalyseCommands() {
	}

	public static List<CliCommand> all() {
		return List.of(new KdeCommand(), new GiStarCommand(), new MoranCommand(), new KnoxCommand(), new TrendCommand(),
				new ForecastCommand());
	}

}
