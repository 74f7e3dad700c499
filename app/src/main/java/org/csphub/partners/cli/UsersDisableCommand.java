package org.csphub.partners.cli;

import java.util.Set;

import org.csphub.partners.UserAccounts;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliCommand;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandFailedException;
import org.springframework.stereotype.Component;

/** {@code users disable}: disables a user, for example when someone leaves their organisation. */
@Component
class UsersDisableCommand implements CliCommand {

	private final UserAccounts users;

	UsersDisableCommand(UserAccounts users) {
		this.users = users;
	}

	@Override
	public String name() {
		return "users disable";
	}

	@Override
	public String summary() {
		return "Disable a user so that they can no longer sign in";
	}

	@Override
	public Set<String> options() {
		return Set.of("username");
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar csp-hub.jar users disable --username NAME

				Disables the user: they can no longer sign in, and any session they have on a running
				service ends at their next request.
				""";
	}

	@Override
	public int run(CliArguments arguments, CliConsole console) {
		String username = arguments.required("username");
		var account = users.forSignIn(username)
			.orElseThrow(() -> new CommandFailedException("there is no user called " + username));
		users.disable(account.id(), null);
		console.out().println("Disabled user " + account.username());
		return 0;
	}

}
