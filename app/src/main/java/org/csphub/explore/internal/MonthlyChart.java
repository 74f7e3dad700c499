package org.csphub.explore.internal;

import java.util.Comparator;
import java.util.List;

import org.csphub.explore.internal.AreaProfile.MonthRow;

/**
 * A bar chart of incidents each month, as SVG made on the server (so it prints and goes into reports).
 * A month that is not loaded gets a hatched, outlined column labelled "No data" instead of a bar, so
 * it can never be read as zero; a loaded month with no incidents gets a "0" on the axis.
 *
 * <p>The chart is an image to assistive technology ({@code role="img"}) named by its title and
 * described by a summary: the highest and lowest months and the months with no data. The page shows
 * the same figures as a table.
 */
public final class MonthlyChart {

	private static final int HEIGHT = 300;

	private static final int TOP = 40;

	private static final int BOTTOM = 240;

	private static final int LEFT = 56;

	private static final int TICKS = 5;

	private MonthlyChart() {
	}

	public static String svg(String id, String title, List<MonthRow> rows) {
		int slot = Math.max(22, Math.min(56, 660 / Math.max(1, rows.size())));
		int width = LEFT + slot * rows.size() + 16;
		long max = Svg.niceMax(rows.stream().filter(MonthRow::loaded).mapToLong(MonthRow::count).max().orElse(0), TICKS);
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"csp-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ")
			.append(id).append("-desc\" ").append(Svg.FONT).append(" font-size=\"12\">");
		s.append("<title id=\"").append(id).append("-title\">").append(Svg.escape(title)).append("</title>");
		s.append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(describe(rows))).append("</desc>");
		s.append("<defs><pattern id=\"").append(id)
			.append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
			.append("<rect width=\"6\" height=\"6\" fill=\"#f3f2f1\"/>")
			.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"2\"/></pattern></defs>");
		legend(s, id);
		for (int i = 0; i <= TICKS; i++) {
			long value = max * i / TICKS;
			double y = BOTTOM - (BOTTOM - TOP) * (double) i / TICKS;
			s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(Svg.n(y))
				.append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"").append(Svg.BORDER).append("\" stroke-width=\"1\"/>");
			s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(y + 4)).append("\" text-anchor=\"end\" fill=\"")
				.append(Svg.SECONDARY).append("\">").append(Svg.count(value)).append("</text>");
		}
		for (int i = 0; i < rows.size(); i++) {
			MonthRow row = rows.get(i);
			double x = LEFT + slot * i + slot * 0.15;
			double w = slot * 0.7;
			double centre = LEFT + slot * i + slot / 2.0;
			if (!row.loaded()) {
				s.append("<rect class=\"csp-chart__missing\" x=\"").append(Svg.n(x)).append("\" y=\"").append(TOP)
					.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(BOTTOM - TOP).append("\" fill=\"url(#")
					.append(id).append("-hatch)\" stroke=\"#505a5f\" stroke-dasharray=\"4 2\"/>");
				s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append((TOP + BOTTOM) / 2)
					.append("\" text-anchor=\"middle\" fill=\"").append(Svg.TEXT).append("\" font-weight=\"bold\" transform=\"rotate(-90 ")
					.append(Svg.n(centre)).append(' ').append((TOP + BOTTOM) / 2).append(")\" dy=\"4\">No data</text>");
			}
			else {
				double h = (BOTTOM - TOP) * (double) row.count() / max;
				s.append("<rect class=\"csp-chart__bar\" x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(BOTTOM - h))
					.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(Svg.n(h)).append("\" fill=\"")
					.append(Svg.BAR).append("\"/>");
				if (slot >= 34) {
					s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append(Svg.n(BOTTOM - h - 4))
						.append("\" text-anchor=\"middle\" fill=\"").append(Svg.TEXT).append("\" font-size=\"11\">")
						.append(Svg.count(row.count())).append("</text>");
				}
			}
			s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append(BOTTOM + 16)
				.append("\" text-anchor=\"middle\" fill=\"").append(Svg.TEXT).append("\">")
				.append(Months.shortLabel(row.month())).append("</text>");
			if (i == 0 || row.month().getMonthValue() == 1) {
				s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append(BOTTOM + 32)
					.append("\" text-anchor=\"middle\" fill=\"").append(Svg.SECONDARY).append("\">").append(row.month().getYear())
					.append("</text>");
			}
		}
		s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(BOTTOM)
			.append("\" y2=\"").append(BOTTOM).append("\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"1\"/>");
		s.append("</svg>");
		return s.toString();
	}

	private static void legend(StringBuilder s, String id) {
		s.append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(Svg.BAR).append("\"/>");
		s.append("<text x=\"").append(LEFT + 20).append("\" y=\"19\" fill=\"").append(Svg.TEXT).append("\">Incidents</text>");
		s.append("<rect x=\"").append(LEFT + 110).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"url(#").append(id)
			.append("-hatch)\" stroke=\"#505a5f\"/>");
		s.append("<text x=\"").append(LEFT + 130).append("\" y=\"19\" fill=\"").append(Svg.TEXT)
			.append("\">No data: month not loaded</text>");
	}

	/** The text alternative: the period, the highest and lowest months, and the months with no data. */
	static String describe(List<MonthRow> rows) {
		if (rows.isEmpty()) {
			return "No months chosen.";
		}
		StringBuilder d = new StringBuilder("Bar chart of incidents each month, ")
			.append(Months.period(rows.get(0).month(), rows.get(rows.size() - 1).month())).append(". ");
		List<MonthRow> loaded = rows.stream().filter(MonthRow::loaded).toList();
		if (loaded.isEmpty()) {
			d.append("No month of the period has data.");
			return d.toString();
		}
		MonthRow high = loaded.stream().max(Comparator.comparingLong(MonthRow::count)).orElseThrow();
		MonthRow low = loaded.stream().min(Comparator.comparingLong(MonthRow::count)).orElseThrow();
		d.append("Highest: ").append(Svg.count(high.count())).append(" in ").append(high.label()).append(". ");
		d.append("Lowest: ").append(Svg.count(low.count())).append(" in ").append(low.label()).append('.');
		List<java.time.YearMonth> missing = rows.stream().filter(r -> !r.loaded()).map(MonthRow::month).toList();
		if (!missing.isEmpty()) {
			d.append(" No data for ").append(Months.list(missing)).append(": not loaded, not zero.");
		}
		return d.toString();
	}

}
