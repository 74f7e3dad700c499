package org.csphub.assessment.internal;

import java.util.List;
import java.util.Map;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.AssessmentRefused;
import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.IssueOrigin;
import org.csphub.assessment.PriorityDecision;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csphub.assessment.internal.AssessmentFixtures.ANALYST;
import static org.csphub.assessment.internal.AssessmentFixtures.COORDINATOR;
import static org.csphub.assessment.internal.AssessmentFixtures.COUNCILLOR;
import static org.csphub.assessment.internal.AssessmentFixtures.NOW;
import static org.csphub.assessment.internal.AssessmentFixtures.OTHER_ANALYST;
import static org.csphub.assessment.internal.AssessmentFixtures.SECOND_COORDINATOR;
import static org.csphub.assessment.internal.AssessmentFixtures.draft;
import static org.csphub.assessment.internal.AssessmentFixtures.finish;
import static org.csphub.assessment.internal.AssessmentFixtures.scheme;
import static org.csphub.assessment.internal.AssessmentFixtures.scores;

/** The assessment aggregate's rules: who may do what, in which status, and what a transition needs. */
class AssessmentRulesTests {

	@Nested
	class Starting {

		@Test
		void aNewAssessmentIsADraftVersionOneWithTheDataSuggestedIssues() {
			Assessment a = draft("Shoplifting", "Burglary");
			assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
			assertThat(a.versionNumber()).isEqualTo(1);
			assertThat(a.scheme()).isEqualTo(scheme().ref());
			assertThat(a.issues()).extracting(Issue::title).containsExactly("Shoplifting", "Burglary");
			assertThat(a.issues()).allSatisfy(i -> {
				assertThat(i.origin()).isEqualTo(IssueOrigin.DATA);
				assertThat(i.scores()).isEmpty();
				assertThat(i.decision()).isNull();
			});
		}

		@Test
		void onlyAnalystsAndCoordinatorsStartOne() {
			assertThatThrownBy(() -> Assessment.start(AssessmentId.newId(), AssessmentFixtures.PERIOD, scheme(),
					AssessmentFixtures.computed(), COUNCILLOR, NOW)).isInstanceOf(AssessmentRefused.class);
			assertThat(Assessment.start(AssessmentId.newId(), AssessmentFixtures.PERIOD, scheme(),
					AssessmentFixtures.computed(), COORDINATOR, NOW).status()).isEqualTo(AssessmentStatus.DRAFT);
		}

		@Test
		void aCopyOfLastYearsKeepsWordsAndScoresButNotDecisionsOrCompletion() {
			Assessment last = draft("Shoplifting", "Burglary");
			finish(last);
			Issue added = last.addIssue("Fly-tipping", "Residents complain", ANALYST, NOW);
			last.score(added.id(), scores(1, 4, 2), "C", added.version(), scheme(), ANALYST, NOW);
			AssessmentPeriod next = AssessmentPeriod.twelveMonthsTo(java.time.YearMonth.of(2023, 4));
			ComputedAssessment newFigures = AssessmentFixtures.computed("Burglary", "Vehicle crime");

			Assessment copy = Assessment.copyOf(last, AssessmentId.newId(), next, scheme(), newFigures, OTHER_ANALYST, NOW);

			assertThat(copy.status()).isEqualTo(AssessmentStatus.DRAFT);
			assertThat(copy.period()).isEqualTo(next);
			assertThat(copy.copiedFrom()).isEqualTo(last.id());
			assertThat(copy.seriesId()).isNotEqualTo(last.seriesId());
			assertThat(copy.commentary().get("overview").body()).isEqualTo("What the figures mean for overview.");
			assertThat(copy.commentary().values()).allSatisfy(c -> assertThat(c.completed()).isFalse());
			assertThat(copy.issues()).extracting(Issue::title)
				.containsExactly("Shoplifting", "Burglary", "Fly-tipping", "Vehicle crime");
			assertThat(copy.issues()).allSatisfy(i -> assertThat(i.decision()).isNull());
			assertThat(copy.issues().get(2).scores()).isEqualTo(scores(1, 4, 2));
			assertThat(copy.issues().get(2).confidence()).isEqualTo("C");
			assertThat(copy.issues().get(3).scores()).isEmpty();
			assertThat(copy.issues()).extracting(Issue::id).doesNotContainAnyElementsOf(last.issues().stream().map(Issue::id).toList());
			assertThat(copy.unfinished(scheme())).isNotEmpty();
		}

