package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csphub.assessment.ActionStamp;
import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentOverview;
import org.csphub.assessment.AssessmentOverview.SectionTask;
import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.AssessmentSummary;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PriorityMatrix;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.RankedIssue;
import org.csphub.assessment.SectionDraft;
import org.csphub.assessment.TaskStatus;
import org.csphub.audit.AuditEntry;
import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.reporting.ReportSection;
import org.csphub.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the assessment pages show, read from the aggregate and its scheme. */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

	private final AssessmentRepository repository;

	private final AssessmentWorkflow workflow;

	private final Texts texts;

	private final AuditLog audit;

	AssessmentQueries(AssessmentRepository repository, AssessmentWorkflow workflow, Texts texts, AuditLog audit) {
		this.repository = repository;
		this.workflow = workflow;
		this.texts = texts;
		this.audit = audit;
	}

	/** Every assessment version, latest period first; only approved ones unless drafts are wanted. */
	public List<AssessmentSummary> list(boolean withDrafts) {
		List<AssessmentRepository.Row> rows = repository.list();
		Map<UUID, Integer> latest = new HashMap<>();
		rows.forEach(r -> latest.merge(r.seriesId(), r.versionNumber(), Math::max));
		List<AssessmentSummary> result = new ArrayList<>();
		for (AssessmentRepository.Row r : rows) {
			if (withDrafts || r.status() == AssessmentStatus.APPROVED) {
				result.add(new AssessmentSummary(r.id(), texts.title(r.period()), r.period(), r.versionNumber(), r.status(),
						r.updatedAt(), r.approvedAt(), latest.get(r.seriesId()) == r.versionNumber()));
			}
		}
		return result;
	}

	public AssessmentStatus status(AssessmentId id) {
		return workflow.load(id).status();
	}

	public AssessmentOverview overview(AssessmentId id) {
		Assessment a = workflow.load(id);
		PriorityScheme scheme = workflow.scheme(a);
		List<SectionTask> sections = a.computed().sections().stream().map(s -> task(a, s)).toList();
		List<SectionTask> appendices = a.computed().appendices().stream().map(s -> task(a, s)).toList();
		List<Issue> issues = a.issues();
		int scored = (int) issues.stream().filter(i -> scheme.complete(i.scores()) && i.confidence() != null).count();
		int decided = (int) issues.stream().filter(i -> i.decision() != null).count();
		int priorities = (int) issues.stream().filter(i -> i.decision() == PriorityDecision.PRIORITY).count();
		return new AssessmentOverview(a.id(), texts.title(a.period()), texts.periodWithComparison(a.period()), a.period(),
				a.versionNumber(), a.status(), a.version(), a.scheme(), scheme.name(), a.computedAt(), a.createdBy(),
				a.createdAt(), a.copiedFrom(), stamp(a.submitted()), stamp(a.returned()), a.returnReason(),
				stamp(a.approved()), sections, appendices, issues.size(), scored, decided, priorities,
				a.editable() ? a.unfinishedItems(scheme).stream().map(u -> texts.message(u.code(), u.english(), u.args())).toList() : List.of(),
				repository.latestVersionNumber(a.seriesId()) == a.versionNumber());
	}

	public SectionDraft section(AssessmentId id, String sectionId) {
		Assessment a = workflow.load(id);
		ReportSection section = a.section(sectionId).orElseThrow(() -> new NotFoundException("Section"));
		Commentary words = a.commentary().get(sectionId);
		return new SectionDraft(a.id(), texts.title(a.period()), a.status(), section.id(), section.title(),
				section.blocks(), words == null ? "" : words.body(), words == null ? null : words.completed(),
				words == null ? 0 : words.version(), task(a, section).status());
	}

	public PriorityMatrix matrix(AssessmentId id) {
		Assessment a = workflow.load(id);
		PriorityScheme scheme = workflow.scheme(a);
		return new PriorityMatrix(a.id(), texts.title(a.period()), a.status(), scheme, ReportAssembler.rank(a, scheme));
	}

	/** Every recorded change to the assessment, newest first. */
	public List<AuditEntry> history(AssessmentId id) {
		workflow.load(id);
		return audit.search(new AuditQuery(null, null, AssessmentWorkflow.RECORD, id.toString(), null, null, null, 1, 500))
			.entries();
	}

	private static SectionTask task(Assessment a, ReportSection section) {
		Commentary words = a.commentary().get(section.id());
		TaskStatus status = words == null ? TaskStatus.NOT_STARTED
				: words.completed() ? TaskStatus.COMPLETED
						: words.body().isBlank() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
		return new SectionTask(section.id(), section.title(), status);
	}

	private static ActionStamp stamp(Assessment.Stamp stamp) {
		return stamp == null ? null : new ActionStamp(stamp.id(), stamp.name(), stamp.at());
	}

}
