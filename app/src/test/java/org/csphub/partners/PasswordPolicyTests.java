package org.csphub.partners;

import org.csphub.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void threeRandomWordsAreFine() {
		assertThat(PasswordPolicy.check("password", "violet-kettle-harbour".toCharArray(), "jsmith")).isEmpty();
	}

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThat(codes("abcdefghijk", "u")).containsExactly("password.tooShort");
		assertThat(codes("abcdefghijkl", "u")).isEmpty();
	}

	@Test
	void moreThan128CharactersAreRefused() {
		assertThat(codes("abcd".repeat(32), "u")).isEmpty();
		assertThat(codes("abcd".repeat(32) + "e", "u")).containsExactly("password.tooLong");
	}

	@Test
	void thePasswordMustNotContainTheUsernameInAnyCase() {
		assertThat(codes("my-JSMITH-password", "jsmith")).containsExactly("password.containsUsername");
	}

	@Test
	void commonAndRepetitivePasswordsAreRefused() {
		assertThat(codes("Password1234", "u")).containsExactly("password.tooCommon");
		assertThat(codes("aaaaaaaaaaaaaaaa", "u")).containsExactly("password.tooCommon");
		assertThat(codes("abababababababab", "u")).containsExactly("password.tooCommon");
	}

	@Test
	void anEmptyPasswordIsRequired() {
		assertThat(codes("", "u")).containsExactly("password.required");
		assertThat(PasswordPolicy.check("password", null, "u")).extracting(FieldProblem::code)
			.containsExactly("password.required");
	}

	private static java.util.List<String> codes(String password, String username) {
		return PasswordPolicy.check("password", password.toCharArray(), username).stream().map(FieldProblem::code).toList();
	}

}
