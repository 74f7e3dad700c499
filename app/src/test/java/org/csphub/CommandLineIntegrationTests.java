package org.csphub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.shared.cli.CliConsole;
import org.csphub.shared.cli.CommandLineMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line interface, run as an operator would run it, against the same database as the
 * rest of the tests: {@code users add} creates a coordinator who can sign in, reading the password
 * from standard input only.
 */
@CspHubIntegrationTest
class CommandLineIntegrationTests {

	@Autowired
	UserAccounts users;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditLog audit;

	@Autowired
	PasswordEncoder passwordEncoder;

	record Run(int exitCode, String out, String err) {
	}

	@Test
	void usersAddCreatesTheFirstCoordinatorAndTheirOrganisationWithThePasswordFromStandardInput() {
		String username = "first-" + unique();
		String organisation = "Rutland County Council " + unique();
		Run run = cli("sturdy-lantern-meadow\n", "users", "add", "--username", username, "--role", "coordinator",
				"--organisation", organisation, "--organisation-type", "district-council", "--name", "Jo Smith");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Added user " + username);
		var account = users.forSignIn(username).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.COORDINATOR);
		assertThat(account.organisationName()).isEqualTo(organisation);
		assertThat(account.mustChangePassword()).isFalse();
		assertThat(passwordEncoder.matches("sturdy-lantern-meadow", account.passwordHash())).isTrue();
		assertThat(audit.search(AuditQuery.forRecord("user", account.id().toString())).entries())
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).startsWith("cli:"));
	}

	@Test
	void anUnknownOrganisationWithoutATypeFailsClearlyAndAddsNobody() {
		String username = "nobody-" + unique();
		Run run = cli("sturdy-lantern-meadow\n", "users", "add", "--username", username, "--role", "analyst",
				"--organisation", "No Such Council " + unique());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("there is no organisation called", "--organisation-type");
		assertThat(users.forSignIn(username)).isEmpty();
	}

	@Test
	void aPasswordIsNeverTakenFromAnArgument() {
		Run run = cli("", "users", "add", "--username", "x" + unique(), "--role", "analyst", "--organisation", "A",
				"--password", "in-the-process-list");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown option --password");
	}

	@Test
	void aWeakPasswordIsRefusedWithTheReason() {
		String organisation = "Oadby and Wigston Borough Council " + unique();
		organisations.add(organisation, org.csphub.partners.OrganisationType.DISTRICT_COUNCIL);
		Run run = cli("short\n", "users", "add", "--username", "weak-" + unique(), "--role", "analyst",
				"--organisation", organisation);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("at least 12 characters");
	}

	@Test
	void anUnknownRoleIsAUsageErrorThatListsTheRoles() {
		Run run = cli("", "users", "add", "--username", "x" + unique(), "--role", "sheriff", "--organisation", "A");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown --role sheriff", "coordinator", "committee-member");
	}

	@Test
	void organisationsAddAndListWork() {
		String name = "Hinckley and Bosworth Borough Council " + unique();
		assertThat(cli("", "organisations", "add", "--name", name, "--type", "district-council").exitCode()).isZero();
		Run list = cli("", "organisations", "list");
		assertThat(list.exitCode()).isZero();
		assertThat(list.out()).contains(name + "\tdistrict-council\t");
	}

	@Test
	void helpListsTheCommandsAndEachCommandExplainsItself() {
		Run help = cli("", "help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("users add", "users list", "users disable", "organisations add");
		Run usage = cli("", "users", "add", "--help");
		assertThat(usage.exitCode()).isZero();
		assertThat(usage.out()).contains("--username", "--role", "--organisation", "standard input");
	}

	@Test
	void anUnknownCommandFailsWithTheListOfCommands() {
		Run run = cli("", "frobnicate");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown command: frobnicate");
	}

	@Test
	void importPoliceUkLoadsAFileAndRefusesABrokenOneWithFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
			throws Exception {
		java.nio.file.Path month = folder.resolve("2021-09-leicestershire-street.csv");
		try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("demo/police-uk-charnwood.zip")
			.getInputStream(); java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
			java.util.zip.ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && !entry.getName().startsWith("2021-09/")) {
				// skip to the month
			}
			java.nio.file.Files.copy(zip, month);
		}
		long rows = java.nio.file.Files.readAllLines(month).size() - 1;
		Run ok = cli("", "import", "police-uk", month.toString());
		assertThat(ok.exitCode()).as(ok.err()).isZero();
		assertThat(ok.out()).contains(String.format("rows read:         %,d", rows));

		java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(month).subList(0, 10));
		lines.set(0, lines.get(0).replace("Latitude", "Lat"));
		java.nio.file.Path broken = java.nio.file.Files.write(folder.resolve("broken.csv"), lines);
		Run refused = cli("", "import", "police-uk", broken.toString());
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("Nothing was imported", "broken.csv, line 1", "missing columns: Latitude");
	}

	private Run cli(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliConsole console = new CliConsole(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				null);
		List<String> properties = new ArrayList<>();
		properties.add("spring.profiles.active=test,test-" + TestDatabaseProfiles.database());
		int code = CommandLineMode.run(CspHubApplication.class, args, console, properties.toArray(String[]::new));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
