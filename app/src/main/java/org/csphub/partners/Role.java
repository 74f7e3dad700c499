package org.csphub.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do in CSP Hub. A user has one or more roles; each role grants access to areas of
 * the service (see the README's table of roles).
 */
public enum Role {

	COORDINATOR("Coordinator", "Runs the partnership: manages organisations, users, plans and the audit log."),
	ANALYST("Analyst", "Imports data and prepares the strategic assessment."),
	CASE_OFFICER("Case officer", "Manages anti-social behaviour and vulnerability cases."),
	PARTNER_OFFICER("Partner officer", "Works on cases and actions shared with their organisation."),
	PARISH_CLERK("Parish clerk", "Reports community concerns and intelligence for their parish."),
	COMMITTEE_MEMBER("Committee member", "Reads published reports; cannot see personal data."),
	SYSTEM_ADMINISTRATOR("System administrator", "Manages user accounts and organisations.");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The Spring Security authority, for example {@code ROLE_COORDINATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The name used on the command line, for example {@code case-officer}. */
	public String cliName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Role> fromCliName(String text) {
		return Arrays.stream(values()).filter(r -> r.cliName().equalsIgnoreCase(text.trim())).findFirst();
	}

	public static String cliNames() {
		return Arrays.stream(values()).map(Role::cliName).collect(Collectors.joining(", "));
	}

}
