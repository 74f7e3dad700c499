package org.csphub.partners.web;

import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationType;

/** The add or change organisation form. */
public record OrganisationForm(String name, OrganisationType type, Integer version) {

	/** A form posted without its version (a hand-made request) counts as version 0. */
	public OrganisationForm {
		version = version == null ? 0 : version;
	}

	static OrganisationForm empty() {
		return new OrganisationForm("", null, 0);
	}

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), organisation.type(), organisation.version());
	}

}
