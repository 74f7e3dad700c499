package org.csphub.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.csphub.audit.AuditLog;
import org.csphub.partners.internal.OrganisationRepository;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.InvalidInputException;
import org.csphub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and lists the partnership's organisations. Every change is audited. */
@Service
public class Organisations {

	static final String RECORD = "organisation";

	private final OrganisationRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	Organisations(OrganisationRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return repository.findAll();
	}

	@Transactional(readOnly = true)
	public Organisation get(OrganisationId id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> findByName(String name) {
		return repository.findByName(name.trim());
	}

	@Transactional
	public Organisation add(String name, OrganisationType type) {
		String cleanName = validName(name);
		if (type == null) {
			throw new InvalidInputException("type", "organisation.type.required", "Select the type of organisation");
		}
		if (repository.findByName(cleanName).isPresent()) {
			throw new InvalidInputException("name", "organisation.name.taken",
					"An organisation called " + cleanName + " already exists");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Organisation organisation = new Organisation(OrganisationId.newId(), cleanName, type, now, now, 0);
		repository.insert(organisation);
		audit.record("organisation.created", RECORD, organisation.id(), "name=" + cleanName + ", type=" + type);
		return organisation;
	}

	@Transactional
	public Organisation change(OrganisationId id, String name, OrganisationType type, int version) {
		Organisation current = get(id);
		String cleanName = validName(name);
		if (type == null) {
			throw new InvalidInputException("type", "organisation.type.required", "Select the type of organisation");
		}
		repository.findByName(cleanName)
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw new InvalidInputException("name", "organisation.name.taken",
						"An organisation called " + cleanName + " already exists");
			});
		Organisation changed = new Organisation(id, cleanName, type, current.createdAt(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), version + 1);
		if (!repository.update(changed, version)) {
			throw new ConcurrentChangeException("This organisation");
		}
		audit.record("organisation.changed", RECORD, id, describeChange(current, changed));
		return changed;
	}

	private static String describeChange(Organisation before, Organisation after) {
		StringBuilder detail = new StringBuilder();
		if (!before.name().equals(after.name())) {
			detail.append("name: ").append(before.name()).append(" -> ").append(after.name()).append("; ");
		}
		if (before.type() != after.type()) {
			detail.append("type: ").append(before.type()).append(" -> ").append(after.type()).append("; ");
		}
		return detail.isEmpty() ? "no change" : detail.substring(0, detail.length() - 2);
	}

	private static String validName(String name) {
		String clean = name == null ? "" : name.trim().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new InvalidInputException("name", "organisation.name.required", "Enter the organisation's name");
		}
		if (clean.length() > 200) {
			throw new InvalidInputException("name", "organisation.name.tooLong",
					"The organisation's name must be 200 characters or fewer");
		}
		return clean;
	}

}
