package org.csphub.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationId;
import org.csphub.partners.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organisation> findAll() {
		return jdbc.sql("select * from organisation order by lower(name)").query(OrganisationRepository::map).list();
	}

	public Optional<Organisation> findById(OrganisationId id) {
		return jdbc.sql("select * from organisation where id = ?").param(id.value()).query(OrganisationRepository::map).optional();
	}

	public Optional<Organisation> findByName(String name) {
		return jdbc.sql("select * from organisation where lower(name) = lower(?)")
			.param(name)
			.query(OrganisationRepository::map)
			.optional();
	}

	public void insert(Organisation o) {
		jdbc.sql("insert into organisation (id, name, type, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)")
			.params(o.id().value(), o.name(), o.type().name(), Timestamp.from(o.createdAt()), Timestamp.from(o.updatedAt()))
			.update();
	}

	/** Saves the change if nobody else changed the organisation since {@code expectedVersion}. */
	public boolean update(Organisation o, int expectedVersion) {
		return jdbc.sql("""
				update organisation set name = ?, type = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(o.name(), o.type().name(), Timestamp.from(o.updatedAt()), o.id().value(), expectedVersion)
			.update() == 1;
	}

	static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
