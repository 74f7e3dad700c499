package org.csphub.assessment.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;

/**
 * Helpers the assessment templates call (as {@code T(org.csphub.assessment.web.Blocks)}): the kind of
 * a report block, a table cell as shown, and an HTML id for a form field.
 */
public final class Blocks {

	private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

	private Blocks() {
	}

	/** paragraph, note, key-figures, bullets, table or figure. */
	public static String kind(Block block) {
		if (block instanceof Block.Paragraph) {
			return "paragraph";
		}
		if (block instanceof Block.Note) {
			return "note";
		}
		if (block instanceof Block.KeyFigures) {
			return "key-figures";
		}
		if (block instanceof Block.BulletList) {
			return "bullets";
		}
		if (block instanceof DataTable) {
			return "table";
		}
		return "figure";
	}

	/** A cell as shown: "no data" for null, numbers by the column's kind (1,234; 12.3; 12.3%). */
	public static String cell(Object value, DataTable.Kind kind, String noData) {
		if (value == null) {
			return noData;
		}
		if (!(value instanceof Number number)) {
			return value.toString();
		}
		return switch (kind) {
			case COUNT -> new DecimalFormat("#,##0", UK).format(number.longValue());
			case DECIMAL -> new DecimalFormat("#,##0.0", UK).format(number.doubleValue());
			case PERCENT -> new DecimalFormat("#,##0.0", UK).format(number.doubleValue() * 100) + "%";
			case TEXT -> number.toString();
		};
	}

	public static boolean numeric(DataTable.Kind kind) {
		return kind != DataTable.Kind.TEXT;
	}

	/** An HTML id for a field name such as {@code criteria[0].label}: {@code criteria-0-label}. */
	public static String id(String field) {
		return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
	}

}
