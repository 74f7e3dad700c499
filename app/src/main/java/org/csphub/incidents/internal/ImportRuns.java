package org.csphub.incidents.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csphub.incidents.ImportRun;
import org.csphub.incidents.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every import, written outside the import's own transaction so that a failed import
 * is recorded too.
 */
@Repository
public class ImportRuns {

	private final JdbcClient jdbc;

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void start(UUID id, String kind, String actor, String files, Instant at) {
		jdbc.sql("""
				insert into import_run (id, kind, source_code, actor, files, started_at, status)
				values (?, ?, ?, ?, ?, ?, 'RUNNING')""")
			.params(id, kind, kind.toLowerCase().replace('_', '-'), actor, IncidentWriter.truncate(files, 2000),
					Timestamp.from(at))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void finish(ImportSummary summary, String sources, String message, Instant at) {
		jdbc.sql("""
				update import_run set finished_at = ?, status = ?, source_code = ?, rows_read = ?, imported = ?,
				       replaced = ?, without_location = ?, outside_area = ?, rejected = ?, message = ?
				where id = ?""")
			.params(Timestamp.from(at), summary.succeeded() ? "SUCCEEDED" : "FAILED",
					IncidentWriter.truncate(sources.isEmpty() ? "none" : sources, 80), summary.rowsRead(),
					summary.imported(), summary.replaced(), summary.withoutLocation(), summary.outsideArea(),
					summary.rejected(), IncidentWriter.truncate(message, 4000), summary.runId())
			.update();
	}

	@Transactional(readOnly = true)
	public List<ImportRun> recent(int limit) {
		return jdbc.sql("select * from import_run order by started_at desc limit ?")
			.param(limit)
			.query((rs, n) -> new ImportRun(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("source_code"), rs.getString("actor"), rs.getString("files"),
					rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
					rs.getString("status"), rs.getLong("rows_read"), rs.getLong("imported"), rs.getLong("replaced"),
					rs.getLong("without_location"), rs.getLong("outside_area"), rs.getLong("rejected"),
					rs.getString("message")))
			.list();
	}

}
