package org.csphub.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csphub.shared.FieldProblem;

/**
 * What makes an acceptable password, following NCSC guidance: long rather than complex, at least
 * 12 characters, at most 128, not built from the username, and not one of the passwords most
 * often guessed.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12",
			"passwordpassword", "letmein12345", "welcome12345", "iloveyou1234", "password123!", "changeme1234",
			"administrator", "qwertyuiopas", "111111111111", "abc123456789", "password12345");

	private PasswordPolicy() {
	}

	/** The problems with a proposed password for the given username; empty when it is acceptable. */
	public static List<FieldProblem> check(String field, char[] password, String username) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password == null || password.length == 0) {
			problems.add(new FieldProblem(field, "password.required", "Enter a password"));
			return problems;
		}
		String text = new String(password);
		if (text.length() < MIN_LENGTH) {
			problems.add(new FieldProblem(field, "password.tooShort",
					"The password must be at least " + MIN_LENGTH + " characters long"));
		}
		else if (text.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, "password.tooLong",
					"The password must be " + MAX_LENGTH + " characters or fewer"));
		}
		else if (username != null && !username.isBlank()
				&& text.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem(field, "password.containsUsername",
					"The password must not contain the username"));
		}
		else if (COMMON.contains(text.toLowerCase(Locale.ROOT)) || text.chars().distinct().count() < 4) {
			problems.add(new FieldProblem(field, "password.tooCommon",
					"The password is too easy to guess: use three or more random words"));
		}
		return problems;
	}

}
