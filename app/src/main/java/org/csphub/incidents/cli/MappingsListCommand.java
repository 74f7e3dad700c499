package org.csphub.incidents.cli;

import java.util.Set;

import org.csphub.incidents.PartnerMappings;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.springframework.stereotype.Component;

/** {@code mappings list}: the saved partner mappings. */
@Component
class MappingsListCommand implements CliCommand {

	private final PartnerMappings mappings;

	MappingsListCommand(PartnerMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public String name() {
		return "mappings list";
	}

	@Override
	public String summary() {
		return "List the saved partner mappings";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar mappings list

				Prints one mapping a line: name, source and how it reads locations, separated by tabs.
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		mappings.all().forEach(m -> console.out().println(m.name() + "\t" + m.sourceCode() + "\t" + m.locationKind().label()));
		return 0;
	}

}
