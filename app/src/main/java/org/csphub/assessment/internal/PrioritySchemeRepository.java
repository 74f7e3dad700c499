package org.csphub.assessment.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.PrioritySchemeRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Priority-setting schemes. Versions are only ever inserted: there is no update or delete, so a
 * version an assessment was scored with reads the same for ever.
 */
@Repository
public class PrioritySchemeRepository {

	/** The scheme the migration seeds and new assessments use. */
	public static final String DEFAULT_SCHEME = "csp-priority-matrix";

	private final JdbcClient jdbc;

	PrioritySchemeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest version of a scheme. */
	public Optional<PriorityScheme> latest(String schemeId) {
		return jdbc.sql("select max(version) from priority_scheme where scheme_id = ?")
			.param(schemeId)
			.query(Integer.class)
			.optional()
			.flatMap(v -> find(new PrioritySchemeRef(schemeId, v)));
	}

	/** Every version of every scheme, newest first, without their criteria. */
	public List<PrioritySchemeRef> versions() {
		return jdbc.sql("select scheme_id, version from priority_scheme order by scheme_id, version desc")
			.query((rs, n) -> new PrioritySchemeRef(rs.getString("scheme_id"), rs.getInt("version")))
			.list();
	}

	public Optional<PriorityScheme> find(PrioritySchemeRef ref) {
		record Header(String name, java.time.Instant createdAt, String createdBy) {
		}
		Optional<Header> header = jdbc
			.sql("select name, created_at, created_by from priority_scheme where scheme_id = ? and version = ?")
			.params(ref.schemeId(), ref.version())
			.query((rs, n) -> new Header(rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<String>> definitions = new HashMap<>();
		jdbc.sql("""
				select criterion_code, definition from priority_score_level
				where scheme_id = ? and version = ? order by criterion_code, score""")
			.params(ref.schemeId(), ref.version())
			.query(rs -> {
				definitions.computeIfAbsent(rs.getString("criterion_code"), c -> new ArrayList<>())
					.add(rs.getString("definition"));
			});
		List<PriorityScheme.Criterion> criteria = jdbc.sql("""
				select code, group_label, label, question, weight from priority_criterion
				where scheme_id = ? and version = ? order by position""")
			.params(ref.schemeId(), ref.version())
			.query((rs, n) -> new PriorityScheme.Criterion(rs.getString("code"), rs.getString("group_label"),
					rs.getString("label"), rs.getString("question"), rs.getInt("weight"),
					definitions.getOrDefault(rs.getString("code"), List.of())))
			.list();
		List<PriorityScheme.ConfidenceGrade> grades = jdbc.sql("""
				select grade, label, definition from priority_confidence_grade
				where scheme_id = ? and version = ? order by position""")
			.params(ref.schemeId(), ref.version())
			.query((rs, n) -> new PriorityScheme.ConfidenceGrade(rs.getString("grade"), rs.getString("label"),
					rs.getString("definition")))
			.list();
		Header h = header.get();
		return Optional.of(new PriorityScheme(ref, h.name(), criteria, grades, h.createdAt(), h.createdBy()));
	}

	/**
	 * Saves a new version. Two coordinators saving the next version at once cannot both succeed: the
	 * primary key refuses the second.
	 */
	public void insert(PriorityScheme scheme) {
		PrioritySchemeRef ref = scheme.ref();
		jdbc.sql("insert into priority_scheme (scheme_id, version, name, created_at, created_by) values (?, ?, ?, ?, ?)")
			.params(ref.schemeId(), ref.version(), scheme.name(), Timestamp.from(scheme.createdAt()), scheme.createdBy())
			.update();
		int position = 0;
		for (PriorityScheme.Criterion c : scheme.criteria()) {
			jdbc.sql("""
					insert into priority_criterion (scheme_id, version, code, position, group_label, label, question, weight)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(ref.schemeId(), ref.version(), c.code(), ++position, c.group(), c.label(), c.question(), c.weight())
				.update();
			for (int score = PriorityScheme.LOWEST; score <= PriorityScheme.HIGHEST; score++) {
				jdbc.sql("""
						insert into priority_score_level (scheme_id, version, criterion_code, score, definition)
						values (?, ?, ?, ?, ?)""")
					.params(ref.schemeId(), ref.version(), c.code(), score, c.definition(score))
					.update();
			}
		}
		position = 0;
		for (PriorityScheme.ConfidenceGrade g : scheme.grades()) {
			jdbc.sql("""
					insert into priority_confidence_grade (scheme_id, version, grade, position, label, definition)
					values (?, ?, ?, ?, ?, ?)""")
				.params(ref.schemeId(), ref.version(), g.grade(), ++position, g.label(), g.definition())
				.update();
		}
	}

}
