package org.csphub.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csphub.audit.AuditLog;
import org.csphub.partners.internal.OrganisationRepository;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
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
		String cleanName = check(null, name, type);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Organisation organisation = new Organisation(OrganisationId.newId(), cleanName, type, now, now, 0);
		repository.insert(organisation);
		audit.record("organisation.created", RECORD, organisation.id(), "name=" + cleanName + ", type=" + type);
		return organisation;
	}

	@Transactional
	public Organisation change(OrganisationId id, String name, OrganisationType type, int version) {
		Organisation current = get(id);
		String cleanName = check(id, name, type);
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

	/**
	 * Checks a name and type for the organisation with the given id (null for a new one), reporting
	 * every problem at once; returns the name tidied.
	 */
	private String check(OrganisationId id, String name, OrganisationType type) {
		String clean = name == null ? "" : name.trim().replaceAll("\\s+", " ");
		List<FieldProblem> problems = new ArrayList<>();
		if (clean.isEmpty()) {
			problems.add(new FieldProblem("name", "organisation.name.required", "Enter the organisation's name"));
		}
		else if (clean.length() > 200) {
			problems.add(new FieldProblem("name", "organisation.name.tooLong",
					"The organisation's name must be 200 characters or fewer"));
		}
		else if (repository.findByName(clean).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add(new FieldProblem("name", "organisation.name.taken",
					"An organisation called " + clean + " already exists"));
		}
		if (type == null) {
			problems.add(new FieldProblem("type", "organisation.type.required", "Select the type of organisation"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return clean;
	}

}
