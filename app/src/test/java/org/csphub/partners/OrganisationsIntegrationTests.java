package org.csphub.partners;

import java.util.UUID;

import org.csphub.CspHubIntegrationTest;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CspHubIntegrationTest
class OrganisationsIntegrationTests {

	@Autowired
	Organisations organisations;

	@Autowired
	AuditLog audit;

	@Test
	void anOrganisationIsAddedWithTidiedNameAndAudited() {
		String name = "Melton  Borough   Council " + unique();
		Organisation added = organisations.add("  " + name + " ", OrganisationType.DISTRICT_COUNCIL);
		assertThat(added.name()).isEqualTo(name.replaceAll("\\s+", " "));
		assertThat(organisations.get(added.id())).isEqualTo(added);
		assertThat(audit.search(AuditQuery.forRecord("organisation", added.id().toString())).entries())
			.singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("organisation.created"));
	}

	@Test
	void namesAreUniqueWhateverTheirCase() {
		String name = "Harborough District Council " + unique();
		organisations.add(name, OrganisationType.DISTRICT_COUNCIL);
		assertThatThrownBy(() -> organisations.add(name.toUpperCase(), OrganisationType.DISTRICT_COUNCIL))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void aNameAndATypeAreRequired() {
		assertThatThrownBy(() -> organisations.add("  ", OrganisationType.POLICE)).isInstanceOf(InvalidInputException.class)
			.hasMessage("Enter the organisation's name");
		assertThatThrownBy(() -> organisations.add("Nameless type " + unique(), null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Select the type of organisation");
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefused() {
		Organisation added = organisations.add("Blaby District Council " + unique(), OrganisationType.DISTRICT_COUNCIL);
		Organisation changed = organisations.change(added.id(), added.name() + " (renamed)", added.type(), added.version());
		assertThat(changed.version()).isEqualTo(added.version() + 1);
		assertThatThrownBy(() -> organisations.change(added.id(), "Someone else's name " + unique(), added.type(),
				added.version()))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(organisations.get(added.id()).name()).isEqualTo(added.name() + " (renamed)");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
