package org.csphub.reporting;

import java.util.List;
import java.util.Objects;

/** A piece of a report section. Every renderer handles every kind. */
public sealed interface Block permits Block.Paragraph, Block.Note, Block.KeyFigures, Block.BulletList, DataTable,
		Block.Figure {

	/** Plain text (no markup); renderers escape it. Blank lines are not meaningful: one paragraph. */
	record Paragraph(String text) implements Block {
		public Paragraph {
			Objects.requireNonNull(text, "text");
		}
	}

	/**
	 * A caveat or warning the reader must not miss, such as "police.uk locations are approximate" or
	 * "No partner data is loaded for this period": shown as GOV.UK inset text / warning text.
	 */
	record Note(String text) implements Block {
		public Note {
			Objects.requireNonNull(text, "text");
		}
	}

	/** Headline numbers, such as total crime and its change: label, value as shown, and a detail line. */
	record KeyFigures(List<KeyFigure> figures) implements Block {
		public KeyFigures {
			figures = List.copyOf(figures);
		}
	}

	record KeyFigure(String label, String value, String detail) {
		public KeyFigure {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(value, "value");
			detail = detail == null ? "" : detail;
		}
	}

	record BulletList(List<String> items) implements Block {
		public BulletList {
			items = List.copyOf(items);
		}
	}

	/**
	 * A chart or map as server-rendered SVG (vector in HTML and PDF), with its caption, a text
	 * alternative that states what it shows, and the id of the data table that holds its figures.
	 *
	 * @param id stable identifier
	 * @param caption the figure's caption
	 * @param altText the text alternative (what the figure shows, in words)
	 * @param svg the SVG markup, a complete {@code <svg>} element with a viewBox
	 * @param tableId the id of the {@link DataTable} with the same figures (must exist in the document)
	 */
	record Figure(String id, String caption, String altText, String svg, String tableId) implements Block {
		public Figure {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(caption, "caption");
			Objects.requireNonNull(altText, "altText");
			Objects.requireNonNull(svg, "svg");
		}
	}

	static void collectTables(Block block, List<DataTable> tables) {
		if (block instanceof DataTable table) {
			tables.add(table);
		}
	}

}