		@Test
		void aCopyKeepsOnlyScoresTheCurrentSchemeStillHas() {
			Assessment last = draft("Shoplifting");
			Issue issue = last.issues().get(0);
			last.score(issue.id(), scores(3, 3, 3), "A", 0, scheme(), ANALYST, NOW);
			var fewer = new org.csphub.assessment.PriorityScheme(
					new org.csphub.assessment.PrioritySchemeRef("test-matrix", 2), "Test matrix",
					List.of(AssessmentFixtures.criterion("likelihood", "Likelihood", "Likelihood", 1)),
					List.of(new org.csphub.assessment.PriorityScheme.ConfidenceGrade("B", "Medium", "Some gaps")), NOW,
					"coordinator");
			Assessment copy = Assessment.copyOf(last, AssessmentId.newId(), AssessmentFixtures.PERIOD, fewer,
					AssessmentFixtures.computed(), ANALYST, NOW);
			assertThat(copy.scheme().version()).isEqualTo(2);
			assertThat(copy.issues().get(0).scores()).isEqualTo(Map.of("likelihood", 3));
			assertThat(copy.issues().get(0).confidence()).as("grade A is not in the new scheme").isNull();
		}

	}

	@Nested
	class Commentary {

		@Test
		void savesMoveTheCommentarysVersionOn() {
			Assessment a = draft();
			var first = a.writeCommentary("overview", "  Crime fell.\r\n\r\nBurglary rose. ", false, 0, ANALYST, NOW);
			assertThat(first.version()).isEqualTo(1);
			assertThat(first.body()).isEqualTo("Crime fell.\n\nBurglary rose.");
			var second = a.writeCommentary("overview", "Crime fell.", true, 1, OTHER_ANALYST, NOW);
			assertThat(second.version()).isEqualTo(2);
			assertThat(second.updatedBy()).isEqualTo("Ann Other");
		}

		@Test
		void aSaveFromAnOutOfDatePageIsRefused() {
			Assessment a = draft();
			a.writeCommentary("overview", "First", false, 0, ANALYST, NOW);
			assertThatThrownBy(() -> a.writeCommentary("overview", "Second", false, 0, OTHER_ANALYST, NOW))
				.isInstanceOf(ConcurrentChangeException.class);
			assertThat(a.commentary().get("overview").body()).isEqualTo("First");
		}

