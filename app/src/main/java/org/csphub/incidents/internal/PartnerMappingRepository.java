package org.csphub.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csphub.incidents.PartnerMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PartnerMappingRepository {

	private final JdbcClient jdbc;

	PartnerMappingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PartnerMapping> findAll() {
		return jdbc.sql("select * from partner_mapping order by lower(name)").query(this::map).list();
	}

	public Optional<PartnerMapping> findById(UUID id) {
		return jdbc.sql("select * from partner_mapping where id = ?").param(id).query(this::map).optional();
	}

	public Optional<PartnerMapping> findByName(String name) {
		return jdbc.sql("select * from partner_mapping where lower(name) = lower(?)").param(name).query(this::map).optional();
	}

	public Optional<PartnerMapping> findBySlug(String slug) {
		return jdbc.sql("select * from partner_mapping where source_slug = ?").param(slug).query(this::map).optional();
	}

	public void insert(PartnerMapping m, Instant now) {
		jdbc.sql("""
				insert into partner_mapping (id, name, source_slug, date_column, date_format, date_precision, location_kind,
				    x_column, y_column, lsoa_column, category_column, fixed_category, count_column, id_column,
				    created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(m.id(), m.name(), m.sourceSlug(), m.dateColumn(), m.dateFormat(), m.datePrecision().name(),
					m.locationKind().name(), m.xColumn(), m.yColumn(), m.lsoaColumn(), m.categoryColumn(),
					m.fixedCategory(), m.countColumn(), m.idColumn(), Timestamp.from(now), Timestamp.from(now))
			.update();
		insertCategories(m);
	}

	/** Saves the change if nobody else changed the mapping since its version. */
	public boolean update(PartnerMapping m, Instant now) {
		int rows = jdbc.sql("""
				update partner_mapping set name = ?, source_slug = ?, date_column = ?, date_format = ?, date_precision = ?,
				    location_kind = ?, x_column = ?, y_column = ?, lsoa_column = ?, category_column = ?,
				    fixed_category = ?, count_column = ?, id_column = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(m.name(), m.sourceSlug(), m.dateColumn(), m.dateFormat(), m.datePrecision().name(),
					m.locationKind().name(), m.xColumn(), m.yColumn(), m.lsoaColumn(), m.categoryColumn(),
					m.fixedCategory(), m.countColumn(), m.idColumn(), Timestamp.from(now), m.id(), m.version())
			.update();
		if (rows != 1) {
			return false;
		}
		jdbc.sql("delete from partner_category where mapping_id = ?").param(m.id()).update();
		insertCategories(m);
		return true;
	}

	private void insertCategories(PartnerMapping m) {
		m.categoryMap().forEach((from, to) -> jdbc
			.sql("insert into partner_category (mapping_id, source_value, category) values (?, ?, ?)")
			.params(m.id(), from, to)
			.update());
	}

	private PartnerMapping map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Map<String, String> categories = new LinkedHashMap<>();
		jdbc.sql("select source_value, category from partner_category where mapping_id = ? order by source_value")
			.param(id)
			.query(r -> {
				categories.put(r.getString(1), r.getString(2));
			});
		return new PartnerMapping(id, rs.getString("name"), rs.getString("source_slug"), rs.getString("date_column"),
				rs.getString("date_format"), PartnerMapping.DatePrecision.valueOf(rs.getString("date_precision")),
				PartnerMapping.LocationKind.valueOf(rs.getString("location_kind")), rs.getString("x_column"),
				rs.getString("y_column"), rs.getString("lsoa_column"), rs.getString("category_column"),
				rs.getString("fixed_category"), rs.getString("count_column"), rs.getString("id_column"), categories,
				rs.getInt("version"));
	}

}
