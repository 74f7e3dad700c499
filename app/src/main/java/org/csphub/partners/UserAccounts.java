package org.csphub.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.csphub.audit.AuditLog;
import org.csphub.partners.internal.UserRepository;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.csphub.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, disables and lists user accounts. A user's name and email are personal data: every
 * read of one user and every listing is audited, as is every change.
 */
@Service
public class UserAccounts {

	static final String RECORD = "user";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserRepository repository;

	private final Organisations organisations;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAccounts(UserRepository repository, Organisations organisations, PasswordEncoder passwordEncoder,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Every user, by name. Audited as one read of the user list. */
	@Transactional
	public List<UserAccount> list() {
		List<UserAccount> users = repository.findAll();
		audit.record("user.listed", RECORD, null, users.size() + " users");
		return users;
	}

	/** One user. Audited as a read of that user's personal data. */
	@Transactional
	public UserAccount view(UserId id) {
		UserAccount user = repository.findById(id).orElseThrow(() -> new NotFoundException("User"));
		audit.record("user.viewed", RECORD, id, user.username());
		return user;
	}

	/** The signed-in user's own account (reading your own details is not audited). */
	@Transactional(readOnly = true)
	public UserAccount own(String username) {
		return repository.findByUsername(username).orElseThrow(() -> new NotFoundException("User"));
	}

	/** For sign-in only: the account with its password hash. */
	@Transactional(readOnly = true)
	public Optional<SignInAccount> forSignIn(String username) {
		return repository.findForSignIn(normalise(username));
	}

	@Transactional
	public void recordSignIn(String username) {
		repository.recordSignIn(normalise(username), clock.instant());
	}

	@Transactional(readOnly = true)
	public long count() {
		return repository.count();
	}

	@Transactional
	public UserAccount add(NewUser user) {
		String username = normalise(user.username());
		List<FieldProblem> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "user.username.invalid",
					"Enter a username of 3 to 60 characters: lower-case letters, numbers, dots, hyphens or underscores"));
		}
		else if (repository.findByUsername(username).isPresent()) {
			problems.add(new FieldProblem("username", "user.username.taken", "The username " + username + " is already taken"));
		}
		checkDetails(user.displayName(), user.email(), user.organisationId(), user.roles(), problems);
		problems.addAll(PasswordPolicy.check("password", user.password(), username));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		UserId id = UserId.newId();
		String hash = passwordEncoder.encode(new String(user.password()));
		Arrays.fill(user.password(), ' ');
		repository.insert(id, username, user.displayName().trim(), cleanEmail(user.email()), user.organisationId(),
				hash, EnumSet.copyOf(user.roles()), user.passwordIsTemporary(), now);
		audit.record("user.created", RECORD, id,
				"username=" + username + ", organisation=" + user.organisationId() + ", roles=" + sorted(user.roles()));
		return repository.findById(id).orElseThrow();
	}

	@Transactional
	public UserAccount change(UserId id, UserChanges changes, String actingUsername) {
		UserAccount current = repository.findById(id).orElseThrow(() -> new NotFoundException("User"));
		List<FieldProblem> problems = new ArrayList<>();
		checkDetails(changes.displayName(), changes.email(), changes.organisationId(), changes.roles(), problems);
		if (current.username().equals(actingUsername) && current.hasRole(Role.COORDINATOR)
				&& changes.roles() != null && !changes.roles().contains(Role.COORDINATOR)) {
			problems.add(new FieldProblem("roles", "user.roles.ownCoordinator",
					"You cannot remove the coordinator role from your own account"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!repository.update(id, changes.displayName().trim(), cleanEmail(changes.email()), changes.organisationId(),
				EnumSet.copyOf(changes.roles()), changes.version(), clock.instant())) {
			throw new ConcurrentChangeException("This user");
		}
		UserAccount changed = repository.findById(id).orElseThrow();
		audit.record("user.changed", RECORD, id, describeChange(current, changed));
		if (!current.roles().equals(changed.roles())
				|| !current.organisation().id().equals(changed.organisation().id())) {
			events.publishEvent(new UserAccessChanged(id, changed.username(), "roles or organisation changed"));
		}
		return changed;
	}

	/** Disables a user: they cannot sign in, and every session they have ends at once. */
	@Transactional
	public void disable(UserId id, String actingUsername) {
		UserAccount user = repository.findById(id).orElseThrow(() -> new NotFoundException("User"));
		if (user.username().equals(actingUsername)) {
			throw new InvalidInputException("enabled", "user.disable.self", "You cannot disable your own account");
		}
		if (!user.enabled()) {
			return;
		}
		repository.setEnabled(id, false, clock.instant());
		audit.record("user.disabled", RECORD, id, user.username());
		events.publishEvent(new UserAccessChanged(id, user.username(), "disabled"));
	}

	@Transactional
	public void enable(UserId id) {
		UserAccount user = repository.findById(id).orElseThrow(() -> new NotFoundException("User"));
		if (user.enabled()) {
			return;
		}
		repository.setEnabled(id, true, clock.instant());
		audit.record("user.enabled", RECORD, id, user.username());
	}

	/**
	 * Sets a temporary password that the user must change when they next sign in, and ends their
	 * sessions.
	 */
	@Transactional
	public void resetPassword(UserId id, char[] temporaryPassword) {
		UserAccount user = repository.findById(id).orElseThrow(() -> new NotFoundException("User"));
		List<FieldProblem> problems = PasswordPolicy.check("password", temporaryPassword, user.username());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		repository.setPassword(id, passwordEncoder.encode(new String(temporaryPassword)), true, clock.instant());
		Arrays.fill(temporaryPassword, ' ');
		audit.record("user.password-reset", RECORD, id, user.username());
		events.publishEvent(new UserAccessChanged(id, user.username(), "password reset"));
	}

	/** A user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
		SignInAccount account = repository.findForSignIn(normalise(username))
			.orElseThrow(() -> new NotFoundException("User"));
		if (!passwordEncoder.matches(new String(currentPassword), account.passwordHash())) {
			audit.record("user.password-changed", RECORD, account.id(), org.csphub.audit.AuditOutcome.FAILURE,
					"current password wrong");
			throw new InvalidInputException("currentPassword", "password.current.wrong",
					"The current password is not correct");
		}
		List<FieldProblem> problems = new ArrayList<>(PasswordPolicy.check("newPassword", newPassword, username));
		if (problems.isEmpty() && passwordEncoder.matches(new String(newPassword), account.passwordHash())) {
			problems.add(new FieldProblem("newPassword", "password.same", "The new password must be different from the current one"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		repository.setPassword(account.id(), passwordEncoder.encode(new String(newPassword)), false, clock.instant());
		Arrays.fill(currentPassword, ' ');
		Arrays.fill(newPassword, ' ');
		audit.record("user.password-changed", RECORD, account.id(), account.username());
		events.publishEvent(new OwnPasswordChanged(account.id(), account.username()));
	}

	private void checkDetails(String displayName, String email, OrganisationId organisationId, Set<Role> roles,
			List<FieldProblem> problems) {
		if (displayName == null || displayName.isBlank()) {
			problems.add(new FieldProblem("displayName", "user.displayName.required", "Enter the person's full name"));
		}
		else if (displayName.trim().length() > 200) {
			problems.add(new FieldProblem("displayName", "user.displayName.tooLong", "The name must be 200 characters or fewer"));
		}
		String cleanEmail = cleanEmail(email);
		if (cleanEmail != null && (cleanEmail.length() > 320 || !EMAIL.matcher(cleanEmail).matches())) {
			problems.add(new FieldProblem("email", "user.email.invalid",
					"Enter an email address in the correct format, like name@example.org"));
		}
		if (organisationId == null) {
			problems.add(new FieldProblem("organisationId", "user.organisation.required", "Select the person's organisation"));
		}
		else {
			try {
				organisations.get(organisationId);
			}
			catch (NotFoundException ex) {
				problems.add(new FieldProblem("organisationId", "user.organisation.unknown", "Select an organisation from the list"));
			}
		}
		if (roles == null || roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "user.roles.required", "Select at least one role"));
		}
	}

	private static String describeChange(UserAccount before, UserAccount after) {
		List<String> parts = new ArrayList<>();
		if (!before.displayName().equals(after.displayName())) {
			parts.add("name changed");
		}
		if (!java.util.Objects.equals(before.email(), after.email())) {
			parts.add("email changed");
		}
		if (!before.organisation().id().equals(after.organisation().id())) {
			parts.add("organisation: " + before.organisation().name() + " -> " + after.organisation().name());
		}
		if (!before.roles().equals(after.roles())) {
			parts.add("roles: " + sorted(before.roles()) + " -> " + sorted(after.roles()));
		}
		return parts.isEmpty() ? "no change" : String.join("; ", parts);
	}

	private static List<Role> sorted(Set<Role> roles) {
		return roles.stream().sorted().toList();
	}

	private static String cleanEmail(String email) {
		return email == null || email.isBlank() ? null : email.trim();
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
