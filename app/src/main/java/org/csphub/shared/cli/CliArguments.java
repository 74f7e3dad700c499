package org.csphub.shared.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and positional arguments given to one command: {@code --name value},
 * {@code --name=value} and bare {@code --flag}s. Options may repeat; {@link #all(String)} returns
 * every value.
 */
public final class CliArguments {

	private final Map<String, List<String>> options;

	private final List<String> positional;

	private CliArguments(Map<String, List<String>> options, List<String> positional) {
		this.options = options;
		this.positional = positional;
	}

	/**
	 * Parses the words after the command name.
	 * @throws CliUsageException when an option is unknown or lacks its value
	 */
	public static CliArguments parse(List<String> words, Set<String> allowed, Set<String> flags) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) {
				positional.add(word);
				continue;
			}
			String name = word.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flags.contains(name)) {
				if (value != null) {
					throw new CliUsageException("--" + name + " takes no value");
				}
				value = "true";
			}
			else if (!allowed.contains(name)) {
				throw new CliUsageException("unknown option --" + name);
			}
			else if (value == null) {
				if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
					throw new CliUsageException("--" + name + " needs a value");
				}
				value = words.get(++i);
			}
			options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		return new CliArguments(options, List.copyOf(positional));
	}

	public Optional<String> value(String name) {
		List<String> values = options.get(name);
		return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	/** The value of an option the command cannot do without. */
	public String required(String name) {
		return value(name).filter(v -> !v.isBlank())
			.orElseThrow(() -> new CliUsageException("--" + name + " is required"));
	}

	public List<String> all(String name) {
		return Collections.unmodifiableList(options.getOrDefault(name, List.of()));
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public List<String> positional() {
		return positional;
	}

}
