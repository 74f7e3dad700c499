package org.csphub.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A section of a report: a heading and its content, possibly with subsections (one level is enough
 * for a strategic assessment; renderers number them 1, 1.1, ...).
 *
 * @param id a stable identifier, lower case with hyphens (used for anchors, file names of CSVs)
 * @param title the heading
 * @param blocks the content in order
 * @param subsections subsections in order (may be empty)
 */
public record ReportSection(String id, String title, List<Block> blocks, List<ReportSection> subsections) {

	public ReportSection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		blocks = List.copyOf(blocks);
		subsections = List.copyOf(subsections);
	}

	public ReportSection(String id, String title, List<Block> blocks) {
		this(id, title, blocks, List.of());
	}

	void collectTables(List<DataTable> tables) {
		blocks.forEach(b -> Block.collectTables(b, tables));
		subsections.forEach(s -> s.collectTables(tables));
	}

}
