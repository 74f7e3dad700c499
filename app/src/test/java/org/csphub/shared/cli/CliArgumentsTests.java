package org.csphub.shared.cli;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CliArgumentsTests {

	private static final Set<String> OPTIONS = Set.of("name", "role");

	@Test
	void readsSpacedAndEqualsFormsAndRepeatedOptions() {
		CliArguments args = CliArguments.parse(List.of("--name", "Jo Smith", "--role=analyst", "--role", "coordinator",
				"file.csv"), OPTIONS, Set.of("dry-run"));
		assertThat(args.required("name")).isEqualTo("Jo Smith");
		assertThat(args.all("role")).containsExactly("analyst", "coordinator");
		assertThat(args.positional()).containsExactly("file.csv");
		assertThat(args.flag("dry-run")).isFalse();
	}

	@Test
	void flagsTakeNoValue() {
		assertThat(CliArguments.parse(List.of("--dry-run"), OPTIONS, Set.of("dry-run")).flag("dry-run")).isTrue();
		assertThatThrownBy(() -> CliArguments.parse(List.of("--dry-run=yes"), OPTIONS, Set.of("dry-run")))
			.isInstanceOf(CliUsageException.class)
			.hasMessage("--dry-run takes no value");
	}

	@Test
	void unknownOptionsAndMissingValuesAreUsageErrors() {
		assertThatThrownBy(() -> CliArguments.parse(List.of("--password", "secret"), OPTIONS, Set.of()))
			.isInstanceOf(CliUsageException.class)
			.hasMessage("unknown option --password");
		assertThatThrownBy(() -> CliArguments.parse(List.of("--name"), OPTIONS, Set.of()))
			.hasMessage("--name needs a value");
		assertThatThrownBy(() -> CliArguments.parse(List.of("--name", "--role", "x"), OPTIONS, Set.of()))
			.hasMessage("--name needs a value");
	}

	@Test
	void aRequiredOptionMustBeGivenAndNotBlank() {
		CliArguments args = CliArguments.parse(List.of("--name", " "), OPTIONS, Set.of());
		assertThatThrownBy(() -> args.required("name")).hasMessage("--name is required");
		assertThatThrownBy(() -> args.required("role")).hasMessage("--role is required");
	}

}
