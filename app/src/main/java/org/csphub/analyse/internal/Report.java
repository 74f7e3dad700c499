package org.csphub.analyse.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an {@code analyse} command found: the settings it used (echoed, so that a result names its
 * conventions) and one or more named tables. CSV output holds one table (the first, or the one asked
 * for); JSON holds the settings and every table.
 */
public final class Report {

	private final String command;

	private final Map<String, Object> settings = new LinkedHashMap<>();

	private final Map<String, Table> tables = new LinkedHashMap<>();

	public Report(String command) {
		this.command = command;
	}

	public String command() {
		return command;
	}

	/** Records a setting (a string, number, boolean or null). */
	public Report setting(String name, Object value) {
		settings.put(name, value);
		return this;
	}

	public Report table(String name, Table table) {
		tables.put(name, table);
		return this;
	}

	public Map<String, Object> settings() {
		return settings;
	}

	public Map<String, Table> tables() {
		return tables;
	}

	public Set<String> tableNames() {
		return tables.keySet();
	}

}
