package org.csphub.assessment.internal;

import java.util.Locale;

/**
 * Small helpers for writing SVG by hand: escaping, numbers, tidy axis scales and the colours of GOV.UK
 * Frontend. (A copy of the explore module's helpers, to be unified with the reporting charts.)
 */
final class Svg {

	static final String FONT = "font-family=\"arial, sans-serif\"";

	static final String TEXT = "#0b0c0c";

	static final String SECONDARY = "#484949";

	static final String BORDER = "#b1b4b6";

	/** The bar blue. */
	static final String BAR = "#1d70b8";

	/** A lighter blue for the comparison period. */
	static final String BAR_LIGHT = "#9dc0e3";

	private Svg() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A coordinate rounded to one decimal place, without a trailing ".0" ("12", "12.5", "-0.5"). Written
	 * out by hand: maps have tens of thousands of coordinates and {@code String.format} is slow.
	 */
	static String n(double value) {
		long tenths = Math.round(value * 10);
		long whole = Math.abs(tenths) / 10;
		long tenth = Math.abs(tenths) % 10;
		String sign = tenths < 0 ? "-" : "";
		return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
	}

	/** The opening of a chart: the svg element, its title and description, for assistive technology. */
	static StringBuilder open(String id, int width, int height, String title, String description) {
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"csp-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
			.append(id).append("-desc\" ").append(FONT).append(" font-size=\"12\">");
		s.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		s.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
		return s;
	}

	/** A round number at or above {@code max} for the top of an axis, with {@code ticks} equal steps. */
	static double niceMax(double max, int ticks) {
		if (!(max > 0)) {
			return ticks;
		}
		double rough = max / ticks;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			double candidate = step * magnitude;
			if (candidate * ticks >= max) {
				return candidate * ticks;
			}
		}
		return 10 * magnitude * ticks;
	}

	/** An axis value: whole numbers with separators, small ones with one decimal place. */
	static String tick(double value) {
		return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
				: String.format(Locale.UK, "%.1f", value);
	}

}
