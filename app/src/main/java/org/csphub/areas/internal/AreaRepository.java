package org.csphub.areas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csphub.areas.AreaImport;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The area and area_import tables. Boundaries are stored as well-known binary in BNG metres (see
 * docs/adr/0006).
 */
@Repository
public class AreaRepository {

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 27700);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AreaRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** An area as stored, without its boundary. */
	public record AreaRow(AreaRef ref, String name, double areaKm2, boolean derived) {
	}

	/** An area with its boundary. */
	public record StoredArea(AreaRef ref, String name, double areaKm2, boolean derived, Geometry geometry) {
	}

	/** What {@link #replace} did. */
	public record Replacement(int added, int replaced, int removed) {
	}

	/** The highest import id: changes whenever any import succeeds, in any process. */
	public long revision() {
		return jdbc.sql("select coalesce(max(id), 0) from area_import").query(Long.class).single();
	}

	public List<AreaRow> list(AreaType type) {
		return jdbc.sql("select type, code, name, area_km2, source from area where type = ? order by name, code")
			.param(type.name())
			.query((rs, n) -> new AreaRow(ref(rs), rs.getString("name"), rs.getDouble("area_km2"), derived(rs)))
			.list();
	}

	public Map<AreaType, Integer> counts() {
		Map<AreaType, Integer> counts = new HashMap<>();
		jdbc.sql("select type, count(*) as n from area group by type")
			.query(rs -> {
				counts.put(AreaType.valueOf(rs.getString("type")), rs.getInt("n"));
			});
		return counts;
	}

	public Optional<StoredArea> find(AreaRef ref) {
		return jdbc.sql("select type, code, name, area_km2, source, geometry from area where type = ? and code = ?")
			.params(ref.type().name(), ref.code())
			.query(AreaRepository::stored)
			.optional();
	}

	public List<StoredArea> all() {
		return jdbc.sql("select type, code, name, area_km2, source, geometry from area order by type, code")
			.query(AreaRepository::stored)
			.list();
	}

	/** True when the borough was imported from a file rather than derived from the LSOAs. */
	public boolean hasImportedBorough() {
		return jdbc.sql("select count(*) from area where type = 'BOROUGH' and source = 'IMPORTED'")
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Makes the areas of one type exactly those given: an area whose code exists keeps its id and
	 * creation time and has its name and boundary replaced (version + 1); new codes are added; codes no
	 * longer given are removed. Runs in the caller's transaction.
	 */
	public Replacement replace(AreaType type, List<NewArea> areas, boolean derived, Instant now) {
		Map<String, UUID> existing = new HashMap<>();
		jdbc.sql("select code, id from area where type = ?")
			.param(type.name())
			.query(rs -> {
				existing.put(rs.getString("code"), rs.getObject("id", UUID.class));
			});
		Timestamp at = Timestamp.from(now);
		String source = derived ? "DERIVED" : "IMPORTED";
		WKBWriter wkb = new WKBWriter(2);
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Set<String> kept = new HashSet<>();
		for (NewArea area : areas) {
			byte[] geometry = wkb.write(area.geometry());
			double km2 = area.geometry().getArea() / 1e6;
			UUID id = existing.get(area.code());
			if (id != null) {
				kept.add(area.code());
				updates.add(new Object[] { area.name(), source, geometry, km2, at, id });
			}
			else {
				inserts.add(new Object[] { UUID.randomUUID(), type.name(), area.code(), area.name(), source, geometry,
						km2, at, at });
			}
		}
		List<Object[]> deletes = existing.entrySet()
			.stream()
			.filter(e -> !kept.contains(e.getKey()))
			.map(e -> new Object[] { e.getValue() })
			.toList();
		batch.batchUpdate("delete from area where id = ?", deletes);
		batch.batchUpdate("""
				update area set name = ?, source = ?, geometry = ?, area_km2 = ?, updated_at = ?, version = version + 1
				where id = ?""", updates);
		batch.batchUpdate("""
				insert into area (id, type, code, name, source, geometry, area_km2, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", inserts);
		return new Replacement(inserts.size(), updates.size(), deletes.size());
	}

	/** An area to store: its code, name and boundary in BNG metres. */
	public record NewArea(String code, String name, Geometry geometry) {
	}

	public void recordImport(String kind, Instant at, String actor, int count, String detail) {
		jdbc.sql("insert into area_import (kind, imported_at, actor, item_count, detail) values (?, ?, ?, ?, ?)")
			.params(kind, Timestamp.from(at), actor, count, detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail)
			.update();
	}

	public List<AreaImport> recentImports(int limit) {
		return jdbc.sql("select * from area_import order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new AreaImport(rs.getString("kind"), rs.getTimestamp("imported_at").toInstant(),
					rs.getString("actor"), rs.getInt("item_count"), rs.getString("detail")))
			.list();
	}

	private static AreaRef ref(ResultSet rs) throws SQLException {
		return new AreaRef(AreaType.valueOf(rs.getString("type")), rs.getString("code"));
	}

	private static boolean derived(ResultSet rs) throws SQLException {
		return "DERIVED".equals(rs.getString("source"));
	}

	private static StoredArea stored(ResultSet rs, int row) throws SQLException {
		try {
			Geometry geometry = new WKBReader(GEOMETRY).read(rs.getBytes("geometry"));
			return new StoredArea(ref(rs), rs.getString("name"), rs.getDouble("area_km2"), derived(rs), geometry);
		}
		catch (ParseException ex) {
			throw new SQLException("the stored boundary of " + ref(rs) + " is not valid WKB", ex);
		}
	}

}
