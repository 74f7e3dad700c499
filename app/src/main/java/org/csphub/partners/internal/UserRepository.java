package org.csphub.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csphub.partners.Organisation;
import org.csphub.partners.OrganisationId;
import org.csphub.partners.OrganisationType;
import org.csphub.partners.Role;
import org.csphub.partners.SignInAccount;
import org.csphub.partners.UserAccount;
import org.csphub.partners.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

	private static final String SELECT = """
			select u.*, o.name as org_name, o.type as org_type, o.created_at as org_created_at,
			       o.updated_at as org_updated_at, o.version as org_version
			from user_account u join organisation o on o.id = u.organisation_id""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UserAccount> findAll() {
		Map<UUID, Set<Role>> roles = allRoles();
		return jdbc.sql(SELECT + " order by lower(u.display_name), u.username")
			.query((rs, n) -> map(rs, roles.getOrDefault(rs.getObject("id", UUID.class), EnumSet.noneOf(Role.class))))
			.list();
	}

	public Optional<UserAccount> findById(UserId id) {
		return jdbc.sql(SELECT + " where u.id = ?")
			.param(id.value())
			.query((rs, n) -> map(rs, rolesOf(id.value())))
			.optional();
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where u.username = ?")
			.param(username)
			.query((rs, n) -> map(rs, rolesOf(rs.getObject("id", UUID.class))))
			.optional();
	}

	public Optional<SignInAccount> findForSignIn(String username) {
		return jdbc.sql(SELECT + " where u.username = ?").param(username).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new SignInAccount(new UserId(id), rs.getString("username"), rs.getString("display_name"),
					rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
					rolesOf(id), new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("org_name"));
		}).optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from user_account").query(Long.class).single();
	}

	public void insert(UserId id, String username, String displayName, String email, OrganisationId organisationId,
			String passwordHash, Set<Role> roles, boolean mustChangePassword, Instant now) {
		jdbc.sql("""
				insert into user_account (id, username, display_name, email, organisation_id, password_hash, enabled,
				                          must_change_password, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, 0)""")
			.params(id.value(), username, displayName, email, organisationId.value(), passwordHash, mustChangePassword,
					Timestamp.from(now),
					Timestamp.from(now))
			.update();
		insertRoles(id, roles);
	}

	/** Saves the change if nobody else changed the user since {@code expectedVersion}. */
	public boolean update(UserId id, String displayName, String email, OrganisationId organisationId, Set<Role> roles,
			int expectedVersion, Instant now) {
		int rows = jdbc.sql("""
				update user_account set display_name = ?, email = ?, organisation_id = ?, updated_at = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params(displayName, email, organisationId.value(), Timestamp.from(now), id.value(), expectedVersion)
			.update();
		if (rows != 1) {
			return false;
		}
		jdbc.sql("delete from user_role where user_id = ?").param(id.value()).update();
		insertRoles(id, roles);
		return true;
	}

	public void setEnabled(UserId id, boolean enabled, Instant now) {
		jdbc.sql("update user_account set enabled = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(enabled, Timestamp.from(now), id.value())
			.update();
	}

	public void setPassword(UserId id, String hash, boolean mustChange, Instant now) {
		jdbc.sql("""
				update user_account set password_hash = ?, must_change_password = ?, updated_at = ?,
				       version = version + 1
				where id = ?""")
			.params(hash, mustChange, Timestamp.from(now), id.value())
			.update();
	}

	public void recordSignIn(String username, Instant now) {
		jdbc.sql("update user_account set last_signed_in_at = ? where username = ?")
			.params(Timestamp.from(now), username)
			.update();
	}

	private void insertRoles(UserId id, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
		}
	}

	private Set<Role> rolesOf(UUID userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from user_role where user_id = ?")
			.param(userId)
			.query(String.class)
			.list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		return roles;
	}

	private Map<UUID, Set<Role>> allRoles() {
		Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
		jdbc.sql("select user_id, role from user_role").query(rs -> {
			roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString("role")));
		});
		return roles;
	}

	private static UserAccount map(ResultSet rs, Set<Role> roles) throws SQLException {
		Organisation organisation = new Organisation(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				rs.getString("org_name"), OrganisationType.valueOf(rs.getString("org_type")),
				rs.getTimestamp("org_created_at").toInstant(), rs.getTimestamp("org_updated_at").toInstant(),
				rs.getInt("org_version"));
		Timestamp lastSignIn = rs.getTimestamp("last_signed_in_at");
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), organisation, Set.copyOf(roles),
				rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
				lastSignIn == null ? null : lastSignIn.toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
