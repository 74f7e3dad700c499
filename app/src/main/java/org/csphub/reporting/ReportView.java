package org.csphub.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.csphub.reporting.Block.Figure;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;

/**
 * A {@link ReportDocument} ready for a template: numbers for sections (1, 1.1, appendix A, A.1),
 * tables (Table 1, 2, ...) and figures (Figure 1, 2, ...) in reading order, anchors, the contents
 * list, each cell as text, and each figure's SVG with its text alternative attached. The HTML fragment
 * {@code reporting/report :: report(document)} and the PDF template make one with {@link #of}.
 *
 * <p>{@link #of} checks the document: section and table ids unique, every figure's table present,
 * and every figure's SVG a single {@code <svg>} element without scripts, event handlers or foreign
 * content (the SVG is written into the page unescaped).
 */
public final class ReportView {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final Pattern UNSAFE_SVG = Pattern.compile(
			"<\\s*(script|foreignObject|iframe|object|embed|image|a\\b)|\\son[a-z]+\\s*=|javascript:|<!ENTITY|<!DOCTYPE",
			Pattern.CASE_INSENSITIVE);

	/** An entry of the contents: a link to an anchor, and the entries below it. */
	public record Entry(String anchor, String label, List<Entry> children) {
	}

	private final ReportDocument document;

	private final Map<ReportSection, String> numbers = new IdentityHashMap<>();

	private final Map<ReportSection, Integer> levels = new IdentityHashMap<>();

	private final Map<DataTable, Integer> tableNumbers = new IdentityHashMap<>();

	private final Map<DataTable, String> tableSections = new IdentityHashMap<>();

	private final Map<Figure, Integer> figureNumbers = new IdentityHashMap<>();

	private final Map<String, DataTable> tablesById = new HashMap<>();

	private final List<Entry> contents = new ArrayList<>();

	private ReportView(ReportDocument document) {
		this.document = document;
		Set<String> sectionIds = new HashSet<>();
		if (!document.summary().isEmpty()) {
			contents.add(new Entry("summary", "Summary", List.of()));
			number(document.summary(), "Summary");
		}
		for (int i = 0; i < document.sections().size(); i++) {
			contents.add(walk(document.sections().get(i), Integer.toString(i + 1), 2, false, sectionIds));
		}
		for (int i = 0; i < document.appendices().size(); i++) {
			contents.add(walk(document.appendices().get(i), appendixLetter(i), 2, true, sectionIds));
		}
		if (!document.attributions().isEmpty()) {
			contents.add(new Entry("data-sources-and-licences", "Data sources and licences", List.of()));
		}
		for (Figure figure : figureNumbers.keySet()) {
			if (figure.tableId() != null && !tablesById.containsKey(figure.tableId())) {
				throw new IllegalArgumentException("Figure " + figure.id() + " refers to table " + figure.tableId()
						+ ", which is not in the document");
			}
		}
	}

	public static ReportView of(ReportDocument document) {
		return new ReportView(document);
	}

	public ReportDocument document() {
		return document;
	}

	private Entry walk(ReportSection section, String number, int level, boolean appendix, Set<String> ids) {
		if (!ids.add(section.id()) || "summary".equals(section.id()) || "data-sources-and-licences".equals(section.id())) {
			throw new IllegalArgumentException("Two sections have the id " + section.id());
		}
		numbers.put(section, number);
		levels.put(section, level);
		number(section.blocks(), heading(section, number, appendix));
		List<Entry> children = new ArrayList<>();
		for (int i = 0; i < section.subsections().size(); i++) {
			children.add(walk(section.subsections().get(i), number + "." + (i + 1), level + 1, appendix, ids));
		}
		return new Entry(section.id(), heading(section, number, appendix), List.copyOf(children));
	}

	private void number(List<Block> blocks, String sectionHeading) {
		for (Block block : blocks) {
			if (block instanceof DataTable table) {
				if (tablesById.putIfAbsent(table.id(), table) != null) {
					throw new IllegalArgumentException("Two tables have the id " + table.id());
				}
				tableNumbers.put(table, tableNumbers.size() + 1);
				tableSections.put(table, sectionHeading);
			}
			else if (block instanceof Figure figure) {
				checkSvg(figure);
				figureNumbers.put(figure, figureNumbers.size() + 1);
			}
		}
	}

