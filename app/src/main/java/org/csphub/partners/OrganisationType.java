package org.csphub.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of body that make up a Community Safety Partnership. */
public enum OrganisationType {

	DISTRICT_COUNCIL("District or borough council"),
	COUNTY_COUNCIL("County council"),
	POLICE("Police"),
	FIRE_AND_RESCUE("Fire and rescue service"),
	HEALTH("Health body"),
	PROBATION("Probation service"),
	SOCIAL_HOUSING("Social housing provider"),
	VOLUNTARY_COMMUNITY("Voluntary or community organisation"),
	PARISH_TOWN_COUNCIL("Parish or town council");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The name used on the command line, for example {@code district-council}. */
	public String cliName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<OrganisationType> fromCliName(String text) {
		return Arrays.stream(values()).filter(t -> t.cliName().equalsIgnoreCase(text.trim())).findFirst();
	}

	public static String cliNames() {
		return Arrays.stream(values()).map(OrganisationType::cliName).collect(Collectors.joining(", "));
	}

}
