package org.csphub.partners.cli;

import java.util.Set;

import org.csphub.partners.Organisations;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.springframework.stereotype.Component;

/** {@code organisations list}: prints the organisations as tab-separated lines. */
@Component
class OrganisationsListCommand implements CliCommand {

	private final Organisations organisations;

	OrganisationsListCommand(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return "organisations list";
	}

	@Override
	public String summary() {
		return "List the partner organisations";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar organisations list

				Prints one organisation a line: name, type and id, separated by tabs.
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		organisations.all()
			.forEach(o -> console.out().println(o.name() + "\t" + o.type().cliName() + "\t" + o.id()));
		return 0;
	}

}
