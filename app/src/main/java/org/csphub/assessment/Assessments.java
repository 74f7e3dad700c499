package org.csphub.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csphub.assessment.internal.Actor;
import org.csphub.assessment.internal.AssessmentQueries;
import org.csphub.assessment.internal.AssessmentWorkflow;
import org.csphub.audit.AuditEntry;
import org.csphub.partners.Role;
import org.csphub.reporting.ReportDocument;
import org.csphub.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The strategic assessment: start one (or copy an earlier one), write commentary on its computed
 * sections, score candidate issues on the priority-setting matrix and decide the priorities, submit it
 * for review, approve it or return it, start a new version of an approved one, and read its report.
 * Every change acts as the signed-in user, follows the aggregate's rules and is audited.
 *
 * <p><b>Who sees what</b> (README, docs/adr/0018): analysts and coordinators see and change drafts;
 * everyone signed in reads approved reports (aggregate figures, no personal data). Drafts and
 * assessments in review are not shown to anyone else.
 */
@Service
public class Assessments {

	private final AssessmentWorkflow workflow;

	private final AssessmentQueries queries;

	Assessments(AssessmentWorkflow workflow, AssessmentQueries queries) {
		this.workflow = workflow;
		this.queries = queries;
	}

	// Reading.

	/** The assessments the signed-in user may see: every version for authors, approved ones for others. */
	public List<AssessmentSummary> list() {
		return queries.list(author());
	}

	public AssessmentOverview overview(AssessmentId id) {
		requireAuthor();
		return queries.overview(id);
	}

	public SectionDraft section(AssessmentId id, String sectionId) {
		requireAuthor();
		return queries.section(id, sectionId);
	}

	public PriorityMatrix matrix(AssessmentId id) {
		requireAuthor();
		return queries.matrix(id);
	}

	public List<AuditEntry> history(AssessmentId id) {
		requireAuthor();
		return queries.history(id);
	}

	/**
	 * The assessment's whole report: for an approved one exactly as stored at its approval; for a draft
	 * or one in review, put together now (authors only).
	 */
	public ReportDocument document(AssessmentId id) {
		if (!author() && queries.status(id) != AssessmentStatus.APPROVED) {
			throw new AccessDeniedException("Only analysts and coordinators see assessments before approval");
		}
		return workflow.document(id);
	}

	/** Whether the signed-in user may read the assessment's report. */
	public boolean canRead(AssessmentId id) {
		return author() || queries.status(id) == AssessmentStatus.APPROVED;
	}

	// Starting.

	public AssessmentId start(AssessmentPeriod period) {
		return workflow.start(AssessmentPeriods.check(period, "comparisonFirst", "comparisonLast"), actor());
	}

	/** A new assessment for the period, starting from an earlier one's commentary, issues and scores. */
	public AssessmentId copy(AssessmentId earlier, AssessmentPeriod period) {
		return workflow.copy(earlier, AssessmentPeriods.check(period, "comparisonFirst", "comparisonLast"), actor());
	}

	/** A new draft version of an approved assessment. */
	public AssessmentId newVersion(AssessmentId approved) {
		return workflow.newVersion(approved, actor());
	}

	// Changing a draft.

	public void recompute(AssessmentId id) {
		workflow.recompute(id, actor());
	}

	public void writeCommentary(AssessmentId id, String sectionId, String body, Boolean completed, int version) {
		workflow.writeCommentary(id, sectionId, body, completed, version, actor());
	}

	public UUID addIssue(AssessmentId id, String title, String reason) {
		return workflow.addIssue(id, title, reason, actor());
	}

	public void removeIssue(AssessmentId id, UUID issueId, int version) {
		workflow.removeIssue(id, issueId, version, actor());
	}

	public void score(AssessmentId id, UUID issueId, Map<String, Integer> scores, String confidence, int version) {
		workflow.score(id, issueId, scores, confidence, version, actor());
	}

	public void decide(AssessmentId id, UUID issueId, PriorityDecision decision, String reason, int version) {
		workflow.decide(id, issueId, decision, reason, version, actor());
	}

	// The review.

	public void submit(AssessmentId id, int version) {
		workflow.submit(id, version, actor());
	}

	public void approve(AssessmentId id, int version) {
		workflow.approve(id, version, actor());
	}

	public void returnToDraft(AssessmentId id, String reason, int version) {
		workflow.returnToDraft(id, reason, version, actor());
	}

	private static Actor actor() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		return new Actor(user.id().value(), user.displayName(), user.roles());
	}

	private static boolean author() {
		return CurrentUser.get().map(u -> u.hasAnyRole(Role.ANALYST, Role.COORDINATOR)).orElse(false);
	}

	private static void requireAuthor() {
		if (!author()) {
			throw new AccessDeniedException("Only analysts and coordinators see assessments before approval");
		}
	}

}
