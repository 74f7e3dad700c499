package org.csphub.reporting.charts;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A column chart of a count each month. A month with no data (not loaded) gets a hatched, outlined
 * column labelled "No data" instead of a bar, so it can never be read as zero; a month with data and
 * a count of 0 gets no bar and a "0" label.
 *
 * <p>The chart is an image to assistive technology ({@code role="img"}) named by its title and
 * described by a summary: the period, the highest and lowest months and the months with no data. The
 * page or report shows the same figures as a table.
 */
public final class MonthlyChart {

	/**
	 * One month's value.
	 * @param value the count, or null when the month has no data (never 0 for "no data")
	 */
	public record Month(YearMonth month, Long value) {

		public Month {
			Objects.requireNonNull(month, "month");
		}

		public boolean hasData() {
			return value != null;
		}

	}

	private static final int HEIGHT = 300;

	private static final int TOP = 40;

	private static final int BOTTOM = 240;

	private static final int LEFT = 60;

	private static final int TICKS = 5;

	private MonthlyChart() {
	}

	/**
	 * @param id a prefix for the ids inside the SVG, unique on the page
	 * @param title the chart's title (its accessible name)
	 * @param measure what is counted, plural and in lower case, such as "incidents"
	 * @param months the months in order
	 */
	public static String svg(String id, String title, String measure, List<Month> months) {
		int slot = Math.max(22, Math.min(56, 660 / Math.max(1, months.size())));
		int width = LEFT + slot * months.size() + 16;
		long max = Svg.niceMax(months.stream().filter(Month::hasData).mapToLong(Month::value).max().orElse(0), TICKS);
		StringBuilder s = new StringBuilder(2048 + months.size() * 400);
		Svg.open(s, id, "csp-chart", Math.max(width, 420), HEIGHT, 12, title, describe(measure, months));
		s.append("<defs>");
		Svg.hatchPattern(s, id);
		s.append("</defs>");
		legend(s, id, measure);
		for (int i = 0; i <= TICKS; i++) {
			long value = max * i / TICKS;
			double y = BOTTOM - (BOTTOM - TOP) * (double) i / TICKS;
			Svg.line(s, LEFT, y, width - 8, y, Svg.BORDER, 1);
			Svg.text(s, LEFT - 6, y + 4, "end", Svg.SECONDARY, "", Svg.count(value));
		}
		for (int i = 0; i < months.size(); i++) {
			Month month = months.get(i);
			double x = LEFT + slot * i + slot * 0.15;
			double w = slot * 0.7;
			double centre = LEFT + slot * i + slot / 2.0;
			if (!month.hasData()) {
				s.append("<rect class=\"csp-chart__missing\" x=\"").append(Svg.n(x)).append("\" y=\"").append(TOP)
					.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(BOTTOM - TOP).append("\" fill=\"url(#")
					.append(id).append("-hatch)\" stroke=\"").append(Svg.DARK_GREY).append("\" stroke-dasharray=\"4 2\"/>");
				// A white plate behind the label keeps it readable on the hatching.
				int middle = (TOP + BOTTOM) / 2;
				s.append("<rect x=\"").append(Svg.n(centre - 8)).append("\" y=\"").append(middle - 30)
					.append("\" width=\"16\" height=\"60\" fill=\"#ffffff\"/>");
				Svg.text(s, centre, middle, "middle", Svg.TEXT, "font-weight=\"bold\" transform=\"rotate(-90 " + Svg.n(centre)
						+ ' ' + middle + ")\" dy=\"4\"", "No data");
			}
			else {
				double h = (BOTTOM - TOP) * (double) month.value() / max;
				s.append("<rect class=\"csp-chart__bar\" x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(BOTTOM - h))
					.append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(Svg.n(h)).append("\" fill=\"")
					.append(Svg.BAR).append("\"/>");
				if (slot >= 34 || month.value() == 0) {
					Svg.text(s, centre, BOTTOM - h - 4, "middle", Svg.TEXT, "font-size=\"11\"", Svg.count(month.value()));
				}
			}
			Svg.text(s, centre, BOTTOM + 16, "middle", Svg.TEXT, "", MonthLabels.shortLabel(month.month()));
			if (i == 0 || month.month().getMonthValue() == 1) {
				Svg.text(s, centre, BOTTOM + 32, "middle", Svg.SECONDARY, "", Integer.toString(month.month().getYear()));
			}
		}
		Svg.line(s, LEFT, BOTTOM, width - 8, BOTTOM, Svg.TEXT, 1);
		s.append("</svg>");
		return s.toString();
	}

	private static void legend(StringBuilder s, String id, String measure) {
		s.append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(Svg.BAR).append("\"/>");
		Svg.text(s, LEFT + 20, 19, "start", Svg.TEXT, "", Svg.upperFirst(measure));
		double next = LEFT + 20 + Svg.textWidth(measure, 12) + 24;
		s.append("<rect x=\"").append(Svg.n(next)).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"url(#").append(id)
			.append("-hatch)\" stroke=\"").append(Svg.DARK_GREY).append("\"/>");
		Svg.text(s, next + 20, 19, "start", Svg.TEXT, "", "No data: month not loaded");
	}

	/** The text alternative: the period, the highest and lowest months, and the months with no data. */
	public static String describe(String measure, List<Month> months) {
		if (months.isEmpty()) {
			return "No months chosen.";
		}
		StringBuilder d = new StringBuilder("Bar chart of ").append(measure).append(" each month, ")
			.append(MonthLabels.period(months.get(0).month(), months.get(months.size() - 1).month())).append(". ");
		List<Month> withData = months.stream().filter(Month::hasData).toList();
		if (withData.isEmpty()) {
			return d.append("No month of the period has data.").toString();
		}
		Month high = withData.stream().max(Comparator.comparingLong(Month::value)).orElseThrow();
		Month low = withData.stream().min(Comparator.comparingLong(Month::value)).orElseThrow();
		d.append("Highest: ").append(Svg.count(high.value())).append(" in ").append(MonthLabels.label(high.month())).append(". ");
		d.append("Lowest: ").append(Svg.count(low.value())).append(" in ").append(MonthLabels.label(low.month())).append('.');
		List<YearMonth> missing = months.stream().filter(m -> !m.hasData()).map(Month::month).toList();
		if (!missing.isEmpty()) {
			d.append(" No data for ").append(MonthLabels.list(missing)).append(": not loaded, not zero.");
		}
		return d.toString();
	}

}
