package org.csphub.reporting.charts;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of a value by category (crime types, wards), in the order given (usually
 * largest first), each bar labelled with its value. A category with no data gets a hatched "No data"
 * marker instead of a bar, never a zero-length bar. An image to assistive technology, named by its
 * title and described by a summary of the largest categories; the page shows every figure in a table
 * too.
 */
public final class CategoryBarChart {

	/**
	 * One category.
	 * @param value its value, or null when there is no data for it
	 */
	public record Bar(String label, Double value) {

		public Bar {
			Objects.requireNonNull(label, "label");
		}

		public static Bar of(String label, long count) {
			return new Bar(label, (double) count);
		}

	}

	private static final int BARS = 380;

	private static final int ROW = 26;

	private static final int TOP = 8;

	private CategoryBarChart() {
	}

	/** Counts, as explore's crime types: values are whole numbers. */
	public static String svg(String id, String title, String measure, List<Bar> bars) {
		return svg(id, title, measure, NumberStyle.COUNT, bars);
	}

	/**
	 * @param measure what the values are, plural and in lower case, such as "incidents" or "incidents
	 *        per 1,000 residents"
	 */
	public static String svg(String id, String title, String measure, NumberStyle style, List<Bar> bars) {
		int labels = labelWidth(bars.stream().map(Bar::label).toList(), 13);
		int width = labels + BARS + 90;
		int height = TOP + ROW * Math.max(1, bars.size()) + 8;
		double max = bars.stream().map(Bar::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
		double min = bars.stream().map(Bar::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
		if (min < 0) {
			throw new IllegalArgumentException("A category bar chart shows values of 0 or more: " + title);
		}
		double top = max > 0 ? max : 1;
		StringBuilder s = new StringBuilder(1024 + bars.size() * 400);
		Svg.open(s, id, "csp-chart", width, height, 13, title, describe(measure, style, bars));
		if (bars.stream().anyMatch(b -> b.value() == null)) {
			s.append("<defs>");
			Svg.hatchPattern(s, id);
			s.append("</defs>");
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = TOP + ROW * i;
			Svg.text(s, labels - 8, y + 17, "end", Svg.TEXT, "", bar.label());
			if (bar.value() == null) {
				s.append("<rect class=\"csp-chart__missing\" x=\"").append(labels).append("\" y=\"").append(Svg.n(y + 4))
					.append("\" width=\"40\" height=\"").append(ROW - 8).append("\" fill=\"url(#").append(id)
					.append("-hatch)\" stroke=\"").append(Svg.DARK_GREY).append("\" stroke-dasharray=\"4 2\"/>");
				Svg.text(s, labels + 46, y + 17, "start", Svg.TEXT, "font-weight=\"bold\"", "No data");
				continue;
			}
			double w = BARS * bar.value() / top;
			s.append("<rect class=\"csp-chart__bar\" x=\"").append(labels).append("\" y=\"").append(Svg.n(y + 4))
				.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
				.append(Svg.BAR).append("\"/>");
			Svg.text(s, labels + w + 6, y + 17, "start", Svg.TEXT, "", style.format(bar.value()));
		}
		Svg.line(s, labels, TOP, labels, height - 8, Svg.TEXT, 1);
		s.append("</svg>");
		return s.toString();
	}

	static int labelWidth(List<String> labels, double fontSize) {
		double longest = labels.stream().mapToDouble(l -> Svg.textWidth(l, fontSize)).max().orElse(0);
		return (int) Math.ceil(Math.max(80, Math.min(320, longest + 16)));
	}

	/**
	 * The text alternative: how many categories, and the largest three with their shares of the total
	 * shown (for counts).
	 */
	public static String describe(String measure, NumberStyle style, List<Bar> bars) {
		if (bars.isEmpty()) {
			return "No " + measure + " to show.";
		}
		StringBuilder d = new StringBuilder("Bar chart of ").append(measure).append(", ").append(bars.size())
			.append(bars.size() == 1 ? " category" : " categories").append(". ");
		List<Bar> withData = bars.stream().filter(b -> b.value() != null)
			.sorted((a, b) -> Double.compare(b.value(), a.value())).toList();
		double total = withData.stream().mapToDouble(Bar::value).sum();
		List<Bar> top = withData.subList(0, Math.min(3, withData.size()));
		for (int i = 0; i < top.size(); i++) {
			Bar bar = top.get(i);
			d.append(i == 0 ? "Largest: " : "; ").append(bar.label()).append(' ').append(style.format(bar.value()));
			if (style == NumberStyle.COUNT && total > 0) {
				d.append(" (").append(Svg.percent(bar.value() / total)).append(')');
			}
		}
		if (!top.isEmpty()) {
			d.append('.');
		}
		List<String> missing = bars.stream().filter(b -> b.value() == null).map(Bar::label).toList();
		if (!missing.isEmpty()) {
			d.append(" No data for ").append(Lists.and(missing)).append('.');
		}
		return d.toString().trim();
	}

}
