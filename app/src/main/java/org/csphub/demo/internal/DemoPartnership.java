package org.csphub.demo.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csphub.partners.NewUser;
import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationType;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.shared.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo partnership on the first start of an embedded installation: the organisations of a
 * Leicestershire district's Community Safety Partnership and one invented person per role, all with
 * the password {@value #PASSWORD}. Does nothing when any organisation exists already, and nothing at
 * all outside demo mode.
 */
@Component
@Order(1)
class DemoPartnership implements ApplicationRunner {

	static final String PASSWORD = "demo-password-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);

	private final DeploymentMode mode;

	private final Organisations organisations;

	private final UserAccounts users;

	DemoPartnership(DeploymentMode mode, Organisations organisations, UserAccounts users) {
		this.mode = mode;
		this.organisations = organisations;
		this.users = users;
	}

	record DemoUser(String username, String name, String organisation, Set<Role> roles) {
	}

	static final Map<String, OrganisationType> ORGANISATIONS = new LinkedHashMap<>();

	static {
		ORGANISATIONS.put("Charnwood Borough Council", OrganisationType.DISTRICT_COUNCIL);
		ORGANISATIONS.put("Leicestershire County Council", OrganisationType.COUNTY_COUNCIL);
		ORGANISATIONS.put("Leicestershire Police", OrganisationType.POLICE);
		ORGANISATIONS.put("Leicestershire Fire and Rescue Service", OrganisationType.FIRE_AND_RESCUE);
		ORGANISATIONS.put("Leicester, Leicestershire and Rutland Integrated Care Board", OrganisationType.HEALTH);
		ORGANISATIONS.put("Probation Service East Midlands", OrganisationType.PROBATION);
		ORGANISATIONS.put("Soar Valley Homes (demo housing provider)", OrganisationType.SOCIAL_HOUSING);
		ORGANISATIONS.put("Age UK Leicester Shire and Rutland", OrganisationType.VOLUNTARY_COMMUNITY);
		ORGANISATIONS.put("Quorn Parish Council", OrganisationType.PARISH_TOWN_COUNCIL);
	}

	/** Invented people, one per role. */
	static final List<DemoUser> USERS = List.of(
			new DemoUser("coordinator", "Priya Sharma", "Charnwood Borough Council", EnumSet.of(Role.COORDINATOR)),
			new DemoUser("analyst", "Tom Ellery", "Charnwood Borough Council", EnumSet.of(Role.ANALYST)),
			new DemoUser("asb-officer", "Marcus Bell", "Charnwood Borough Council", EnumSet.of(Role.CASE_OFFICER)),
			new DemoUser("pc-ward", "Sam Okafor", "Leicestershire Police", EnumSet.of(Role.PARTNER_OFFICER)),
			new DemoUser("ageuk", "Helen Marsh", "Age UK Leicester Shire and Rutland", EnumSet.of(Role.PARTNER_OFFICER)),
			new DemoUser("parish-clerk", "Gillian Wren", "Quorn Parish Council", EnumSet.of(Role.PARISH_CLERK)),
			new DemoUser("councillor", "Cllr Denise Hart", "Charnwood Borough Council", EnumSet.of(Role.COMMITTEE_MEMBER)),
			new DemoUser("sysadmin", "Arun Patel", "Charnwood Borough Council", EnumSet.of(Role.SYSTEM_ADMINISTRATOR)));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo()) {
			return;
		}
		if (!organisations.all().isEmpty()) {
			log.info("Demo mode: organisations exist already, so the demo partnership is not loaded again");
			return;
		}
		Map<String, Organisation> byName = new LinkedHashMap<>();
		ORGANISATIONS.forEach((name, type) -> byName.put(name, organisations.add(name, type)));
		for (DemoUser user : USERS) {
			users.add(new NewUser(user.username(), user.name(), null, byName.get(user.organisation()).id(), user.roles(),
					PASSWORD.toCharArray(), false));
		}
		log.info("Demo mode: loaded {} organisations and {} users; sign in as 'coordinator' with password '{}'",
				byName.size(), USERS.size(), PASSWORD);
	}

}
