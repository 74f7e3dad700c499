package org.csphub.incidents;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.csphub.audit.AuditLog;
import org.csphub.incidents.internal.PartnerMappingRepository;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.csphub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves and lists the column mappings for partners' CSV files. Every change is audited. */
@Service
public class PartnerMappings {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private final PartnerMappingRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	PartnerMappings(PartnerMappingRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PartnerMapping> all() {
		return repository.findAll();
	}

	@Transactional(readOnly = true)
	public PartnerMapping get(UUID id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Mapping"));
	}

	@Transactional(readOnly = true)
	public Optional<PartnerMapping> findByName(String name) {
		return repository.findByName(name.trim());
	}

	/** Adds a mapping (id null) or changes one (against the version it was read at). */
	@Transactional
	public PartnerMapping save(PartnerMapping mapping) {
		check(mapping);
		if (mapping.id() == null) {
			PartnerMapping added = new PartnerMapping(UUID.randomUUID(), mapping.name().trim(), mapping.sourceSlug(),
					mapping.dateColumn(), mapping.dateFormat(), mapping.datePrecision(), mapping.locationKind(),
					mapping.xColumn(), mapping.yColumn(), mapping.lsoaColumn(), mapping.categoryColumn(),
					mapping.fixedCategory(), mapping.countColumn(), mapping.idColumn(), mapping.categoryMap(), 0);
			repository.insert(added, clock.instant());
			audit.record("partner-mapping.created", "partner-mapping", added.id(), added.name());
			return added;
		}
		if (!repository.update(mapping, clock.instant())) {
			throw new ConcurrentChangeException("This mapping");
		}
		audit.record("partner-mapping.changed", "partner-mapping", mapping.id(), mapping.name());
		return repository.findById(mapping.id()).orElseThrow();
	}

	private void check(PartnerMapping m) {
		List<FieldProblem> problems = new ArrayList<>();
		if (m.name() == null || m.name().isBlank()) {
			problems.add(new FieldProblem("name", "mapping.name.required", "Enter a name for the mapping"));
		}
		else {
			repository.findByName(m.name().trim())
				.filter(other -> !other.id().equals(m.id()))
				.ifPresent(other -> problems.add(new FieldProblem("name", "mapping.name.taken",
						"A mapping called " + m.name().trim() + " already exists")));
		}
		if (m.sourceSlug() == null || !SLUG.matcher(m.sourceSlug()).matches()) {
			problems.add(new FieldProblem("sourceSlug", "mapping.source.invalid",
					"Enter a data source name of lower-case letters, numbers and hyphens, like fly-tipping"));
		}
		else {
			repository.findBySlug(m.sourceSlug())
				.filter(other -> !other.id().equals(m.id()))
				.ifPresent(other -> problems.add(new FieldProblem("sourceSlug", "mapping.source.taken",
						"The data source " + m.sourceSlug() + " already has a mapping: " + other.name())));
		}
		try {
			DateTimeFormatter.ofPattern(m.dateFormat() == null ? "" : m.dateFormat());
			if (m.dateFormat() == null || m.dateFormat().isBlank()) {
				problems.add(new FieldProblem("dateFormat", "mapping.dateFormat.required",
						"Enter the date format, like dd/MM/yyyy or yyyy-MM"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("dateFormat", "mapping.dateFormat.invalid",
					"Enter a date format like dd/MM/yyyy, yyyy-MM-dd or yyyy-MM"));
		}
		if (m.datePrecision() == null) {
			problems.add(new FieldProblem("datePrecision", "mapping.datePrecision.required",
					"Select whether dates give the day or the month"));
		}
		if (m.locationKind() == null) {
			problems.add(new FieldProblem("locationKind", "mapping.location.required", "Select how rows give their location"));
		}
		else if (m.locationKind() == PartnerMapping.LocationKind.LSOA_CODE) {
			if (blank(m.lsoaColumn())) {
				problems.add(new FieldProblem("lsoaColumn", "mapping.lsoa.required", "Enter the column with the LSOA code"));
			}
		}
		else {
			if (blank(m.xColumn())) {
				problems.add(new FieldProblem("xColumn", "mapping.x.required",
						"Enter the column with the " + (m.locationKind() == PartnerMapping.LocationKind.EASTING_NORTHING
								? "easting" : "longitude")));
			}
			if (blank(m.yColumn())) {
				problems.add(new FieldProblem("yColumn", "mapping.y.required",
						"Enter the column with the " + (m.locationKind() == PartnerMapping.LocationKind.EASTING_NORTHING
								? "northing" : "latitude")));
			}
		}
		if (blank(m.categoryColumn()) && blank(m.fixedCategory())) {
			problems.add(new FieldProblem("categoryColumn", "mapping.category.required",
					"Enter the category column, or the one category every row has"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