		@Test
		void theWriterMustSayWhetherItIsCompleteAndCannotCompleteNothing() {
			Assessment a = draft();
			assertThatThrownBy(() -> a.writeCommentary("overview", "Words", null, 0, ANALYST, NOW))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("completed"));
			assertThatThrownBy(() -> a.writeCommentary("overview", "   ", true, 0, ANALYST, NOW))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("body"));
			assertThatThrownBy(() -> a.writeCommentary("overview", "x".repeat(Assessment.MAX_COMMENTARY + 1), false, 0,
					ANALYST, NOW)).isInstanceOf(InvalidInputException.class);
		}

		@Test
		void onlyComputedSectionsTakeCommentary() {
			assertThatThrownBy(() -> draft().writeCommentary("no-such-section", "Words", false, 0, ANALYST, NOW))
				.isInstanceOf(AssessmentRefused.class);
		}

		@Test
		void committeeMembersCannotWriteIt() {
			assertThatThrownBy(() -> draft().writeCommentary("overview", "Words", false, 0, COUNCILLOR, NOW))
				.isInstanceOf(AssessmentRefused.class)
				.hasMessageContaining("Only analysts and coordinators");
		}

	}

	@Nested
	class Scoring {

		@Test
		void everyCriterionAndAConfidenceGradeAreNeeded() {
			Assessment a = draft("Shoplifting");
			Issue issue = a.issues().get(0);
			assertThatThrownBy(() -> a.score(issue.id(), Map.of("harm-physical", 3, "likelihood", 9), null, 0, scheme(),
					ANALYST, NOW))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactly("harm-community", "likelihood", "confidence"));
			Issue scored = a.score(issue.id(), scores(3, 2, 4), "A", 0, scheme(), ANALYST, NOW);
			assertThat(scored.version()).isEqualTo(1);
			assertThat(scheme().total(scored.scores())).as("3 + 2 + 2 x 4").isEqualTo(13);
		}

		@Test
		void anIssueIsScoredOnlyWithTheSchemeVersionTheAssessmentStartedWith() {
			Assessment a = draft("Shoplifting");
			var next = scheme().nextVersion("Test matrix", scheme().criteria(), scheme().grades(), NOW, "coordinator");
			assertThatThrownBy(() -> a.score(a.issues().get(0).id(), scores(1, 1, 1), "A", 0, next, ANALYST, NOW))
				.isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void aDecisionNeedsAReason() {
			Assessment a = draft("Shoplifting");
			assertThatThrownBy(() -> a.decide(a.issues().get(0).id(), PriorityDecision.PRIORITY, " ", 0, ANALYST, NOW))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("reason"));
		}

		@Test
		void partnershipIssuesCanBeRemovedButTheDatasCannot() {
			Assessment a = draft("Shoplifting");
			Issue added = a.addIssue("Fly-tipping", "Residents complain", ANALYST, NOW);
			assertThat(added.origin()).isEqualTo(IssueOrigin.PARTNERSHIP);
			assertThatThrownBy(() -> a.addIssue("fly-tipping", "Again", ANALYST, NOW)).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> a.removeIssue(a.issues().get(0).id(), 0, ANALYST, NOW))
				.isInstanceOf(AssessmentRefused.class);
			a.removeIssue(added.id(), 0, ANALYST, NOW);
			assertThat(a.issues()).extracting(Issue::title).containsExactly("Shoplifting");
		}

	}

	@Nested
	class Review {

		@Test
		void anUnfinishedDraftCannotBeSubmittedAndSaysWhatIsMissing() {
			Assessment a = draft("Shoplifting", "Burglary");
			assertThat(a.unfinished(scheme())).containsExactly("Complete the commentary on Overview",
					"Complete the commentary on Hotspots", "Score 2 issues on every criterion, with a confidence grade",
					"Decide whether 2 issues become a priority");
			assertThatThrownBy(() -> a.submit(scheme(), ANALYST, NOW)).isInstanceOf(AssessmentRefused.class);
			assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
		}

		@Test
		void atLeastOnePriorityIsNeeded() {
			Assessment a = draft("Shoplifting");
			finish(a);
			Issue issue = a.issues().get(0);
			a.decide(issue.id(), PriorityDecision.NOT_PRIORITY, "Police lead", issue.version(), ANALYST, NOW);
			assertThat(a.unfinished(scheme())).containsExactly("Choose at least one priority");
		}

		@Test
		void aFinishedDraftIsSubmittedAndThenCannotBeChanged() {
			Assessment a = draft("Shoplifting");
			finish(a);
			assertThat(a.unfinished(scheme())).isEmpty();
			a.submit(scheme(), ANALYST, NOW);
			assertThat(a.status()).isEqualTo(AssessmentStatus.IN_REVIEW);
			assertThat(a.submitted().name()).isEqualTo("Tom Ellery");
			assertThatThrownBy(() -> a.writeCommentary("overview", "Late words", true, 1, ANALYST, NOW))
				.isInstanceOf(AssessmentRefused.class)
				.hasMessageContaining("waiting for approval");
			assertThatThrownBy(() -> a.submit(scheme(), ANALYST, NOW)).isInstanceOf(AssessmentRefused.class);
		}

		@Test
		void onlyACoordinatorWhoDidNotSubmitItApproves() {
			Assessment byAnalyst = submitted(ANALYST);
			assertThatThrownBy(() -> byAnalyst.approve(OTHER_ANALYST, NOW)).isInstanceOf(AssessmentRefused.class);
			byAnalyst.approve(COORDINATOR, NOW);
			assertThat(byAnalyst.status()).isEqualTo(AssessmentStatus.APPROVED);
			assertThat(byAnalyst.approved().name()).isEqualTo("Priya Sharma");

			Assessment byCoordinator = submitted(COORDINATOR);
			assertThatThrownBy(() -> byCoordinator.approve(COORDINATOR, NOW)).isInstanceOf(AssessmentRefused.class)
				.hasMessageContaining("another coordinator");
			byCoordinator.approve(SECOND_COORDINATOR, NOW);
			assertThat(byCoordinator.status()).isEqualTo(AssessmentStatus.APPROVED);
		}

		@Test
		void aDraftCannotBeApprovedWithoutReview() {
			Assessment a = draft("Shoplifting");
			finish(a);
			assertThatThrownBy(() -> a.approve(COORDINATOR, NOW)).isInstanceOf(AssessmentRefused.class);
		}

		@Test
		void aCoordinatorReturnsItWithAReasonAndItCanBeChangedAgain() {
			Assessment a = submitted(ANALYST);
			assertThatThrownBy(() -> a.returnToDraft("  ", COORDINATOR, NOW)).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> a.returnToDraft("Why", ANALYST, NOW)).isInstanceOf(AssessmentRefused.class);
			a.returnToDraft("Say more about burglary", COORDINATOR, NOW);
			assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
			assertThat(a.returnReason()).isEqualTo("Say more about burglary");
			a.writeCommentary("overview", "More on burglary", true, 1, ANALYST, NOW);
			a.submit(scheme(), ANALYST, NOW);
			assertThat(a.status()).isEqualTo(AssessmentStatus.IN_REVIEW);
		}

		@Test
		void anApprovedAssessmentRefusesEveryChange() {
			Assessment a = submitted(ANALYST);
			a.approve(COORDINATOR, NOW);
			Issue issue = a.issues().get(0);
			List<Runnable> changes = List.of(() -> a.writeCommentary("overview", "Changed", true, 1, ANALYST, NOW),
					() -> a.addIssue("New", "Why", ANALYST, NOW),
					() -> a.score(issue.id(), scores(1, 1, 1), "A", issue.version(), scheme(), ANALYST, NOW),
					() -> a.decide(issue.id(), PriorityDecision.NOT_PRIORITY, "No", issue.version(), ANALYST, NOW),
					() -> a.recompute(AssessmentFixtures.computed("Other"), ANALYST, NOW),
					() -> a.submit(scheme(), ANALYST, NOW), () -> a.returnToDraft("Why", COORDINATOR, NOW),
					() -> a.approve(SECOND_COORDINATOR, NOW));
			for (Runnable change : changes) {
				assertThatThrownBy(change::run).isInstanceOf(AssessmentRefused.class);
			}
			assertThat(a.status()).isEqualTo(AssessmentStatus.APPROVED);
			assertThat(a.commentary().get("overview").body()).isEqualTo("What the figures mean for overview.");
		}

	}

	@Nested
	class Versions {

		@Test
		void aNewVersionOfAnApprovedAssessmentIsADraftWithEverythingCopied() {
			Assessment approved = submitted(ANALYST);
			approved.approve(COORDINATOR, NOW);
			Assessment next = approved.newVersion(AssessmentId.newId(), 1, OTHER_ANALYST, NOW);
			assertThat(next.status()).isEqualTo(AssessmentStatus.DRAFT);
			assertThat(next.versionNumber()).isEqualTo(2);
			assertThat(next.seriesId()).isEqualTo(approved.seriesId());
			assertThat(next.period()).isEqualTo(approved.period());
			assertThat(next.scheme()).isEqualTo(approved.scheme());
			assertThat(next.copiedFrom()).isEqualTo(approved.id());
			assertThat(next.issues()).extracting(Issue::decision).containsExactly(PriorityDecision.PRIORITY);
			assertThat(next.unfinished(scheme())).as("still complete: ready to change and submit again").isEmpty();
			assertThat(next.submitted()).isNull();
			assertThat(next.approved()).isNull();
			assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
		}

		@Test
		void onlyTheLatestApprovedVersionGetsANewVersion() {
			Assessment draft = draft("Shoplifting");
			assertThatThrownBy(() -> draft.newVersion(AssessmentId.newId(), 1, ANALYST, NOW))
				.isInstanceOf(AssessmentRefused.class);
			Assessment approved = submitted(ANALYST);
			approved.approve(COORDINATOR, NOW);
			assertThatThrownBy(() -> approved.newVersion(AssessmentId.newId(), 2, ANALYST, NOW))
				.isInstanceOf(AssessmentRefused.class)
				.hasMessageContaining("Version 2");
		}

		@Test
		void recomputingAddsNewCandidatesAndKeepsScoredOnes() {
			Assessment a = draft("Shoplifting");
			Issue issue = a.issues().get(0);
			a.score(issue.id(), scores(2, 2, 2), "A", 0, scheme(), ANALYST, NOW);
			a.writeCommentary("overview", "Words", true, 0, ANALYST, NOW);
			List<Issue> changed = a.recompute(AssessmentFixtures.computed("Shoplifting", "Drugs"), ANALYST, NOW);
			assertThat(changed).extracting(Issue::title).containsExactly("Drugs");
			assertThat(a.issues()).extracting(Issue::title).containsExactly("Shoplifting", "Drugs");
			assertThat(a.issues().get(0).scores()).isEqualTo(scores(2, 2, 2));
			assertThat(a.commentary().get("overview").completed()).isTrue();
		}

	}

	private static Assessment submitted(Actor by) {
		Assessment a = Assessment.start(AssessmentId.newId(), AssessmentFixtures.PERIOD, scheme(),
				AssessmentFixtures.computed("Shoplifting"), by, NOW);
		finish(a);
		a.submit(scheme(), by, NOW);
		return a;
	}

}
