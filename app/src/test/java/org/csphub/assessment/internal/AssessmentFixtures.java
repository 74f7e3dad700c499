package org.csphub.assessment.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.PrioritySchemeRef;
import org.csphub.partners.Role;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/** Schemes, people and computed content for the aggregate's tests. */
final class AssessmentFixtures {

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	static final AssessmentPeriod PERIOD = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2022, 4));

	static final Actor ANALYST = new Actor(UUID.randomUUID(), "Tom Ellery", Set.of(Role.ANALYST));

	static final Actor OTHER_ANALYST = new Actor(UUID.randomUUID(), "Ann Other", Set.of(Role.ANALYST));

	static final Actor COORDINATOR = new Actor(UUID.randomUUID(), "Priya Sharma", Set.of(Role.COORDINATOR));

	static final Actor SECOND_COORDINATOR = new Actor(UUID.randomUUID(), "Jo Smith", Set.of(Role.COORDINATOR));

	static final Actor COUNCILLOR = new Actor(UUID.randomUUID(), "Cllr Denise Hart", Set.of(Role.COMMITTEE_MEMBER));

	private AssessmentFixtures() {
	}

	/** A scheme of three criteria (two of harm), weights 1, 1 and 2, with grades A, B and C. */
	static PriorityScheme scheme() {
		return new PriorityScheme(new PrioritySchemeRef("test-matrix", 1), "Test matrix",
				List.of(criterion("harm-physical", "Harm", "Physical harm", 1), criterion("harm-community", "Harm",
						"Community harm", 1), criterion("likelihood", "Likelihood and trend", "Likelihood", 2)),
				List.of(new PriorityScheme.ConfidenceGrade("A", "High", "Good data"),
						new PriorityScheme.ConfidenceGrade("B", "Medium", "Some gaps"),
						new PriorityScheme.ConfidenceGrade("C", "Low", "Judgement")),
				NOW, "system");
	}

	static PriorityScheme.Criterion criterion(String code, String group, String label, int weight) {
		List<String> definitions = new ArrayList<>();
		for (int s = 1; s <= 5; s++) {
			definitions.add(label + " scores " + s);
		}
		return new PriorityScheme.Criterion(code, group, label, "How much " + label + "?", weight, definitions);
	}

	static ComputedAssessment computed(String... candidateTitles) {
		List<ComputedAssessment.CandidateIssue> candidates = new ArrayList<>();
		for (String title : candidateTitles) {
			candidates.add(new ComputedAssessment.CandidateIssue("crime-type:" + title, title, "Largest volume: " + title));
		}
		DataTable table = new DataTable("crime-types", "Incidents by crime type",
				List.of(new DataTable.Column("Crime type", DataTable.Kind.TEXT),
						new DataTable.Column("Count", DataTable.Kind.COUNT),
						new DataTable.Column("Change", DataTable.Kind.PERCENT)),
				List.of(java.util.Arrays.asList("Burglary", 120L, 0.25), java.util.Arrays.asList("Robbery", 7L, null)));
		return new ComputedAssessment(
				List.of(new Block.KeyFigures(List.of(new Block.KeyFigure("Incidents", "1,234", "+5%")))),
				List.of(new ReportSection("overview", "Overview", List.of(new Block.Paragraph("Figures"), table)),
						new ReportSection("hotspots", "Hotspots", List.of(new Block.Note("Approximate locations"),
								new Block.BulletList(List.of("Town centre")),
								new Block.Figure("map", "Map", "A map of hot spots", "<svg viewBox=\"0 0 1 1\"></svg>",
										"crime-types")))),
				List.of(new ReportSection("data-and-method", "Data and method", List.of(new Block.Paragraph("Method")))),
				candidates);
	}

	static Assessment draft(String... candidates) {
		return Assessment.start(AssessmentId.newId(), PERIOD, scheme(), computed(candidates), ANALYST, NOW);
	}

	static Map<String, Integer> scores(int physical, int community, int likelihood) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scores.put("harm-physical", physical);
		scores.put("harm-community", community);
		scores.put("likelihood", likelihood);
		return scores;
	}

	/** Completes every section, scores and decides every issue (the first a priority): ready to submit. */
	static void finish(Assessment a) {
		for (String section : List.of("overview", "hotspots")) {
			int version = a.commentary().containsKey(section) ? a.commentary().get(section).version() : 0;
			a.writeCommentary(section, "What the figures mean for " + section + ".", true, version, ANALYST, NOW);
		}
		boolean first = true;
		for (Issue issue : a.issues()) {
			Issue scored = a.score(issue.id(), scores(3, 2, 4), "B", issue.version(), scheme(), ANALYST, NOW);
			a.decide(issue.id(), first ? org.csphub.assessment.PriorityDecision.PRIORITY
					: org.csphub.assessment.PriorityDecision.NOT_PRIORITY, "Because", scored.version(), ANALYST, NOW);
			first = false;
		}
	}

}
