package org.csphub.assessment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.AssessmentRefused;
import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.IssueOrigin;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.PrioritySchemeRef;
import org.csphub.reporting.ReportSection;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;

/**
 * One version of a strategic assessment, the aggregate that keeps its rules (docs/adr/0018):
 *
 * <ul>
 * <li>Only analysts and coordinators change an assessment, and only while it is a {@code DRAFT}: in
 * review it waits for a coordinator; approved, it never changes again ({@link #newVersion} starts the
 * next version as a draft).</li>
 * <li>{@code DRAFT → IN_REVIEW} ({@link #submit}) when every section's commentary is marked complete,
 * every issue is scored on every criterion with a confidence grade, every issue has a decision, and at
 * least one issue is a priority.</li>
 * <li>{@code IN_REVIEW → APPROVED} ({@link #approve}) by a coordinator who did not submit it (four
 * eyes); {@code IN_REVIEW → DRAFT} ({@link #returnToDraft}) by a coordinator, with a reason.</li>
 * <li>The scheme version it is scored with is fixed when it starts.</li>
 * </ul>
 *
 * The time of every change comes from the caller's clock. Children (commentary, issues) carry their own
 * version for optimistic locking; the repository also checks the aggregate's version on every save, so
 * a change never lands on an assessment that was submitted or approved meanwhile.
 */
public final class Assessment {

	/** The longest commentary on one section, in characters. */
	public static final int MAX_COMMENTARY = 20_000;

	private final AssessmentId id;

	private final UUID seriesId;

	private final int versionNumber;

	private final AssessmentPeriod period;

	private final PrioritySchemeRef scheme;

	private final AssessmentId copiedFrom;

	private final String createdBy;

	private final Instant createdAt;

	private final int version;

	private final Map<String, Commentary> commentary = new LinkedHashMap<>();

	private final List<Issue> issues = new ArrayList<>();

	private AssessmentStatus status;

	private ComputedAssessment computed;

	private Instant computedAt;

	private Stamp submitted;

	private Stamp returned;

	private String returnReason;

	private Stamp approved;

	private Instant updatedAt;

	/** Who did something and when; {@code id} is null where only the name is kept. */
	public record Stamp(UUID id, String name, Instant at) {
	}

	/** Everything the repository stores, for loading and for building new ones. */
	public record State(AssessmentId id, UUID seriesId, int versionNumber, AssessmentStatus status,
			AssessmentPeriod period, PrioritySchemeRef scheme, ComputedAssessment computed, Instant computedAt,
			AssessmentId copiedFrom, Stamp submitted, Stamp returned, String returnReason, Stamp approved,
			String createdBy, Instant createdAt, Instant updatedAt, int version, Collection<Commentary> commentary,
			Collection<Issue> issues) {
	}

	public Assessment(State s) {
		this.id = Objects.requireNonNull(s.id());
		this.seriesId = Objects.requireNonNull(s.seriesId());
		this.versionNumber = s.versionNumber();
		this.status = Objects.requireNonNull(s.status());
		this.period = Objects.requireNonNull(s.period());
		this.scheme = Objects.requireNonNull(s.scheme());
		this.computed = Objects.requireNonNull(s.computed());
		this.computedAt = s.computedAt();
		this.copiedFrom = s.copiedFrom();
		this.submitted = s.submitted();
		this.returned = s.returned();
		this.returnReason = s.returnReason();
		this.approved = s.approved();
		this.createdBy = s.createdBy();
		this.createdAt = s.createdAt();
		this.updatedAt = s.updatedAt();
		this.version = s.version();
		s.commentary().forEach(c -> commentary.put(c.sectionId(), c));
		issues.addAll(s.issues());
		issues.sort(java.util.Comparator.comparingInt(Issue::position));
	}

	// Starting.

	/** A new draft, version 1 of a new series, with the issues the data suggests. */
	public static Assessment start(AssessmentId id, AssessmentPeriod period, PriorityScheme scheme,
			ComputedAssessment computed, Actor by, Instant now) {
		requireAuthor(by);
		List<Issue> issues = new ArrayList<>();
		for (ComputedAssessment.CandidateIssue candidate : computed.candidates()) {
			issues.add(candidateIssue(candidate, issues.size() + 1, by, now));
		}
		return new Assessment(new State(id, UUID.randomUUID(), 1, AssessmentStatus.DRAFT, period, scheme.ref(), computed,
				now, null, null, null, null, null, by.name(), now, now, 0, List.of(), issues));
	}

