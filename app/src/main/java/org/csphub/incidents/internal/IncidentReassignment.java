package org.csphub.incidents.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaMatch;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.AreasChanged;
import org.csphub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When boundaries change, places every stored incident in its areas again by its grid position, so
 * that counts by ward, parish, LSOA and custom area always follow the current boundaries. An incident
 * that the new borough boundary leaves outside keeps its row with no area codes (it was inside when
 * imported); re-import the months to apply a new borough boundary fully.
 */
@Component
class IncidentReassignment {

	private static final Logger log = LoggerFactory.getLogger(IncidentReassignment.class);

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final Areas areas;

	private final AuditLog audit;

	IncidentReassignment(JdbcTemplate jdbc, Areas areas, AuditLog audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.audit = audit;
	}

	/** A stored incident, where it is now and the codes it had. */
	record Located(long id, Date month, AreaMatch match, String lsoa, String ward, String parish) {

		boolean codesChanged() {
			return !java.util.Objects.equals(lsoa, match.lsoaCode()) || !java.util.Objects.equals(ward, match.wardCode())
					|| !java.util.Objects.equals(parish, match.parishCode());
		}

	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AreasChanged event) {
		if (event.types().isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		AreaLocator locator = areas.locator();
		jdbc.queryForObject("select id from import_lock where id = 1 for update", Integer.class);
		boolean customAreas = event.types().contains(AreaType.CUSTOM) || event.types().contains(AreaType.BOROUGH);
		if (customAreas) {
			jdbc.update("delete from incident_custom_area");
		}
		long[] total = { 0, 0 };
		long after = Long.MIN_VALUE;
		while (true) {
			List<Located> batch = jdbc.query("select id, month_start, easting, northing, lsoa_code, ward_code, parish_code "
					+ "from incident where id > ? order by id limit " + BATCH,
					(rs, n) -> new Located(rs.getLong(1), rs.getDate(2), locator.locate(rs.getDouble(3), rs.getDouble(4)),
							rs.getString(5), rs.getString(6), rs.getString(7)),
					after);
			if (batch.isEmpty()) {
				break;
			}
			total[0] += batch.size();
			total[1] += batch.stream().filter(row -> !row.match().insideBorough()).count();
			after = batch.get(batch.size() - 1).id();
			write(batch, customAreas);
		}
		log.info("Boundaries of {} changed: {} incidents placed again in {} ms ({} now outside the borough)",
				event.types(), total[0], (System.nanoTime() - start) / 1_000_000, total[1]);
		audit.record("incidents.reassigned", "incident", null,
				total[0] + " incidents placed in the changed areas " + event.types() + "; " + total[1] + " outside the borough");
	}

	/** Updates the codes that changed and, when custom areas or the borough changed, every custom-area link. */
	private void write(List<Located> batch, boolean customAreas) {
		List<Located> changed = batch.stream().filter(Located::codesChanged).toList();
		jdbc.batchUpdate("update incident set lsoa_code = ?, ward_code = ?, parish_code = ? where id = ?", changed,
				Math.max(1, changed.size()), (ps, row) -> {
					ps.setString(1, row.match().lsoaCode());
					ps.setString(2, row.match().wardCode());
					ps.setString(3, row.match().parishCode());
					ps.setLong(4, row.id());
				});
		if (!customAreas) {
			return;
		}
		List<Object[]> links = new ArrayList<>();
		for (Located row : batch) {
			for (String area : row.match().customAreaCodes()) {
				links.add(new Object[] { row.id(), area, row.month() });
			}
		}
		if (!links.isEmpty()) {
			jdbc.batchUpdate("insert into incident_custom_area (incident_id, area_code, month_start) values (?, ?, ?)", links);
		}
	}

}
