package org.csphub.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures: a caption, typed columns and rows. Cells hold {@code String}, {@code Long},
 * {@code Integer}, {@code Double} or {@code null} (shown as "no data", never as zero). Renderers
 * format numbers by the column's kind; the spreadsheet keeps numbers as numbers.
 *
 * @param id stable identifier, lower case with hyphens (the CSV file and the sheet are named by it)
 * @param caption what the table shows
 * @param columns the columns
 * @param rows the rows, each with exactly one cell per column
 */
public record DataTable(String id, String caption, List<Column> columns, List<List<Object>> rows) implements Block {

	public DataTable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(caption, "caption");
		columns = List.copyOf(columns);
		rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
		for (List<Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("Table " + id + " has " + columns.size() + " columns but a row of "
						+ row.size() + " cells");
			}
		}
	}

	/** How a column's values are shown. */
	public enum Kind {

		/** Text, left-aligned. */
		TEXT,
		/** A whole number, such as a count: 1,234. */
		COUNT,
		/** A decimal number with one decimal place, such as a rate per 1,000: 12.3. */
		DECIMAL,
		/** A fraction shown as a percentage with one decimal place: 0.123 as 12.3%. */
		PERCENT

	}

	public record Column(String heading, Kind kind) {
		public Column {
			Objects.requireNonNull(heading, "heading");
			Objects.requireNonNull(kind, "kind");
		}
	}

}
