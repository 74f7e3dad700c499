package org.csphub.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.csphub.audit.AuditEntry;
import org.csphub.audit.AuditOutcome;
import org.csphub.audit.AuditPage;
import org.csphub.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the audit_entry table. It has no update or delete by design. */
@Repository
public class AuditEntryRepository {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditEntryRepository(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public void append(Instant at, String actor, String remoteAddress, String action, String recordType,
			String recordId, AuditOutcome outcome, String detail) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, remote_address, action, record_type, record_id, outcome, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), actor, remoteAddress, action, recordType, recordId, outcome.name(), detail)
			.update();
	}

	public AuditPage search(AuditQuery query) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.actor() != null) {
			where.append(" and lower(actor) = lower(?)");
			params.add(query.actor());
		}
		if (query.action() != null) {
			where.append(" and action = ?");
			params.add(query.action());
		}
		if (query.recordType() != null) {
			where.append(" and record_type = ?");
			params.add(query.recordType());
		}
		if (query.recordId() != null) {
			where.append(" and record_id = ?");
			params.add(query.recordId());
		}
		if (query.outcome() != null) {
			where.append(" and outcome = ?");
			params.add(query.outcome().name());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(startOf(query.from()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(startOf(query.to().plusDays(1)));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.pageSize());
		pageParams.add((long) (query.page() - 1) * query.pageSize());
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_entry" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("remote_address"), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"),
					AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail")))
			.list();
		return new AuditPage(entries, query.page(), query.pageSize(), total);
	}

	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	private Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

}