	/**
	 * A new draft, version 1 of a new series, starting from an earlier assessment (last year's): its
	 * commentary (each section to be checked again, so not complete), its issues with their scores on
	 * the criteria the current scheme still has and a grade it still has, but no decisions (the
	 * partnership decides again on the new figures); then the candidates the new figures suggest that
	 * it did not have. Issues suggested by both take the new figures' reason.
	 */
	public static Assessment copyOf(Assessment earlier, AssessmentId id, AssessmentPeriod period, PriorityScheme scheme,
			ComputedAssessment computed, Actor by, Instant now) {
		requireAuthor(by);
		Map<String, ComputedAssessment.CandidateIssue> suggested = new LinkedHashMap<>();
		computed.candidates().forEach(c -> suggested.put(c.key(), c));
		List<Issue> issues = new ArrayList<>();
		for (Issue old : earlier.issues) {
			Map<String, Integer> kept = new LinkedHashMap<>();
			old.scores().forEach((code, score) -> {
				if (scheme.criterion(code).isPresent()) {
					kept.put(code, score);
				}
			});
			String grade = old.confidence() != null && scheme.grade(old.confidence()).isPresent() ? old.confidence() : null;
			Issue copy = old.copiedAs(UUID.randomUUID(), issues.size() + 1, kept, grade, null, null, by.name(), now);
			ComputedAssessment.CandidateIssue again = old.key() == null ? null : suggested.remove(old.key());
			if (again != null) {
				copy = new Issue(copy.id(), copy.position(), copy.origin(), copy.key(), again.title(), again.reason(),
						copy.scores(), copy.confidence(), null, null, by.name(), now, 0);
			}
			issues.add(copy);
		}
		for (ComputedAssessment.CandidateIssue candidate : suggested.values()) {
			issues.add(candidateIssue(candidate, issues.size() + 1, by, now));
		}
		List<Commentary> words = earlier.commentary.values().stream().map(c -> c.copiedInto(by.name(), now)).toList();
		return new Assessment(new State(id, UUID.randomUUID(), 1, AssessmentStatus.DRAFT, period, scheme.ref(), computed,
				now, earlier.id, null, null, null, null, by.name(), now, now, 0, words, issues));
	}

	/**
	 * The next version of this approved assessment, as a draft: the same period, scheme, figures,
	 * commentary (still marked complete), issues, scores and decisions, to be changed and approved
	 * again. Only from the latest version of the series.
	 */
	public Assessment newVersion(AssessmentId newId, int latestVersionInSeries, Actor by, Instant now) {
		requireAuthor(by);
		if (status != AssessmentStatus.APPROVED) {
			throw new AssessmentRefused("assessment.refused.newVersionOfUnapproved",
					"Only an approved assessment can have a new version: change this one instead");
		}
		if (latestVersionInSeries != versionNumber) {
			throw new AssessmentRefused("assessment.refused.notLatest",
					"Version " + latestVersionInSeries + " of this assessment already exists: start from the latest version");
		}
		List<Issue> copies = new ArrayList<>();
		for (Issue old : issues) {
			copies.add(old.copiedAs(UUID.randomUUID(), old.position(), old.scores(), old.confidence(), old.decision(),
					old.decisionReason(), by.name(), now));
		}
		List<Commentary> words = commentary.values()
			.stream()
			.map(c -> new Commentary(c.sectionId(), c.body(), c.completed(), by.name(), now, 1))
			.toList();
		return new Assessment(new State(newId, seriesId, versionNumber + 1, AssessmentStatus.DRAFT, period, scheme,
				computed, computedAt, id, null, null, null, null, by.name(), now, now, 0, words, copies));
	}

	private static Issue candidateIssue(ComputedAssessment.CandidateIssue candidate, int position, Actor by, Instant now) {
		return new Issue(UUID.randomUUID(), position, IssueOrigin.DATA, candidate.key(), candidate.title(),
				candidate.reason(), Map.of(), null, null, null, by.name(), now, 0);
	}

	// Changing a draft.

	/**
	 * Replaces the figures with ones computed again (after new data was loaded): adds the candidates
	 * it did not have, and gives the issues it had their new reasons. Commentary stays.
	 */
	public List<Issue> recompute(ComputedAssessment fresh, Actor by, Instant now) {
		requireDraft(by);
		List<Issue> changed = new ArrayList<>();
		for (ComputedAssessment.CandidateIssue candidate : fresh.candidates()) {
			Optional<Issue> known = issues.stream().filter(i -> candidate.key().equals(i.key())).findFirst();
			if (known.isEmpty()) {
				Issue added = candidateIssue(candidate, nextPosition(), by, now);
				issues.add(added);
				changed.add(added);
			}
			else if (!known.get().reason().equals(candidate.reason())) {
				Issue updated = known.get().withReason(candidate.reason(), by.name(), now);
				replace(updated);
				changed.add(updated);
			}
		}
		this.computed = fresh;
		this.computedAt = now;
		touch(now);
		return changed;
	}

