package org.csphub.partners.cli;

import java.util.Set;
import java.util.stream.Collectors;

import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.springframework.stereotype.Component;

/** {@code users list}: prints the users as tab-separated lines (audited as a read). */
@Component
class UsersListCommand implements CliCommand {

	private final UserAccounts users;

	UsersListCommand(UserAccounts users) {
		this.users = users;
	}

	@Override
	public String name() {
		return "users list";
	}

	@Override
	public String summary() {
		return "List the users with their organisation, roles and status";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar users list

				Prints one user a line: username, full name, organisation, roles and status, separated by tabs.
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		users.list().forEach(u -> console.out().println(String.join("\t", u.username(), u.displayName(),
				u.organisation().name(),
				u.roles().stream().sorted().map(Role::cliName).collect(Collectors.joining(",")),
				u.enabled() ? "active" : "disabled")));
		return 0;
	}

}
