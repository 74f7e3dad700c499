package org.csphub.analyse.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table: named columns and rows of values, each a {@link String}, a {@link Number} (a
 * {@code Double} may be NaN or infinite), a {@link Boolean} or null (no value).
 */
public final class Table {

	private final List<String> columns;

	private final List<Object[]> rows = new ArrayList<>();

	public Table(List<String> columns) {
		this.columns = List.copyOf(columns);
	}

	public Table(String... columns) {
		this(List.of(columns));
	}

	/** Adds a row with one value per column. */
	public Table add(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
		}
		rows.add(values.clone());
		return this;
	}

	/** Adds a row with one value per column. */
	public Table add(List<Object> values) {
		return add(values.toArray());
	}

	public List<String> columns() {
		return columns;
	}

	public List<Object[]> rows() {
		return rows;
	}

	public int size() {
		return rows.size();
	}

}
