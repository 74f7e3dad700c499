package org.csphub.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PriorityMatrix;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.RankedIssue;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportSection;
import org.springframework.stereotype.Component;

/**
 * Puts an assessment's report together: the cover, the computed summary with the chosen priorities,
 * every computed section with the analyst's commentary straight after its heading, the priorities
 * section (the ranked matrix and the decisions with their reasons), the computed appendices and one on
 * the scheme's definitions, and the data licences.
 */
@Component
class ReportAssembler {

	static final String PRIORITIES = "priorities";

	static final String SCHEME_APPENDIX = "priority-setting-matrix";

	private final Texts texts;

	private final Partnership partnership;

	ReportAssembler(Texts texts, Partnership partnership) {
		this.texts = texts;
		this.partnership = partnership;
	}

	ReportDocument assemble(Assessment a, PriorityScheme scheme, List<RankedIssue> ranked, LocalDate date) {
		ComputedAssessment computed = a.computed();
		String name = partnership.name();
		String status = switch (a.status()) {
			case DRAFT -> texts.get("assessment.report.status.draft", a.versionNumber());
			case IN_REVIEW -> texts.get("assessment.report.status.inReview", a.versionNumber());
			case APPROVED -> texts.get("assessment.report.status.approved", Texts.day(date), a.versionNumber());
		};
		List<Block> summary = new ArrayList<>(computed.summary());
		List<String> priorities = ranked.stream()
			.filter(i -> i.decision() == PriorityDecision.PRIORITY)
			.map(RankedIssue::title)
			.toList();
		if (!priorities.isEmpty()) {
			summary.add(new Block.Paragraph(texts.get("assessment.report.prioritiesChosen", priorities.size())));
			summary.add(new Block.BulletList(priorities));
		}
		List<ReportSection> sections = new ArrayList<>();
		for (ReportSection section : computed.sections()) {
			sections.add(withCommentary(section, a));
		}
		sections.add(priorities(scheme, ranked));
		List<ReportSection> appendices = new ArrayList<>(computed.appendices());
		appendices.add(schemeAppendix(scheme));
		return new ReportDocument(texts.get("assessment.report.title", name, texts.title(a.period())),
				texts.periodWithComparison(a.period()), name, date, status, summary, sections, appendices,
				List.of(texts.get("assessment.report.licence.police"), texts.get("assessment.report.licence.boundaries"),
						texts.get("assessment.report.licence.statistics"), texts.get("assessment.report.licence.mysociety")));
	}

	/** The section with the commentary's paragraphs (split at blank lines) first, then its computed content. */
	static ReportSection withCommentary(ReportSection section, Assessment a) {
		Commentary words = a.commentary().get(section.id());
		if (words == null || words.body().isBlank()) {
			return section;
		}
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : words.body().split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				blocks.add(new Block.Paragraph(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")));
			}
		}
		blocks.addAll(section.blocks());
		return new ReportSection(section.id(), section.title(), blocks, section.subsections());
	}

