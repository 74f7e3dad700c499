package org.csphub.partners.cli;

import java.util.EnumSet;
import java.util.Set;

import org.csphub.partners.NewUser;
import org.csphub.partners.Organisation;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;
import org.springframework.stereotype.Component;

/**
 * {@code users add}: adds a user, typically the first coordinator of a new installation. The
 * password is read from the terminal or standard input, never from an argument.
 */
@Component
class UsersAddCommand implements CliCommand {

	private final UserAccounts users;

	private final Organisations organisations;

	UsersAddCommand(UserAccounts users, Organisations organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return "users add";
	}

	@Override
	public String summary() {
		return "Add a user (for example the first coordinator)";
	}

	@Override
	public Set<String> options() {
		return Set.of("username", "role", "organisation", "organisation-type", "name", "email");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar users add --username NAME --role ROLE [--role ROLE ...]
				           --organisation "ORGANISATION" [--organisation-type TYPE] [--name "FULL NAME"] [--email EMAIL]

				Adds a user. The password is read from the terminal (typed twice, not shown) or, when
				standard input is not a terminal, from its first line. It is never taken from an argument.

				Options:
				  --username NAME           what the user types to sign in
				  --role ROLE               one of: %s (repeat for more than one)
				  --organisation NAME       the user's organisation
				  --organisation-type TYPE  adds the organisation first if it does not exist yet; one of:
				                            %s
				  --name "FULL NAME"        the user's full name (default: the username)
				  --email EMAIL             the user's work email address

				Example (the first coordinator of a new installation):
				  java -jar app/target/csp-hub.jar users add --username jsmith --role coordinator \\
				      --organisation "Charnwood Borough Council" --organisation-type district-council --name "Jo Smith"
				""".formatted(Role.cliNames(), OrganisationType());
	}

	private static String OrganisationType() {
		return org.csphub.partners.OrganisationType.cliNames();
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) throws Exception {
		String username = arguments.required("username");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : arguments.all("role")) {
			roles.add(Role.fromCliName(name)
				.orElseThrow(() -> new CliUsageException("unknown --role " + name + ": use one of " + Role.cliNames())));
		}
		if (roles.isEmpty()) {
			throw new CliUsageException("--role is required");
		}
		String organisationName = arguments.required("organisation");
		Organisation organisation = organisations.findByName(organisationName).orElse(null);
		if (organisation == null) {
			String typeName = arguments.value("organisation-type")
				.orElseThrow(() -> new CommandFailedException("there is no organisation called \"" + organisationName
						+ "\". Add it with --organisation-type TYPE, or run 'organisations list' to see the names."));
			var type = org.csphub.partners.OrganisationType.fromCliName(typeName)
				.orElseThrow(() -> new CliUsageException("unknown --organisation-type " + typeName + ": use one of "
						+ org.csphub.partners.OrganisationType.cliNames()));
			organisation = organisations.add(organisationName, type);
			console.err().println("Added organisation " + organisation.name());
		}
		char[] password = console.readNewPassword("Password for " + username);
		var added = users.add(new NewUser(username, arguments.value("name").orElse(username),
				arguments.value("email").orElse(null), organisation.id(), roles, password, false));
		console.out().println("Added user " + added.username() + " (" + added.displayName() + ") of "
				+ added.organisation().name() + " with roles " + roles.stream().map(Role::cliName).toList());
		return 0;
	}

}
