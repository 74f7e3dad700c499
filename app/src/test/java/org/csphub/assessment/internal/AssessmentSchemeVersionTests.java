package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csphub.assessment.IssueOrigin;
import org.csphub.assessment.PriorityMatrix;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.RankedIssue;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csphub.assessment.internal.AssessmentFixtures.NOW;
import static org.csphub.assessment.internal.AssessmentFixtures.scheme;
import static org.csphub.assessment.internal.AssessmentFixtures.scores;

/** Scheme versions, weighted totals and the ranking of issues. */
class AssessmentSchemeVersionTests {

	@Test
	void theTotalIsTheWeightedSumAndNeedsEveryCriterion() {
		PriorityScheme scheme = scheme();
		assertThat(scheme.maximumTotal()).isEqualTo(5 + 5 + 2 * 5);
		assertThat(scheme.total(scores(5, 4, 3))).isEqualTo(5 + 4 + 6);
		assertThat(scheme.groupTotal("Harm", scores(5, 4, 3))).isEqualTo(9);
		assertThat(scheme.total(java.util.Map.of("harm-physical", 5))).isNull();
	}

	@Test
	void aNewVersionChangesTextsAndWeightsAndLeavesTheOldOneAsItWas() {
		PriorityScheme v1 = scheme();
		List<PriorityScheme.Criterion> changed = new ArrayList<>(v1.criteria());
		PriorityScheme.Criterion likelihood = changed.get(2);
		changed.set(2, new PriorityScheme.Criterion(likelihood.code(), likelihood.group(), "Likelihood and trend",
				likelihood.question(), 1, likelihood.definitions()));
		PriorityScheme v2 = v1.nextVersion("Test matrix 2027", changed, v1.grades(), NOW, "Priya Sharma");

		assertThat(v2.ref().schemeId()).isEqualTo(v1.ref().schemeId());
		assertThat(v2.ref().version()).isEqualTo(2);
		assertThat(v2.name()).isEqualTo("Test matrix 2027");
		assertThat(v2.createdBy()).isEqualTo("Priya Sharma");
		assertThat(v2.total(scores(5, 4, 3))).isEqualTo(12);
		assertThat(v1.total(scores(5, 4, 3))).as("version 1 still weighs likelihood twice").isEqualTo(15);
		assertThat(v1.criteria().get(2).label()).isEqualTo("Likelihood");
	}

	@Test
	void aNewVersionIsCheckedFieldByField() {
		PriorityScheme v1 = scheme();
		List<PriorityScheme.Criterion> changed = new ArrayList<>(v1.criteria());
		PriorityScheme.Criterion first = changed.get(0);
		List<String> definitions = new ArrayList<>(first.definitions());
		definitions.set(4, " ");
		changed.set(0, new PriorityScheme.Criterion(first.code(), first.group(), "", first.question(), 11, definitions));
		assertThatThrownBy(() -> v1.nextVersion(" ", changed, v1.grades(), NOW, "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("name", "criteria[0].label", "criteria[0].weight", "criteria[0].definitions[4]"));
	}

	@Test
	void issuesRankByTotalThenHarmAndTiesShareAPlace() {
		List<RankedIssue> ranked = PriorityMatrix.rank(List.of(issue("Unscored", null, null), issue("Drugs", 20, 8),
				issue("Burglary", 24, 10), issue("Shoplifting", 20, 8), issue("Robbery", 20, 12)));
		assertThat(ranked).extracting(RankedIssue::title)
			.containsExactly("Burglary", "Robbery", "Drugs", "Shoplifting", "Unscored");
		assertThat(ranked).extracting(RankedIssue::rank).containsExactly(1, 2, 3, 3, null);
	}

	private static RankedIssue issue(String title, Integer total, Integer harm) {
		return new RankedIssue(UUID.randomUUID(), null, IssueOrigin.DATA, title, "", java.util.Map.of(), "A", total, harm,
				null, null, 0);
	}

}
