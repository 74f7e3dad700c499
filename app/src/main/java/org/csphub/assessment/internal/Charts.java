package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The assessment's charts as SVG made on the server, so that they print and go into the PDF: a monthly
 * bar chart (the comparison period in light blue, the assessment period in dark blue, a month that is
 * not loaded as a hatched "No data" column, never a zero bar) and a horizontal bar chart. Each is an
 * image to assistive technology, named by its title and described in words; the same figures are always
 * in a data table too.
 */
final class Charts {

	private static final int HEIGHT = 300;

	private static final int TOP = 40;

	private static final int BOTTOM = 240;

	private static final int LEFT = 56;

	private static final int TICKS = 5;

	private Charts() {
	}

	/** One month's column: its count, or null when the month is not loaded; and which period it is in. */
	record MonthBar(YearMonth month, Long count, boolean assessed) {

		boolean loaded() {
			return count != null;
		}

	}

	/** A horizontal bar: its label, its value (for the length) and the value as shown. */
	record Bar(String label, double value, String shown) {
	}

	static String monthly(String id, String title, String what, List<MonthBar> bars) {
		int slot = Math.max(20, Math.min(48, 660 / Math.max(1, bars.size())));
		int width = LEFT + slot * bars.size() + 16;
		double max = Svg.niceMax(bars.stream().filter(MonthBar::loaded).mapToLong(MonthBar::count).max().orElse(0),
				TICKS);
		StringBuilder s = Svg.open(id, Math.max(width, 420), HEIGHT, title, describe(what, bars));
		s.append("<defs><pattern id=\"").append(id)
			.append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
			.append("<rect width=\"6\" height=\"6\" fill=\"#f3f2f1\"/>")
			.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"2\"/></pattern></defs>");
		legendItem(s, LEFT, Svg.BAR_LIGHT, null, "Comparison period");
		legendItem(s, LEFT + 140, Svg.BAR, null, "Assessment period");
		legendItem(s, LEFT + 280, null, id, "No data: month not loaded");
		for (int i = 0; i <= TICKS; i++) {
			double value = max * i / TICKS;
			double y = BOTTOM - (BOTTOM - TOP) * (double) i / TICKS;
			s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(Svg.n(y))
				.append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"").append(Svg.BORDER).append("\" stroke-width=\"1\"/>");
			s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(y + 4))
				.append("\" text-anchor=\"end\" fill=\"").append(Svg.SECONDARY).append("\">").append(Svg.tick(value))
				.append("</text>");
		}
		for (int i = 0; i < bars.size(); i++) {
			MonthBar bar = bars.get(i);
			double x = LEFT + slot * i + slot * 0.15;
			double w = slot * 0.7;
			double centre = LEFT + slot * i + slot / 2.0;
			if (!bar.loaded()) {
				s.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.n(w))
					.append("\" height=\"").append(BOTTOM - TOP).append("\" fill=\"url(#").append(id)
					.append("-hatch)\" stroke=\"#505a5f\" stroke-dasharray=\"4 2\"/>");
				s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append((TOP + BOTTOM) / 2)
					.append("\" text-anchor=\"middle\" fill=\"").append(Svg.TEXT)
					.append("\" font-weight=\"bold\" transform=\"rotate(-90 ").append(Svg.n(centre)).append(' ')
					.append((TOP + BOTTOM) / 2).append(")\" dy=\"4\">No data</text>");
			}
			else {
				double h = (BOTTOM - TOP) * bar.count() / max;
				s.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(BOTTOM - h)).append("\" width=\"")
					.append(Svg.n(w)).append("\" height=\"").append(Svg.n(h)).append("\" fill=\"")
					.append(bar.assessed() ? Svg.BAR : Svg.BAR_LIGHT).append("\"/>");
			}
			s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append(BOTTOM + 16)
				.append("\" text-anchor=\"middle\" fill=\"").append(Svg.TEXT).append("\" font-size=\"10\">")
				.append(Format.shortMonth(bar.month())).append("</text>");
			if (i == 0 || bar.month().getMonthValue() == 1) {
				s.append("<text x=\"").append(Svg.n(centre)).append("\" y=\"").append(BOTTOM + 32)
					.append("\" text-anchor=\"middle\" fill=\"").append(Svg.SECONDARY).append("\" font-size=\"10\">")
					.append(bar.month().getYear()).append("</text>");
			}
		}
		s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(BOTTOM)
			.append("\" y2=\"").append(BOTTOM).append("\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"1\"/>");
		return s.append("</svg>").toString();
	}

	private static void legendItem(StringBuilder s, int x, String colour, String hatchId, String label) {
		s.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"")
			.append(colour != null ? colour : "url(#" + hatchId + "-hatch)").append('"')
			.append(colour == null ? " stroke=\"#505a5f\"" : "").append("/>");
		s.append("<text x=\"").append(x + 20).append("\" y=\"19\" fill=\"").append(Svg.TEXT).append("\">")
			.append(Svg.escape(label)).append("</text>");
	}

	/** The text alternative of a monthly chart: the months, highest and lowest, and the months without data. */
	static String describe(String what, List<MonthBar> bars) {
		if (bars.isEmpty()) {
			return "No months.";
		}
		StringBuilder d = new StringBuilder("Bar chart of ").append(what).append(" each month, ")
			.append(Format.period(bars.get(0).month(), bars.get(bars.size() - 1).month())).append(". ");
		List<MonthBar> loaded = bars.stream().filter(MonthBar::loaded).toList();
		if (loaded.isEmpty()) {
			return d.append("No month has data.").toString();
		}
		MonthBar high = loaded.stream().max(Comparator.comparingLong(MonthBar::count)).orElseThrow();
		MonthBar low = loaded.stream().min(Comparator.comparingLong(MonthBar::count)).orElseThrow();
		d.append("Highest: ").append(Format.count(high.count())).append(" in ").append(Format.month(high.month()))
			.append(". Lowest: ").append(Format.count(low.count())).append(" in ").append(Format.month(low.month()))
			.append('.');
		List<YearMonth> missing = bars.stream().filter(b -> !b.loaded()).map(MonthBar::month).toList();
		if (!missing.isEmpty()) {
			d.append(" No data for ").append(Format.months(missing)).append(": not loaded, not zero.");
		}
		return d.toString();
	}

	/** Horizontal bars in the order given, with the value as shown at the end of each bar. */
	static String horizontal(String id, String title, String description, List<Bar> bars) {
		int labels = 250;
		int length = 360;
		int row = 24;
		int width = labels + length + 80;
		int height = 8 + row * Math.max(1, bars.size()) + 8;
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		StringBuilder s = Svg.open(id, width, height, title, description);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = 8 + row * i;
			double w = max > 0 ? length * Math.max(0, bar.value()) / max : 0;
			s.append("<text x=\"").append(labels - 8).append("\" y=\"").append(Svg.n(y + 16))
				.append("\" text-anchor=\"end\" fill=\"").append(Svg.TEXT).append("\">").append(Svg.escape(bar.label()))
				.append("</text>");
			s.append("<rect x=\"").append(labels).append("\" y=\"").append(Svg.n(y + 4)).append("\" width=\"")
				.append(Svg.n(w)).append("\" height=\"").append(row - 8).append("\" fill=\"").append(Svg.BAR).append("\"/>");
			s.append("<text x=\"").append(Svg.n(labels + w + 6)).append("\" y=\"").append(Svg.n(y + 16))
				.append("\" fill=\"").append(Svg.TEXT).append("\">").append(Svg.escape(bar.shown())).append("</text>");
		}
		s.append("<line x1=\"").append(labels).append("\" x2=\"").append(labels).append("\" y1=\"8\" y2=\"")
			.append(height - 8).append("\" stroke=\"").append(Svg.TEXT).append("\" stroke-width=\"1\"/>");
		return s.append("</svg>").toString();
	}

}
