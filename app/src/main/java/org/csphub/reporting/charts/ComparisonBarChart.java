package org.csphub.reporting.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two periods side by side for each category: a solid blue bar for this period and a hatched grey bar
 * for the comparison period, each labelled with its value, with a legend naming both periods. The
 * two series differ in pattern and position as well as colour. A missing value is labelled "No data",
 * never drawn as zero. The description lists the largest rises and falls.
 */
public final class ComparisonBarChart {

	/**
	 * One category in both periods.
	 * @param current this period's value, or null when there is no data
	 * @param comparison the comparison period's value, or null when there is no data
	 */
	public record Pair(String label, Double current, Double comparison) {

		public Pair {
			Objects.requireNonNull(label, "label");
		}

		public static Pair of(String label, long current, long comparison) {
			return new Pair(label, (double) current, (double) comparison);
		}

	}

	private static final int BARS = 360;

	private static final int BAR = 14;

	private static final int ROW = 2 * BAR + 14;

	private static final int TOP = 34;

	private ComparisonBarChart() {
	}

	/**
	 * @param currentLabel the name of this period, such as "12 months to October 2026"
	 * @param comparisonLabel the name of the comparison period, such as "12 months before"
	 */
	public static String svg(String id, String title, String measure, NumberStyle style, String currentLabel,
			String comparisonLabel, List<Pair> pairs) {
		int labels = CategoryBarChart.labelWidth(pairs.stream().map(Pair::label).toList(), 13);
		int width = Math.max(labels + BARS + 100, 520);
		int height = TOP + ROW * Math.max(1, pairs.size()) + 4;
		double max = 0;
		for (Pair p : pairs) {
			for (Double v : new Double[] { p.current(), p.comparison() }) {
				if (v != null && v < 0) {
					throw new IllegalArgumentException("A comparison bar chart shows values of 0 or more: " + title);
				}
				if (v != null) {
					max = Math.max(max, v);
				}
			}
		}
		double top = max > 0 ? max : 1;
		StringBuilder s = new StringBuilder(1024 + pairs.size() * 700);
		Svg.open(s, id, "csp-chart", width, height, 13, title,
				describe(measure, style, currentLabel, comparisonLabel, pairs));
		s.append("<defs>");
		Svg.hatchPattern(s, id);
		s.append("<pattern id=\"").append(id)
			.append("-earlier\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">")
			.append("<rect width=\"5\" height=\"5\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"")
			.append(Svg.DARK_GREY).append("\" stroke-width=\"2.5\"/></pattern>");
		s.append("</defs>");
		// Legend: this period, then the comparison period.
		s.append("<rect x=\"").append(labels).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(Svg.BAR).append("\"/>");
		Svg.text(s, labels + 20, 19, "start", Svg.TEXT, "", currentLabel);
		double next = labels + 20 + Svg.textWidth(currentLabel, 13) + 20;
		s.append("<rect x=\"").append(Svg.n(next)).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"url(#").append(id)
			.append("-earlier)\" stroke=\"").append(Svg.DARK_GREY).append("\"/>");
		Svg.text(s, next + 20, 19, "start", Svg.TEXT, "", comparisonLabel);
		for (int i = 0; i < pairs.size(); i++) {
			Pair pair = pairs.get(i);
			double y = TOP + ROW * i;
			Svg.text(s, labels - 8, y + BAR + 5, "end", Svg.TEXT, "", pair.label());
			bar(s, id, labels, y, pair.current(), top, style, "fill=\"" + Svg.BAR + "\"");
			bar(s, id, labels, y + BAR, pair.comparison(), top, style,
					"fill=\"url(#" + id + "-earlier)\" stroke=\"" + Svg.DARK_GREY + "\" stroke-width=\"1\"");
		}
		Svg.line(s, labels, TOP - 2, labels, height - 4, Svg.TEXT, 1);
		s.append("</svg>");
		return s.toString();
	}

	private static void bar(StringBuilder s, String id, int left, double y, Double value, double top, NumberStyle style,
			String paint) {
		if (value == null) {
			s.append("<rect class=\"csp-chart__missing\" x=\"").append(left).append("\" y=\"").append(Svg.n(y + 1))
				.append("\" width=\"30\" height=\"").append(BAR - 2).append("\" fill=\"url(#").append(id)
				.append("-hatch)\" stroke=\"").append(Svg.DARK_GREY).append("\" stroke-dasharray=\"3 2\"/>");
			Svg.text(s, left + 36, y + BAR - 3, "start", Svg.TEXT, "font-size=\"12\" font-weight=\"bold\"", "No data");
			return;
		}
		double w = BARS * value / top;
		s.append("<rect class=\"csp-chart__bar\" x=\"").append(left).append("\" y=\"").append(Svg.n(y + 1))
			.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(BAR - 2).append("\" ").append(paint)
			.append("/>");
		Svg.text(s, left + w + 6, y + BAR - 3, "start", Svg.TEXT, "font-size=\"12\"", style.format(value));
	}

	/**
	 * The text alternative: what is compared, then the largest rise and the largest fall, and the
	 * categories without data.
	 */
	public static String describe(String measure, NumberStyle style, String currentLabel, String comparisonLabel,
			List<Pair> pairs) {
		if (pairs.isEmpty()) {
			return "No " + measure + " to compare.";
		}
		StringBuilder d = new StringBuilder("Bar chart comparing ").append(measure).append(" in ").append(currentLabel)
			.append(" with ").append(comparisonLabel).append(", ").append(pairs.size())
			.append(pairs.size() == 1 ? " category" : " categories").append('.');
		Pair rise = null;
		Pair fall = null;
		List<String> missing = new ArrayList<>();
		for (Pair p : pairs) {
			if (p.current() == null || p.comparison() == null) {
				missing.add(p.label());
				continue;
			}
			double change = p.current() - p.comparison();
			if (change > 0 && (rise == null || change > rise.current() - rise.comparison())) {
				rise = p;
			}
			if (change < 0 && (fall == null || change < fall.current() - fall.comparison())) {
				fall = p;
			}
		}
		if (rise != null) {
			d.append(" Largest rise: ").append(rise.label()).append(", ").append(style.format(rise.comparison()))
				.append(" to ").append(style.format(rise.current())).append('.');
		}
		if (fall != null) {
			d.append(" Largest fall: ").append(fall.label()).append(", ").append(style.format(fall.comparison()))
				.append(" to ").append(style.format(fall.current())).append('.');
		}
		if (rise == null && fall == null && missing.size() < pairs.size()) {
			d.append(" No category changed.");
		}
		if (!missing.isEmpty()) {
			d.append(" No data in one of the periods for ").append(Lists.and(missing)).append('.');
		}
		return d.toString();
	}

}
