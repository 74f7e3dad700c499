package org.csphub.analyse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.csphub.analyse.internal.Numbers;
import org.csphub.shared.cli.CliArguments;
import org.csphub.shared.cli.CliUsageException;

/** Reads and checks option values; every mistake is a {@link CliUsageException} naming the option. */
final class Flags {

	private Flags() {
	}

	static void noPositional(CliArguments arguments) {
		if (!arguments.positional().isEmpty()) {
			throw new CliUsageException("unexpected argument '" + arguments.positional().get(0)
					+ "': every input is named by an option, such as --points FILE");
		}
	}

	static double number(CliArguments arguments, String name, double fallback) {
		return arguments.value(name).map(text -> number(name, text)).orElse(fallback);
	}

	static double number(String name, String text) {
		double value = Numbers.parse(text.trim());
		if (!Double.isFinite(value)) {
			throw new CliUsageException("--" + name + " " + text + " is not a number");
		}
		return value;
	}

	/** A positive number; NaN when the option is absent and there is no default. */
	static double positive(CliArguments arguments, String name, double fallback) {
		double value = number(arguments, name, fallback);
		if (!Double.isNaN(value) && !(value > 0)) {
			throw new CliUsageException("--" + name + " must be more than 0, not " + arguments.value(name).orElse(""));
		}
		return value;
	}

	static double requiredPositive(CliArguments arguments, String name) {
		arguments.required(name);
		return positive(arguments, name, Double.NaN);
	}

	static int wholeNumber(CliArguments arguments, String name, int fallback, int min, int max) {
		String text = arguments.value(name).orElse(null);
		if (text == null) {
			return fallback;
		}
		int value;
		try {
			value = Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("--" + name + " " + text + " is not a whole number");
		}
		if (value < min || value > max) {
			throw new CliUsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
		}
		return value;
	}

	static long seed(CliArguments arguments, long fallback) {
		String text = arguments.value("seed").orElse(null);
		if (text == null) {
			return fallback;
		}
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("--seed " + text + " is not a whole number");
		}
	}

	/** A comma-separated list of numbers, strictly increasing and not negative. */
	static double[] increasing(CliArguments arguments, String name) {
		String text = arguments.required(name);
		String[] parts = text.split(",");
		double[] values = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = number(name, parts[i]);
			if (values[i] < 0 || i > 0 && !(values[i] > values[i - 1])) {
				throw new CliUsageException("--" + name + " must list numbers of 0 or more in increasing order, not " + text);
			}
		}
		return values;
	}

	/** One of the allowed words (case ignored), or the default. */
	static String choice(CliArguments arguments, String name, String fallback, String... allowed) {
		String value = arguments.value(name).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse(fallback);
		if (value != null && !Arrays.asList(allowed).contains(value)) {
			throw new CliUsageException("--" + name + " " + arguments.value(name).orElse("") + " is not one of "
					+ String.join(", ", allowed));
		}
		return value;
	}

	static YearMonth month(CliArguments arguments, String name) {
		String text = arguments.required(name).trim();
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CliUsageException("--" + name + " " + text + " is not a month (yyyy-MM, such as 2021-05)");
		}
	}

	/** A file that must exist. */
	static Path file(CliArguments arguments, String name) {
		return file(name, arguments.required(name));
	}

	static Path file(String name, String text) {
		Path path = Path.of(text);
		if (!Files.isReadable(path)) {
			throw new CliUsageException("--" + name + " " + text + ": cannot read the file");
		}
		return path;
	}

	/** Every value of a repeatable file option. */
	static List<Path> files(CliArguments arguments, String name) {
		List<Path> paths = new ArrayList<>();
		for (String text : arguments.all(name)) {
			paths.add(file(name, text));
		}
		return paths;
	}

	/** Refuses options that make no sense together with what was chosen. */
	static void notWith(CliArguments arguments, String why, String... names) {
		for (String name : names) {
			if (arguments.value(name).isPresent() || arguments.flag(name)) {
				throw new CliUsageException("--" + name + " cannot be used " + why);
			}
		}
	}

}