	private ReportSection priorities(PriorityScheme scheme, List<RankedIssue> ranked) {
		List<DataTable.Column> columns = new ArrayList<>();
		columns.add(new DataTable.Column(texts.get("assessment.report.matrix.rank"), DataTable.Kind.COUNT));
		columns.add(new DataTable.Column(texts.get("assessment.report.matrix.issue"), DataTable.Kind.TEXT));
		scheme.criteria().forEach(c -> columns.add(new DataTable.Column(c.label(), DataTable.Kind.COUNT)));
		columns.add(new DataTable.Column(texts.get("assessment.report.matrix.total", scheme.maximumTotal()),
				DataTable.Kind.COUNT));
		columns.add(new DataTable.Column(texts.get("assessment.report.matrix.confidence"), DataTable.Kind.TEXT));
		columns.add(new DataTable.Column(texts.get("assessment.report.matrix.decision"), DataTable.Kind.TEXT));
		List<List<Object>> rows = new ArrayList<>();
		List<List<Object>> reasons = new ArrayList<>();
		for (RankedIssue issue : ranked) {
			List<Object> row = new ArrayList<>();
			row.add(issue.rank() == null ? null : (long) issue.rank());
			row.add(issue.title());
			scheme.criteria().forEach(c -> {
				Integer score = issue.scores().get(c.code());
				row.add(score == null ? null : (long) score);
			});
			row.add(issue.total() == null ? null : (long) issue.total());
			row.add(issue.confidence() == null ? null : scheme.grade(issue.confidence())
				.map(g -> g.grade() + " (" + g.label() + ")")
				.orElse(issue.confidence()));
			row.add(decision(issue.decision()));
			rows.add(row);
			if (issue.decision() != null) {
				reasons.add(Arrays.asList(issue.title(), decision(issue.decision()), issue.decisionReason()));
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(texts.get("assessment.report.priorities.intro", scheme.name(),
				scheme.ref().version(), scheme.maximumTotal())));
		blocks.add(new DataTable("priority-matrix", texts.get("assessment.report.matrix.caption"), columns, rows));
		if (!reasons.isEmpty()) {
			blocks.add(new DataTable("priority-decisions", texts.get("assessment.report.decisions.caption"),
					List.of(new DataTable.Column(texts.get("assessment.report.matrix.issue"), DataTable.Kind.TEXT),
							new DataTable.Column(texts.get("assessment.report.matrix.decision"), DataTable.Kind.TEXT),
							new DataTable.Column(texts.get("assessment.report.decisions.reason"), DataTable.Kind.TEXT)),
					reasons));
		}
		return new ReportSection(PRIORITIES, texts.get("assessment.report.priorities"), blocks);
	}

	private String decision(PriorityDecision decision) {
		return decision == null ? texts.get("assessment.decision.none") : texts.get(decision.messageKey());
	}

	private ReportSection schemeAppendix(PriorityScheme scheme) {
		List<DataTable.Column> columns = new ArrayList<>();
		columns.add(new DataTable.Column(texts.get("assessment.report.scheme.criterion"), DataTable.Kind.TEXT));
		columns.add(new DataTable.Column(texts.get("assessment.report.scheme.weight"), DataTable.Kind.COUNT));
		for (int s = PriorityScheme.LOWEST; s <= PriorityScheme.HIGHEST; s++) {
			columns.add(new DataTable.Column(texts.get("assessment.report.scheme.score", s), DataTable.Kind.TEXT));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (PriorityScheme.Criterion c : scheme.criteria()) {
			List<Object> row = new ArrayList<>();
			row.add(c.label());
			row.add((long) c.weight());
			row.addAll(c.definitions());
			rows.add(row);
		}
		List<List<Object>> grades = scheme.grades()
			.stream()
			.map(g -> Arrays.<Object>asList(g.grade(), g.label(), g.definition()))
			.toList();
		return new ReportSection(SCHEME_APPENDIX, texts.get("assessment.report.scheme"),
				List.of(new Block.Paragraph(texts.get("assessment.report.scheme.intro", scheme.name(), scheme.ref().version())),
						new DataTable("priority-scheme-criteria", texts.get("assessment.report.scheme.criteria.caption"),
								columns, rows),
						new DataTable("priority-scheme-confidence",
								texts.get("assessment.report.scheme.grades.caption"),
								List.of(new DataTable.Column(texts.get("assessment.report.scheme.grade"), DataTable.Kind.TEXT),
										new DataTable.Column(texts.get("assessment.report.scheme.label"), DataTable.Kind.TEXT),
										new DataTable.Column(texts.get("assessment.report.scheme.meaning"),
												DataTable.Kind.TEXT)),
								grades)));
	}

	/** The issues of an assessment ranked on its scheme. */
	static List<RankedIssue> rank(Assessment a, PriorityScheme scheme) {
		String harm = scheme.groups().isEmpty() ? "" : scheme.groups().get(0);
		return PriorityMatrix.rank(a.issues()
			.stream()
			.map(i -> new RankedIssue(i.id(), null, i.origin(), i.title(), i.reason(), i.scores(), i.confidence(),
					scheme.total(i.scores()), scheme.groupTotal(harm, i.scores()), i.decision(), i.decisionReason(),
					i.version()))
			.toList());
	}

	static boolean approved(Assessment a) {
		return a.status() == AssessmentStatus.APPROVED;
	}

}
