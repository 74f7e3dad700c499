package org.csphub.partners.cli;

import java.util.Set;

import org.csphub.partners.OrganisationType;
import org.csphub.partners.Organisations;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.springframework.stereotype.Component;

/** {@code organisations add}: adds a partner organisation. */
@Component
class OrganisationsAddCommand implements CliCommand {

	private final Organisations organisations;

	OrganisationsAddCommand(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return "organisations add";
	}

	@Override
	public String summary() {
		return "Add a partner organisation";
	}

	@Override
	public Set<String> options() {
		return Set.of("name", "type");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar organisations add --name NAME --type TYPE

				Adds a partner organisation.

				Options:
				  --name NAME   the organisation's full name (unique)
				  --type TYPE   one of: %s

				Example:
				  java -jar app/target/csp-hub.jar organisations add --name "Charnwood Borough Council" --type district-council
				""".formatted(OrganisationType.cliNames());
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		String name = arguments.required("name");
		String typeName = arguments.required("type");
		OrganisationType type = OrganisationType.fromCliName(typeName)
			.orElseThrow(() -> new CliUsageException(
					"unknown --type " + typeName + ": use one of " + OrganisationType.cliNames()));
		var added = organisations.add(name, type);
		console.out().println("Added organisation " + added.name() + " (" + added.type().label() + "), id " + added.id());
		return 0;
	}

}
