package org.csphub.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.AssessmentRefused;
import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PriorityScheme;
import org.csphub.audit.AuditLog;
import org.csphub.reporting.ReportDocument;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the assessment's commands: loads the aggregate, lets it apply its rules, saves what
 * changed and audits it, all in one transaction. Changes to a draft's parts move the assessment's
 * version on only while it is still a draft (so two analysts can write different sections at once,
 * but nobody's change lands after a submission); transitions and recomputing check the version loaded.
 */
@Service
public class AssessmentWorkflow {

	static final String RECORD = "assessment";

	private final AssessmentRepository repository;

	private final PrioritySchemeRepository schemes;

	private final SectionSource sections;

	private final ReportAssembler assembler;

	private final AuditLog audit;

	private final Clock clock;

	AssessmentWorkflow(AssessmentRepository repository, PrioritySchemeRepository schemes, SectionSource sections,
			ReportAssembler assembler, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.schemes = schemes;
		this.sections = sections;
		this.assembler = assembler;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public AssessmentId start(AssessmentPeriod period, Actor by) {
		PriorityScheme scheme = currentScheme();
		Assessment a = Assessment.start(AssessmentId.newId(), period, scheme, sections.compute(period), by, now());
		repository.insert(a);
		audit.record("assessment.started", RECORD, a.id(), describe(a) + ", scheme " + scheme.ref());
		return a.id();
	}

	@Transactional
	public AssessmentId copy(AssessmentId earlierId, AssessmentPeriod period, Actor by) {
		Assessment earlier = load(earlierId);
		PriorityScheme scheme = currentScheme();
		Assessment a = Assessment.copyOf(earlier, AssessmentId.newId(), period, scheme, sections.compute(period), by,
				now());
		repository.insert(a);
		audit.record("assessment.started", RECORD, a.id(),
				describe(a) + ", copied from " + earlierId + ", scheme " + scheme.ref());
		return a.id();
	}

	@Transactional
	public AssessmentId newVersion(AssessmentId id, Actor by) {
		Assessment approved = load(id);
		Assessment draft = approved.newVersion(AssessmentId.newId(), repository.latestVersionNumber(approved.seriesId()),
				by, now());
		repository.insert(draft);
		audit.record("assessment.new-version", RECORD, draft.id(),
				describe(draft) + ", version " + draft.versionNumber() + " from " + id);
		return draft.id();
	}

	@Transactional
	public void recompute(AssessmentId id, Actor by) {
		Assessment a = load(id);
		List<Issue> changed = a.recompute(sections.compute(a.period()), by, now());
		save(a, true);
		for (Issue issue : changed) {
			if (issue.version() == 0) {
				repository.insertIssue(a.id(), issue);
			}
			else if (!repository.updateIssue(issue)) {
				throw new ConcurrentChangeException("This assessment");
			}
		}
		audit.record("assessment.recomputed", RECORD, id, "figures computed again; " + changed.size() + " issues added or updated");
	}

	@Transactional
	public void writeCommentary(AssessmentId id, String sectionId, String body, Boolean completed, int version,
			Actor by) {
		Assessment a = load(id);
		Commentary saved = a.writeCommentary(sectionId, body, completed, version, by, now());
		touch(a);
		if (!repository.saveCommentary(id, saved)) {
			throw new ConcurrentChangeException("This section's commentary");
		}
		audit.record("assessment.commentary", RECORD, id, "section " + sectionId + ": " + saved.body().length()
				+ " characters, " + (saved.completed() ? "complete" : "not complete"));
	}

	@Transactional
	public UUID addIssue(AssessmentId id, String title, String reason, Actor by) {
		Assessment a = load(id);
		Issue issue = a.addIssue(title, reason, by, now());
		touch(a);
		repository.insertIssue(id, issue);
		audit.record("assessment.issue-added", RECORD, id, issue.title());
		return issue.id();
	}

	@Transactional
	public void removeIssue(AssessmentId id, UUID issueId, int version, Actor by) {
		Assessment a = load(id);
		Issue removed = a.removeIssue(issueId, version, by, now());
		touch(a);
		if (!repository.deleteIssue(removed)) {
			throw new ConcurrentChangeException("This issue");
		}
		audit.record("assessment.issue-removed", RECORD, id, removed.title());
	}

	@Transactional
	public void score(AssessmentId id, UUID issueId, Map<String, Integer> scores, String confidence, int version,
			Actor by) {
		Assessment a = load(id);
		PriorityScheme scheme = scheme(a);
		Issue scored = a.score(issueId, scores, confidence, version, scheme, by, now());
		touch(a);
		saveIssue(scored);
		audit.record("assessment.issue-scored", RECORD, id, scored.title() + ": " + scored.scores() + ", confidence "
				+ scored.confidence() + ", total " + scheme.total(scored.scores()));
	}

	@Transactional
	public void decide(AssessmentId id, UUID issueId, PriorityDecision decision, String reason, int version, Actor by) {
		Assessment a = load(id);
		Issue decided = a.decide(issueId, decision, reason, version, by, now());
		touch(a);
		saveIssue(decided);
		audit.record("assessment.issue-decided", RECORD, id, decided.title() + ": " + decided.decision() + " because "
				+ decided.decisionReason());
	}

	@Transactional
	public void submit(AssessmentId id, int version, Actor by) {
		Assessment a = load(id, version);
		a.submit(scheme(a), by, now());
		save(a, false);
		audit.record("assessment.submitted", RECORD, id, describe(a));
	}

	@Transactional
	public void returnToDraft(AssessmentId id, String reason, int version, Actor by) {
		Assessment a = load(id, version);
		a.returnToDraft(reason, by, now());
		save(a, false);
		audit.record("assessment.returned", RECORD, id, a.returnReason());
	}

	/**
	 * Approves the assessment and stores its whole report as it stands (version N): later imports, new
	 * scheme versions or changes to how reports are put together never change it.
	 */
	@Transactional
	public void approve(AssessmentId id, int version, Actor by) {
		Assessment a = load(id, version);
		Instant now = now();
		a.approve(by, now);
		save(a, false);
		PriorityScheme scheme = scheme(a);
		ReportDocument document = assembler.assemble(a, scheme, ReportAssembler.rank(a, scheme),
				LocalDate.ofInstant(now, clock.getZone()));
		repository.insertApproval(id, a.versionNumber(), now, by.name(), document);
		audit.record("assessment.approved", RECORD, id, describe(a) + ", version " + a.versionNumber());
	}

	/** The report: as stored at approval, or put together now from a draft's figures and words. */
	@Transactional(readOnly = true)
	public ReportDocument document(AssessmentId id) {
		Assessment a = load(id);
		if (a.status() == AssessmentStatus.APPROVED) {
			return repository.approvedDocument(id).orElseThrow(() -> new IllegalStateException(
					"Approved assessment " + id + " has no stored report"));
		}
		PriorityScheme scheme = scheme(a);
		return assembler.assemble(a, scheme, ReportAssembler.rank(a, scheme), LocalDate.now(clock));
	}

	// Helpers shared with the queries.

	Assessment load(AssessmentId id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("Assessment"));
	}

	/** Loads the assessment, refusing when it is no longer the version the person was looking at. */
	private Assessment load(AssessmentId id, int version) {
		Assessment a = load(id);
		if (a.version() != version) {
			throw new ConcurrentChangeException("This assessment");
		}
		return a;
	}

	PriorityScheme scheme(Assessment a) {
		return schemes.find(a.scheme()).orElseThrow(() -> new IllegalStateException("No scheme " + a.scheme()));
	}

	PriorityScheme currentScheme() {
		return schemes.latest(PrioritySchemeRepository.DEFAULT_SCHEME)
			.orElseThrow(() -> new IllegalStateException("No priority-setting scheme " + PrioritySchemeRepository.DEFAULT_SCHEME));
	}

	private void save(Assessment a, boolean withFigures) {
		if (!repository.save(a, withFigures)) {
			throw new ConcurrentChangeException("This assessment");
		}
	}

	/** Moves the version on for a change to a part, provided the assessment is still a draft. */
	private void touch(Assessment a) {
		if (!repository.touchDraft(a.id(), a.updatedAt())) {
			throw new AssessmentRefused("assessment.refused.notDraft",
					"This assessment was submitted or approved while you were changing it: your change was not saved");
		}
	}

	private void saveIssue(Issue issue) {
		if (!repository.updateIssue(issue)) {
			throw new ConcurrentChangeException("This issue");
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String describe(Assessment a) {
		return a.period().first() + " to " + a.period().last() + " against " + a.period().comparisonFirst() + " to "
				+ a.period().comparisonLast();
	}

}
