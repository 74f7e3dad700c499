package org.csphub.assessment.internal;

import java.util.List;

import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * A plain HTML page of a computed assessment, for a developer to read the text and look at the charts
 * (the product's renderers are in the reporting module). Test code only.
 */
final class AssessmentPreview {

	private AssessmentPreview() {
	}

	static String html(ComputedAssessment assessment, String title) {
		StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>")
			.append(Svg.escape(title)).append("</title><style>body{font-family:arial,sans-serif;max-width:60em;margin:auto}"
					+ "svg{max-width:100%;height:auto}table{border-collapse:collapse;font-size:80%}"
					+ "td,th{border:1px solid #ccc;padding:2px 4px}.note{border-left:6px solid #b1b4b6;padding-left:1em}"
					+ "</style><h1>").append(Svg.escape(title)).append("</h1><h2>Summary</h2>");
		blocks(h, assessment.summary());
		h.append("<h2>Candidate issues</h2><ul>");
		assessment.candidates().forEach(c -> h.append("<li><b>").append(Svg.escape(c.title())).append("</b> (")
			.append(Svg.escape(c.key())).append("): ").append(Svg.escape(c.reason())).append("</li>"));
		h.append("</ul>");
		assessment.sections().forEach(s -> section(h, s, 2));
		assessment.appendices().forEach(s -> section(h, s, 2));
		return h.append("</html>").toString();
	}

	private static void section(StringBuilder h, ReportSection section, int level) {
		h.append("<h").append(level).append(" id=\"").append(section.id()).append("\">").append(Svg.escape(section.title()))
			.append(" <small>[").append(section.id()).append("]</small></h").append(level).append('>');
		blocks(h, section.blocks());
		section.subsections().forEach(s -> section(h, s, level + 1));
	}

	private static void blocks(StringBuilder h, List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph p) {
				h.append("<p>").append(Svg.escape(p.text())).append("</p>");
			}
			else if (block instanceof Block.Note n) {
				h.append("<p class=\"note\">").append(Svg.escape(n.text())).append("</p>");
			}
			else if (block instanceof Block.KeyFigures k) {
				h.append("<dl>");
				k.figures().forEach(f -> h.append("<dt>").append(Svg.escape(f.label())).append("</dt><dd><b>")
					.append(Svg.escape(f.value())).append("</b> ").append(Svg.escape(f.detail())).append("</dd>"));
				h.append("</dl>");
			}
			else if (block instanceof Block.BulletList b) {
				h.append("<ul>");
				b.items().forEach(i -> h.append("<li>").append(Svg.escape(i)).append("</li>"));
				h.append("</ul>");
			}
			else if (block instanceof Block.Figure f) {
				h.append("<figure>").append(f.svg()).append("<figcaption>").append(Svg.escape(f.caption()))
					.append(" (table ").append(f.tableId()).append(")</figcaption></figure>");
			}
			else if (block instanceof DataTable t) {
				h.append("<table id=\"").append(t.id()).append("\"><caption>").append(Svg.escape(t.caption()))
					.append(" [").append(t.id()).append("]</caption><tr>");
				t.columns().forEach(c -> h.append("<th>").append(Svg.escape(c.heading())).append("</th>"));
				h.append("</tr>");
				for (List<Object> row : t.rows().subList(0, Math.min(40, t.rows().size()))) {
					h.append("<tr>");
					for (int i = 0; i < row.size(); i++) {
						h.append("<td>").append(cell(row.get(i), t.columns().get(i).kind())).append("</td>");
					}
					h.append("</tr>");
				}
				if (t.rows().size() > 40) {
					h.append("<tr><td colspan=\"").append(t.columns().size()).append("\">… ").append(t.rows().size() - 40)
						.append(" more rows</td></tr>");
				}
				h.append("</table>");
			}
		}
	}

	private static String cell(Object value, DataTable.Kind kind) {
		if (value == null) {
			return "<i>no data</i>";
		}
		return switch (kind) {
			case COUNT -> String.format(java.util.Locale.UK, "%,d", ((Number) value).longValue());
			case DECIMAL -> String.format(java.util.Locale.UK, "%,.2f", ((Number) value).doubleValue());
			case PERCENT -> String.format(java.util.Locale.UK, "%.1f%%", ((Number) value).doubleValue() * 100);
			case TEXT -> Svg.escape(value.toString());
		};
	}

}
