package org.csphub.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for {@code csphub.security.lockout-duration} after
 * {@code csphub.security.max-failed-sign-ins} consecutive failures within that period. It counts
 * the username typed, whether or not such a user exists, so that the lock tells an attacker
 * nothing about which accounts exist.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${csphub.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${csphub.security.lockout-duration:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	/** When the username's lock ends, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from sign_in_throttle where username = ?")
			.param(key(username))
			.query((rs, n) -> rs.getTimestamp("locked_until"))
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now));
	}

	/** Counts a failure; returns true when this failure locked the username. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean registerFailure(String username) {
		String key = key(username);
		Instant now = clock.instant();
		Optional<Integer> previous = jdbc
			.sql("select failed_attempts from sign_in_throttle where username = ? and last_failure_at > ?")
			.params(key, Timestamp.from(now.minus(lockout)))
			.query(Integer.class)
			.optional();
		int failures = previous.orElse(0) + 1;
		boolean lock = failures >= maxFailures;
		Timestamp lockedUntil = lock ? Timestamp.from(now.plus(lockout)) : null;
		int stored = lock ? 0 : failures;
		int rows = jdbc
			.sql("update sign_in_throttle set failed_attempts = ?, locked_until = ?, last_failure_at = ? where username = ?")
			.params(stored, lockedUntil, Timestamp.from(now), key)
			.update();
		if (rows == 0) {
			try {
				jdbc.sql("insert into sign_in_throttle (username, failed_attempts, locked_until, last_failure_at) values (?, ?, ?, ?)")
					.params(key, stored, lockedUntil, Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException raced) {
				return registerFailure(username);
			}
		}
		return lock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void registerSuccess(String username) {
		jdbc.sql("delete from sign_in_throttle where username = ?").param(key(username)).update();
	}

	private static String key(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return key.length() > 60 ? key.substring(0, 60) : key;
	}

}
