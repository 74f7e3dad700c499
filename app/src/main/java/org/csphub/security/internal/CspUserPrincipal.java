package org.csphub.security.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.csphub.partners.Role;
import org.csphub.partners.SignInAccount;
import org.csphub.partners.UserId;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user held in the session. Equal to another principal with the same username, which
 * is how the session registry finds every session of a user.
 */
public class CspUserPrincipal extends User {

	private final UserId userId;

	private final String displayName;

	private final String organisationName;

	private final Set<Role> roles;

	private final boolean mustChangePassword;

	CspUserPrincipal(SignInAccount account) {
		this(account.id(), account.username(), account.passwordHash(), account.enabled(), account.displayName(),
				account.organisationName(), account.roles(), account.mustChangePassword());
	}

	private CspUserPrincipal(UserId userId, String username, String passwordHash, boolean enabled, String displayName,
			String organisationName, Set<Role> roles, boolean mustChangePassword) {
		super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, true,
				roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet()));
		this.userId = userId;
		this.displayName = displayName;
		this.organisationName = organisationName;
		this.roles = Set.copyOf(roles);
		this.mustChangePassword = mustChangePassword;
	}

	/** The same principal after the user has chosen their own password. */
	CspUserPrincipal withPasswordChanged() {
		return new CspUserPrincipal(userId, getUsername(), null, isEnabled(), displayName, organisationName, roles, false);
	}

	public UserId userId() {
		return userId;
	}

	public String displayName() {
		return displayName;
	}

	public String organisationName() {
		return organisationName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
