package org.csphub.explore.internal;

import java.util.List;
import java.util.Locale;

import org.csphub.explore.internal.AreaProfile.CategoryRow;

/**
 * A horizontal bar chart of incidents by crime type, most first, as SVG made on the server. An image
 * to assistive technology, named by its title and described by a summary of the largest types; the
 * page shows every figure in a table too.
 */
public final class CrimeTypeChart {

	private static final int LABELS = 236;

	private static final int BARS = 380;

	private static final int ROW = 26;

	private static final int TOP = 8;

	private CrimeTypeChart() {
	}

	public static String svg(String id, String title, List<CategoryRow> rows) {
		int width = LABELS + BARS + 70;
		int height = TOP + ROW * Math.max(1, rows.size()) + 8;
		long max = Math.max(1, rows.stream().mapToLong(CategoryRow::count).max().orElse(0));
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"csp-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
			.append(id).append("-desc\" ").append(Svg.FONT).append(" font-size=\"13\">");
		s.append("<title id=\"").append(id).append("-title\">").append(Svg.escape(title)).append("</title>");
		s.append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(describe(rows))).append("</desc>");
		for (int i = 0; i < rows.size(); i++) {
			CategoryRow row = rows.get(i);
			double y = TOP + ROW * i;
			double w = BARS * (double) row.count() / max;
			s.append("<text x=\"").append(LABELS - 8).append("\" y=\"").append(Svg.n(y + 17))
				.append("\" text-anchor=\"end\" fill=\"").append(Svg.TEXT).append("\">").append(Svg.escape(row.name()))
				.append("</text>");
			s.append("<rect class=\"csp-chart__bar\" x=\"").append(LABELS).append("\" y=\"").append(Svg.n(y + 4))
				.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
				.append(Svg.BAR).append("\"/>");
			s.append("<text x=\"").append(Svg.n(LABELS + w + 6)).append("\" y=\"").append(Svg.n(y + 17))
				.append("\" fill=\"").append(Svg.TEXT).append("\">").append(Svg.count(row.count())).append("</text>");
		}
		s.append("<line x1=\"").append(LABELS).append("\" x2=\"").append(LABELS).append("\" y1=\"").append(TOP)
			.append("\" y2=\"").append(height - 8).append("\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"1\"/>");
		s.append("</svg>");
		return s.toString();
	}

	/** The text alternative: how many types, and the largest three with their shares. */
	static String describe(List<CategoryRow> rows) {
		if (rows.isEmpty()) {
			return "No incidents in the period.";
		}
		StringBuilder d = new StringBuilder("Bar chart of incidents by crime type, ").append(rows.size())
			.append(rows.size() == 1 ? " type" : " types").append(", most first. ");
		List<CategoryRow> top = rows.subList(0, Math.min(3, rows.size()));
		for (int i = 0; i < top.size(); i++) {
			CategoryRow row = top.get(i);
			d.append(i == 0 ? "Largest: " : "; ").append(row.name()).append(' ').append(Svg.count(row.count()));
			if (row.sharePercent() != null) {
				d.append(" (").append(String.format(Locale.ROOT, "%.0f", row.sharePercent())).append("%)");
			}
		}
		return d.append('.').toString();
	}

}
