package org.csphub.assessment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.csphub.assessment.internal.PrioritySchemeRepository;
import org.csphub.audit.AuditLog;
import org.csphub.partners.Role;
import org.csphub.security.CurrentUser;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority-setting schemes: the current version new assessments are scored with, every earlier
 * version (kept for the assessments scored with them), and a coordinator's new version. Saving a
 * version never changes an earlier one.
 */
@Service
public class PrioritySchemes {

	private final PrioritySchemeRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	PrioritySchemes(PrioritySchemeRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version new assessments use. */
	@Transactional(readOnly = true)
	public PriorityScheme current() {
		return repository.latest(PrioritySchemeRepository.DEFAULT_SCHEME)
			.orElseThrow(() -> new NotFoundException("Priority-setting scheme"));
	}

	@Transactional(readOnly = true)
	public PriorityScheme get(PrioritySchemeRef ref) {
		return repository.find(ref).orElseThrow(() -> new NotFoundException("Priority-setting scheme"));
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<PrioritySchemeRef> versions() {
		return repository.versions();
	}

	/**
	 * Saves the next version of the current scheme with the texts and weights given, by a coordinator.
	 * @param basedOn the version the coordinator started from: refused if another has been saved since
	 */
	@Transactional
	public PriorityScheme createVersion(int basedOn, String name, List<PriorityScheme.Criterion> criteria,
			List<PriorityScheme.ConfidenceGrade> grades) {
		CurrentUser user = CurrentUser.get()
			.filter(u -> u.hasAnyRole(Role.COORDINATOR))
			.orElseThrow(() -> new AccessDeniedException("Only coordinators change the priority-setting scheme"));
		PriorityScheme current = current();
		if (current.ref().version() != basedOn) {
			throw new ConcurrentChangeException("The priority-setting scheme");
		}
		PriorityScheme next = current.nextVersion(name, criteria, grades, clock.instant().truncatedTo(ChronoUnit.MICROS),
				user.displayName());
		try {
			repository.insert(next);
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentChangeException("The priority-setting scheme");
		}
		audit.record("priority-scheme.version-created", "priority-scheme", next.ref(),
				"from version " + basedOn + ": " + next.name());
		return next;
	}

}
