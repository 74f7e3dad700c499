package org.csphub.assessment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.AssessmentStatus;
import org.csphub.assessment.IssueOrigin;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PrioritySchemeRef;
import org.csphub.reporting.ReportDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link Assessment}s. Every save of a change checks the aggregate's version (the one
 * loaded) and moves it on, so a change never lands on an assessment that someone submitted, approved
 * or changed meanwhile; commentary and issues check their own versions too. Approved reports are only
 * ever inserted.
 */
@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of the list of assessments. */
	record Row(AssessmentId id, UUID seriesId, int versionNumber, AssessmentStatus status, AssessmentPeriod period,
			Instant updatedAt, Instant approvedAt) {
	}

	List<Row> list() {
		return jdbc.sql("""
				select id, series_id, version_number, status, period_first, period_last, comparison_first,
				       comparison_last, updated_at, approved_at
				from assessment order by period_last desc, series_id, version_number desc""")
			.query((rs, n) -> new Row(new AssessmentId(rs.getObject("id", UUID.class)),
					rs.getObject("series_id", UUID.class), rs.getInt("version_number"),
					AssessmentStatus.valueOf(rs.getString("status")), period(rs), instant(rs, "updated_at"),
					instant(rs, "approved_at")))
			.list();
	}

	int latestVersionNumber(UUID seriesId) {
		return jdbc.sql("select max(version_number) from assessment where series_id = ?")
			.param(seriesId)
			.query(Integer.class)
			.single();
	}

	Optional<Assessment> find(AssessmentId id) {
		List<Commentary> commentary = jdbc.sql("""
				select section_id, body, completed, updated_by, updated_at, version
				from assessment_commentary where assessment_id = ?""")
			.param(id.value())
			.query((rs, n) -> new Commentary(rs.getString("section_id"), rs.getString("body"), rs.getBoolean("completed"),
					rs.getString("updated_by"), instant(rs, "updated_at"), rs.getInt("version")))
			.list();
		Map<UUID, Map<String, Integer>> scores = new HashMap<>();
		jdbc.sql("""
				select s.issue_id, s.criterion_code, s.score from assessment_issue_score s
				join assessment_issue i on i.id = s.issue_id where i.assessment_id = ?""")
			.param(id.value())
			.query(rs -> {
				scores.computeIfAbsent(rs.getObject("issue_id", UUID.class), k -> new LinkedHashMap<>())
					.put(rs.getString("criterion_code"), rs.getInt("score"));
			});
		List<Issue> issues = jdbc.sql("select * from assessment_issue where assessment_id = ? order by position")
			.param(id.value())
			.query((rs, n) -> {
				UUID issueId = rs.getObject("id", UUID.class);
				String decision = rs.getString("decision");
				return new Issue(issueId, rs.getInt("position"), IssueOrigin.valueOf(rs.getString("origin")),
						rs.getString("issue_key"), rs.getString("title"), rs.getString("reason"),
						scores.getOrDefault(issueId, Map.of()), rs.getString("confidence"),
						decision == null ? null : PriorityDecision.valueOf(decision), rs.getString("decision_reason"),
						rs.getString("updated_by"), instant(rs, "updated_at"), rs.getInt("version"));
			})
			.list();
		return jdbc.sql("select * from assessment where id = ?")
			.param(id.value())
			.query((rs, n) -> new Assessment(new Assessment.State(id, rs.getObject("series_id", UUID.class),
					rs.getInt("version_number"), AssessmentStatus.valueOf(rs.getString("status")), period(rs),
					new PrioritySchemeRef(rs.getString("scheme_id"), rs.getInt("scheme_version")),
					ReportJson.readComputed(rs.getString("computed_json")), instant(rs, "computed_at"),
					rs.getObject("copied_from", UUID.class) == null ? null
							: new AssessmentId(rs.getObject("copied_from", UUID.class)),
					stamp(rs, "submitted_by_id", "submitted_by_name", "submitted_at"),
					stamp(rs, null, "returned_by_name", "returned_at"), rs.getString("return_reason"),
					stamp(rs, "approved_by_id", "approved_by_name", "approved_at"), rs.getString("created_by_name"),
					instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"), commentary, issues)))
			.optional();
	}

	/** Inserts a new assessment with its commentary and issues. */
	void insert(Assessment a) {
		AssessmentPeriod p = a.period();
		jdbc.sql("""
				insert into assessment (id, series_id, version_number, status, period_first, period_last,
				  comparison_first, comparison_last, scheme_id, scheme_version, computed_json, computed_at, copied_from,
				  created_by_name, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(a.id().value(), a.seriesId(), a.versionNumber(), a.status().name(), date(p.first()), date(p.last()),
					date(p.comparisonFirst()), date(p.comparisonLast()), a.scheme().schemeId(), a.scheme().version(),
					ReportJson.write(a.computed()), ts(a.computedAt()),
					a.copiedFrom() == null ? null : a.copiedFrom().value(), a.createdBy(), ts(a.createdAt()),
					ts(a.updatedAt()))
			.update();
		for (Commentary c : a.commentary().values()) {
			insertCommentary(a.id(), c);
		}
		for (Issue issue : a.issues()) {
			insertIssue(a.id(), issue);
		}
	}

	/**
	 * Moves the aggregate's version on from the one it was loaded with, saving its status, review
	 * stamps and figures; false when someone else changed it first (then nothing must be saved).
	 */
	boolean save(Assessment a, boolean withFigures) {
		String figures = withFigures ? ", computed_json = :json, computed_at = :computedAt" : "";
		var spec = jdbc.sql("""
				update assessment set status = :status, submitted_by_id = :submittedId, submitted_by_name = :submittedName,
				  submitted_at = :submittedAt, returned_by_name = :returnedName, returned_at = :returnedAt,
				  return_reason = :returnReason, approved_by_id = :approvedId, approved_by_name = :approvedName,
				  approved_at = :approvedAt, updated_at = :updatedAt, version = version + 1""" + figures
				+ " where id = :id and version = :version")
			.param("status", a.status().name())
			.param("submittedId", a.submitted() == null ? null : a.submitted().id())
			.param("submittedName", a.submitted() == null ? null : a.submitted().name())
			.param("submittedAt", a.submitted() == null ? null : ts(a.submitted().at()))
			.param("returnedName", a.returned() == null ? null : a.returned().name())
			.param("returnedAt", a.returned() == null ? null : ts(a.returned().at()))
			.param("returnReason", a.returnReason())
			.param("approvedId", a.approved() == null ? null : a.approved().id())
			.param("approvedName", a.approved() == null ? null : a.approved().name())
			.param("approvedAt", a.approved() == null ? null : ts(a.approved().at()))
			.param("updatedAt", ts(a.updatedAt()))
			.param("id", a.id().value())
			.param("version", a.version());
		if (withFigures) {
			spec = spec.param("json", ReportJson.write(a.computed())).param("computedAt", ts(a.computedAt()));
		}
		return spec.update() == 1;
	}

	/**
	 * Moves the version on for a change to one of a draft's parts, provided it is still a draft. The
	 * update locks the row until the transaction ends, so a submission or approval waits for the change
	 * and then finds the version moved on.
	 */
	boolean touchDraft(AssessmentId id, Instant updatedAt) {
		return jdbc.sql("update assessment set updated_at = ?, version = version + 1 where id = ? and status = 'DRAFT'")
			.params(ts(updatedAt), id.value())
			.update() == 1;
	}

	/** Saves a section's commentary if nobody saved it since the writer's version ({@code saved.version() - 1}). */
	boolean saveCommentary(AssessmentId id, Commentary saved) {
		if (saved.version() == 1) {
			try {
				insertCommentary(id, saved);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return jdbc.sql("""
				update assessment_commentary set body = ?, completed = ?, updated_by = ?, updated_at = ?, version = ?
				where assessment_id = ? and section_id = ? and version = ?""")
			.params(saved.body(), saved.completed(), saved.updatedBy(), ts(saved.updatedAt()), saved.version(), id.value(),
					saved.sectionId(), saved.version() - 1)
			.update() == 1;
	}

	private void insertCommentary(AssessmentId id, Commentary c) {
		jdbc.sql("""
				insert into assessment_commentary (assessment_id, section_id, body, completed, updated_by, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), c.sectionId(), c.body(), c.completed(), c.updatedBy(), ts(c.updatedAt()), c.version())
			.update();
	}

	void insertIssue(AssessmentId id, Issue issue) {
		jdbc.sql("""
				insert into assessment_issue (id, assessment_id, position, origin, issue_key, title, reason, confidence,
				  decision, decision_reason, updated_by, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(issue.id(), id.value(), issue.position(), issue.origin().name(), issue.key(), issue.title(),
					issue.reason(), issue.confidence(), issue.decision() == null ? null : issue.decision().name(),
					issue.decisionReason(), issue.updatedBy(), ts(issue.updatedAt()), issue.version())
			.update();
		insertScores(issue);
	}

	/** Saves an issue's change if nobody saved it since {@code changed.version() - 1}. */
	boolean updateIssue(Issue changed) {
		boolean saved = jdbc.sql("""
				update assessment_issue set title = ?, reason = ?, confidence = ?, decision = ?, decision_reason = ?,
				  updated_by = ?, updated_at = ?, version = ?
				where id = ? and version = ?""")
			.params(changed.title(), changed.reason(), changed.confidence(),
					changed.decision() == null ? null : changed.decision().name(), changed.decisionReason(),
					changed.updatedBy(), ts(changed.updatedAt()), changed.version(), changed.id(), changed.version() - 1)
			.update() == 1;
		if (saved) {
			jdbc.sql("delete from assessment_issue_score where issue_id = ?").param(changed.id()).update();
			insertScores(changed);
		}
		return saved;
	}

	boolean deleteIssue(Issue issue) {
		jdbc.sql("delete from assessment_issue_score where issue_id = ?").param(issue.id()).update();
		return jdbc.sql("delete from assessment_issue where id = ? and version = ?")
			.params(issue.id(), issue.version())
			.update() == 1;
	}

	private void insertScores(Issue issue) {
		issue.scores()
			.forEach((code, score) -> jdbc
				.sql("insert into assessment_issue_score (issue_id, criterion_code, score) values (?, ?, ?)")
				.params(issue.id(), code, score)
				.update());
	}

	void insertApproval(AssessmentId id, int versionNumber, Instant at, String by, ReportDocument document) {
		jdbc.sql("""
				insert into assessment_approval (assessment_id, version_number, approved_at, approved_by, document_json)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), versionNumber, ts(at), by, ReportJson.write(document))
			.update();
	}

	Optional<ReportDocument> approvedDocument(AssessmentId id) {
		return jdbc.sql("select document_json from assessment_approval where assessment_id = ?")
			.param(id.value())
			.query((rs, n) -> ReportJson.readDocument(rs.getString("document_json")))
			.optional();
	}

	private static AssessmentPeriod period(ResultSet rs) throws SQLException {
		return new AssessmentPeriod(month(rs, "period_first"), month(rs, "period_last"), month(rs, "comparison_first"),
				month(rs, "comparison_last"));
	}

	private static YearMonth month(ResultSet rs, String column) throws SQLException {
		return YearMonth.from(rs.getDate(column).toLocalDate());
	}

	private static Assessment.Stamp stamp(ResultSet rs, String idColumn, String nameColumn, String atColumn)
			throws SQLException {
		String name = rs.getString(nameColumn);
		if (name == null) {
			return null;
		}
		UUID id = idColumn == null ? null : rs.getObject(idColumn, UUID.class);
		return new Assessment.Stamp(id, name, instant(rs, atColumn));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Date date(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

}
