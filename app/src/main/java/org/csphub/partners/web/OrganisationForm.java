package org.csphub.partners.web;

import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationType;

/** The add or change organisation form. */
public record OrganisationForm(String name, OrganisationType type, int version) {

	static OrganisationForm empty() {
		return new OrganisationForm("", null, 0);
	}

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), organisation.type(), organisation.version());
	}

}