	private static String heading(ReportSection section, String number, boolean appendix) {
		if (appendix && !number.contains(".")) {
			return "Appendix " + number + ": " + section.title();
		}
		return number + (number.contains(".") ? " " : ". ") + section.title();
	}

	private static String appendixLetter(int index) {
		return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (index + 1);
	}

	private static void checkSvg(Figure figure) {
		String svg = figure.svg().strip();
		if (!svg.startsWith("<svg") || !svg.endsWith("</svg>") || UNSAFE_SVG.matcher(svg).find()) {
			throw new IllegalArgumentException("Figure " + figure.id()
					+ " must be one <svg> element without scripts, event handlers, links, images or foreign content");
		}
	}

	// Headings and numbers.

	/** "1", "1.2", "A", "A.1". */
	public String number(ReportSection section) {
		return numbers.get(section);
	}

	/** The heading as shown: "1. Crime overall", "1.2 Burglary", "Appendix A: Method", "A.1 Sources". */
	public String heading(ReportSection section) {
		String number = numbers.get(section);
		boolean appendix = !Character.isDigit(number.charAt(0));
		return heading(section, number, appendix);
	}

	/** 2 for a section or appendix, 3 for its subsections, and so on. */
	public int level(ReportSection section) {
		return levels.get(section);
	}

	/** The contents: summary, sections with their subsections, appendices, data sources. */
	public List<Entry> contents() {
		return contents;
	}

	public String date() {
		return DATE.format(document.date());
	}

	// Tables.

	public List<DataTable> tables() {
		return document.tables();
	}

	/** "Table 3". */
	public String tableLabel(DataTable table) {
		return "Table " + tableNumbers.get(table);
	}

	/** The heading of the section (or "Summary") a table is in. */
	public String tableSection(DataTable table) {
		return tableSections.get(table);
	}

	public String tableAnchor(DataTable table) {
		return tableAnchor(table.id());
	}

	public String tableAnchor(String tableId) {
		return "table-" + tableId;
	}

	/** The table with this id, or null. */
	public DataTable table(String id) {
		return id == null ? null : tablesById.get(id);
	}

	/** Whether the first column holds the row headings: when it is text. */
	public boolean rowHeaders(DataTable table) {
		return !table.columns().isEmpty() && table.columns().get(0).kind() == Kind.TEXT;
	}

	public boolean numeric(Column column) {
		return column.kind() != Kind.TEXT;
	}

	/**
	 * A cell as text: counts as 1,234, decimals as 12.3, fractions as 12.3%, text as it is, and null as
	 * "no data" (never 0).
	 */
	public String cell(Column column, Object value) {
		return format(column.kind(), value);
	}

	public static final String NO_DATA = "no data";

	public static String format(Kind kind, Object value) {
		if (value == null) {
			return NO_DATA;
		}
		if (!(value instanceof Number number)) {
			return value.toString();
		}
		double v = number.doubleValue();
		return switch (kind) {
			case TEXT -> value instanceof Double ? String.format(Locale.UK, "%,.1f", v) : String.format(Locale.UK, "%,d",
					number.longValue());
			case COUNT -> String.format(Locale.UK, "%,d", Math.round(v));
			case DECIMAL -> String.format(Locale.UK, "%,.1f", v);
			case PERCENT -> String.format(Locale.UK, "%,.1f%%", v * 100);
		};
	}

	// Blocks and figures.

	/** The kind of a block, for a template's switch: paragraph, note, key-figures, bullets, table, figure. */
	public String kind(Block block) {
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

	/** "Figure 2". */
	public String figureLabel(Figure figure) {
		return "Figure " + figureNumbers.get(figure);
	}

	public String figureAnchor(Figure figure) {
		return "figure-" + figure.id();
	}

	/** The figure's SVG for a web page: an image named by the figure's text alternative. */
	public String htmlSvg(Figure figure) {
		return SvgRoot.withAttributes(figure.svg(), Map.of("role", "img", "aria-label", figure.altText()),
				Set.of("aria-labelledby", "aria-describedby", "alt", "width", "height"));
	}

	/**
	 * The figure's SVG for the PDF: the text alternative as {@code alt}, which the PDF's Figure tag
	 * takes as its alternate description.
	 */
	public String pdfSvg(Figure figure) {
		return SvgRoot.withAttributes(figure.svg(), Map.of("alt", figure.altText()),
				Set.of("aria-labelledby", "aria-describedby", "aria-label", "role", "width", "height"));
	}

}
