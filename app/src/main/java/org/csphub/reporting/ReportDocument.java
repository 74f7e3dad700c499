package org.csphub.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report ready to render: a cover (title, subtitle, who it is for, date, status such as "Draft" or
 * "Approved, version 2"), an executive summary, numbered sections in order, appendices, and the data
 * licence attributions that every output must show.
 *
 * @param title the report's title, such as "Charnwood Community Safety Partnership: strategic assessment 2026"
 * @param subtitle the period it covers, such as "12 months to October 2026, compared with the 12 months before"
 * @param organisation who publishes it, such as the partnership's name
 * @param date the date on the cover
 * @param status the document's status on the cover, such as "Draft" or "Approved on 26 November 2026 (version 1)"
 * @param summary the executive summary (may be empty)
 * @param sections the main sections, in order
 * @param appendices the appendices (method, data quality), in order
 * @param attributions the data licence attributions, each one line of plain text
 */
public record ReportDocument(String title, String subtitle, String organisation, LocalDate date, String status,
		List<Block> summary, List<ReportSection> sections, List<ReportSection> appendices, List<String> attributions) {

	public ReportDocument {
		Objects.requireNonNull(title, "title");
		subtitle = subtitle == null ? "" : subtitle;
		organisation = organisation == null ? "" : organisation;
		Objects.requireNonNull(date, "date");
		status = status == null ? "" : status;
		summary = List.copyOf(summary);
		sections = List.copyOf(sections);
		appendices = List.copyOf(appendices);
		attributions = List.copyOf(attributions);
	}

	/** Every data table in the document, in reading order (summary, sections, appendices). */
	public List<DataTable> tables() {
		java.util.List<DataTable> tables = new java.util.ArrayList<>();
		summary.forEach(b -> Block.collectTables(b, tables));
		sections.forEach(s -> s.collectTables(tables));
		appendices.forEach(s -> s.collectTables(tables));
		return tables;
	}

}