	/**
	 * Saves the commentary on a section.
	 * @param expectedVersion the commentary's version the writer started from (0 when there was none)
	 * @param completed null when the writer did not say whether the section is complete
	 */
	public Commentary writeCommentary(String sectionId, String body, Boolean completed, int expectedVersion, Actor by,
			Instant now) {
		requireDraft(by);
		section(sectionId).orElseThrow(() -> new AssessmentRefused("assessment.refused.noSection",
				"This assessment has no section " + sectionId));
		Commentary current = commentary.get(sectionId);
		int currentVersion = current == null ? 0 : current.version();
		if (currentVersion != expectedVersion) {
			throw new ConcurrentChangeException("This section's commentary");
		}
		String text = body == null ? "" : body.strip().replace("\r\n", "\n");
		List<FieldProblem> problems = new ArrayList<>();
		if (text.length() > MAX_COMMENTARY) {
			problems.add(new FieldProblem("body", "assessment.commentary.tooLong",
					"Commentary must be " + String.format("%,d", MAX_COMMENTARY) + " characters or fewer"));
		}
		if (completed == null) {
			problems.add(new FieldProblem("completed", "assessment.commentary.completedRequired",
					"Select whether you have completed this section"));
		}
		else if (completed && text.isEmpty()) {
			problems.add(new FieldProblem("body", "assessment.commentary.emptyComplete",
					"Write commentary before you mark this section as complete"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Commentary saved = new Commentary(sectionId, text, completed, by.name(), now, currentVersion + 1);
		commentary.put(sectionId, saved);
		touch(now);
		return saved;
	}

	/** Adds an issue the partnership wants considered. */
	public Issue addIssue(String title, String description, Actor by, Instant now) {
		requireDraft(by);
		String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
		String cleanDescription = description == null ? "" : description.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (cleanTitle.isEmpty()) {
			problems.add(new FieldProblem("title", "assessment.issue.titleRequired", "Enter the issue"));
		}
		else if (cleanTitle.length() > 200) {
			problems.add(new FieldProblem("title", "assessment.issue.titleTooLong", "The issue must be 200 characters or fewer"));
		}
		else if (issues.stream().anyMatch(i -> i.title().equalsIgnoreCase(cleanTitle))) {
			problems.add(new FieldProblem("title", "assessment.issue.titleTaken",
					"There is already an issue called " + cleanTitle));
		}
		if (cleanDescription.isEmpty()) {
			problems.add(new FieldProblem("reason", "assessment.issue.reasonRequired", "Enter why the partnership should consider it"));
		}
		else if (cleanDescription.length() > 1000) {
			problems.add(new FieldProblem("reason", "assessment.issue.reasonTooLong", "The reason must be 1,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Issue issue = new Issue(UUID.randomUUID(), nextPosition(), IssueOrigin.PARTNERSHIP, null, cleanTitle,
				cleanDescription, Map.of(), null, null, null, by.name(), now, 0);
		issues.add(issue);
		touch(now);
		return issue;
	}

	/** Removes an issue the partnership added; the data's candidates stay (decide they are not a priority). */
	public Issue removeIssue(UUID issueId, int expectedVersion, Actor by, Instant now) {
		requireDraft(by);
		Issue issue = issue(issueId, expectedVersion);
		if (issue.origin() != IssueOrigin.PARTNERSHIP) {
			throw new AssessmentRefused("assessment.refused.removeCandidate",
					"Issues the data suggests cannot be removed: decide that it is not a priority, and say why");
		}
		issues.remove(issue);
		touch(now);
		return issue;
	}

	/** Scores an issue on every criterion of the assessment's scheme, with a confidence grade. */
	public Issue score(UUID issueId, Map<String, Integer> scores, String confidence, int expectedVersion,
			PriorityScheme scheme, Actor by, Instant now) {
		requireDraft(by);
		requireScheme(scheme);
		Issue issue = issue(issueId, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> checked = new LinkedHashMap<>();
		for (PriorityScheme.Criterion criterion : scheme.criteria()) {
			Integer score = scores.get(criterion.code());
			if (score == null || score < PriorityScheme.LOWEST || score > PriorityScheme.HIGHEST) {
				problems.add(new FieldProblem(criterion.code(), "assessment.score.required",
						"Select a score for " + criterion.label().toLowerCase(java.util.Locale.UK)));
			}
			else {
				checked.put(criterion.code(), score);
			}
		}
		for (String code : scores.keySet()) {
			if (scheme.criterion(code).isEmpty()) {
				problems.add(new FieldProblem(null, "assessment.score.unknown", "There is no criterion " + code));
			}
		}
		if (confidence == null || scheme.grade(confidence).isEmpty()) {
			problems.add(new FieldProblem("confidence", "assessment.score.confidenceRequired",
					"Select how confident the partnership is in these scores"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Issue scored = issue.scored(checked, confidence, by.name(), now);
		replace(scored);
		touch(now);
		return scored;
	}

	/** Records whether an issue becomes a priority, and why. */
	public Issue decide(UUID issueId, PriorityDecision decision, String reason, int expectedVersion, Actor by,
			Instant now) {
		requireDraft(by);
		Issue issue = issue(issueId, expectedVersion);
		String why = reason == null ? "" : reason.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "assessment.decision.required",
					"Select whether this issue becomes a priority"));
		}
		if (why.isEmpty()) {
			problems.add(new FieldProblem("reason", "assessment.decision.reasonRequired", "Enter the reason for the decision"));
		}
		else if (why.length() > 2000) {
			problems.add(new FieldProblem("reason", "assessment.decision.reasonTooLong",
					"The reason must be 2,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Issue decided = issue.decided(decision, why, by.name(), now);
		replace(decided);
		touch(now);
		return decided;
	}

	// The review.

	/**
	 * One thing that still stops a draft being submitted: a message code with its arguments, and the
	 * English words.
	 */
	public record Unfinished(String code, String english, Object... args) {
	}

	/** What still stops the draft being submitted, in the task list's order; empty when it is ready. */
	public List<Unfinished> unfinishedItems(PriorityScheme scheme) {
		requireScheme(scheme);
		List<Unfinished> problems = new ArrayList<>();
		for (ReportSection section : computed.sections()) {
			Commentary words = commentary.get(section.id());
			if (words == null || !words.completed()) {
				problems.add(new Unfinished("assessment.unfinished.commentary", "Complete the commentary on " + section.title(),
						section.title()));
			}
		}
		if (issues.isEmpty()) {
			problems.add(new Unfinished("assessment.unfinished.noIssues",
					"Add at least one issue to the priority-setting matrix"));
		}
		long unscored = issues.stream().filter(i -> !scheme.complete(i.scores()) || i.confidence() == null).count();
		if (unscored > 0) {
			problems.add(new Unfinished("assessment.unfinished.unscored", "Score " + unscored
					+ (unscored == 1 ? " issue" : " issues") + " on every criterion, with a confidence grade", unscored));
		}
		long undecided = issues.stream().filter(i -> !i.decided()).count();
		if (undecided > 0) {
			problems.add(new Unfinished("assessment.unfinished.undecided", "Decide whether " + undecided
					+ (undecided == 1 ? " issue becomes" : " issues become") + " a priority", undecided));
		}
		else if (!issues.isEmpty() && issues.stream().noneMatch(i -> i.decision() == PriorityDecision.PRIORITY)) {
			problems.add(new Unfinished("assessment.unfinished.noPriority", "Choose at least one priority"));
		}
		return problems;
	}

	/** {@link #unfinishedItems} in English. */
	public List<String> unfinished(PriorityScheme scheme) {
		return unfinishedItems(scheme).stream().map(Unfinished::english).toList();
	}

	/** An analyst or coordinator submits the finished draft for a coordinator's approval. */
	public void submit(PriorityScheme scheme, Actor by, Instant now) {
		requireDraft(by);
		List<String> unfinished = unfinished(scheme);
		if (!unfinished.isEmpty()) {
			throw new AssessmentRefused("assessment.refused.unfinished",
					"The assessment is not finished: " + String.join("; ", unfinished));
		}
		status = AssessmentStatus.IN_REVIEW;
		submitted = new Stamp(by.id(), by.name(), now);
		touch(now);
	}

	/** A coordinator who did not submit it approves the assessment in review. */
	public void approve(Actor by, Instant now) {
		requireCoordinator(by);
		requireInReview();
		if (submitted != null && by.id().equals(submitted.id())) {
			throw new AssessmentRefused("assessment.refused.ownSubmission",
					"You submitted this assessment, so another coordinator must approve it");
		}
		status = AssessmentStatus.APPROVED;
		approved = new Stamp(by.id(), by.name(), now);
		touch(now);
	}

	/** A coordinator sends the assessment in review back to draft, saying why. */
	public void returnToDraft(String reason, Actor by, Instant now) {
		requireCoordinator(by);
		requireInReview();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "assessment.return.reasonRequired",
					"Enter what needs to change before it can be approved");
		}
		if (why.length() > 2000) {
			throw new InvalidInputException("reason", "assessment.return.reasonTooLong",
					"The reason must be 2,000 characters or fewer");
		}
		status = AssessmentStatus.DRAFT;
		returned = new Stamp(by.id(), by.name(), now);
		returnReason = why;
		touch(now);
	}

	// Guards.

	private static void requireAuthor(Actor by) {
		if (!by.author()) {
			throw new AssessmentRefused("assessment.refused.notAuthor",
					"Only analysts and coordinators can change a strategic assessment");
		}
	}

	private static void requireCoordinator(Actor by) {
		if (!by.coordinator()) {
			throw new AssessmentRefused("assessment.refused.notCoordinator",
					"Only a coordinator can approve or return an assessment");
		}
	}

	private void requireDraft(Actor by) {
		requireAuthor(by);
		if (status == AssessmentStatus.APPROVED) {
			throw new AssessmentRefused("assessment.refused.approved",
					"This assessment is approved and cannot be changed: start a new version to change it");
		}
		if (status == AssessmentStatus.IN_REVIEW) {
			throw new AssessmentRefused("assessment.refused.inReview",
					"This assessment is waiting for approval: a coordinator must return it before it can be changed");
		}
	}

	private void requireInReview() {
		if (status != AssessmentStatus.IN_REVIEW) {
			throw new AssessmentRefused("assessment.refused.notInReview", "Only an assessment in review can be approved or returned");
		}
	}

	private void requireScheme(PriorityScheme given) {
		if (!given.ref().equals(scheme)) {
			throw new IllegalArgumentException("This assessment is scored with " + scheme + ", not " + given.ref());
		}
	}

	private Issue issue(UUID issueId, int expectedVersion) {
		Issue issue = issues.stream()
			.filter(i -> i.id().equals(issueId))
			.findFirst()
			.orElseThrow(() -> new org.csphub.shared.NotFoundException("Issue"));
		if (issue.version() != expectedVersion) {
			throw new ConcurrentChangeException("This issue");
		}
		return issue;
	}

	private void replace(Issue changed) {
		for (int i = 0; i < issues.size(); i++) {
			if (issues.get(i).id().equals(changed.id())) {
				issues.set(i, changed);
				return;
			}
		}
	}

	private int nextPosition() {
		return issues.stream().mapToInt(Issue::position).max().orElse(0) + 1;
	}

	private void touch(Instant now) {
		updatedAt = now;
	}

	// Reading.

	/** A computed section or appendix by its id. */
	public Optional<ReportSection> section(String sectionId) {
		return java.util.stream.Stream.concat(computed.sections().stream(), computed.appendices().stream())
			.filter(s -> s.id().equals(sectionId))
			.findFirst();
	}

	public Optional<Issue> findIssue(UUID issueId) {
		return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
	}

	public boolean editable() {
		return status == AssessmentStatus.DRAFT;
	}

	public AssessmentId id() {
		return id;
	}

	public UUID seriesId() {
		return seriesId;
	}

	public int versionNumber() {
		return versionNumber;
	}

	public AssessmentStatus status() {
		return status;
	}

	public AssessmentPeriod period() {
		return period;
	}

	public PrioritySchemeRef scheme() {
		return scheme;
	}

	ComputedAssessment computed() {
		return computed;
	}

	public Instant computedAt() {
		return computedAt;
	}

	public AssessmentId copiedFrom() {
		return copiedFrom;
	}

	public Stamp submitted() {
		return submitted;
	}

	public Stamp returned() {
		return returned;
	}

	public String returnReason() {
		return returnReason;
	}

	public Stamp approved() {
		return approved;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The version loaded, for the repository's optimistic lock. */
	public int version() {
		return version;
	}

	public Map<String, Commentary> commentary() {
		return java.util.Collections.unmodifiableMap(commentary);
	}

	public List<Issue> issues() {
		return List.copyOf(issues);
	}

}
