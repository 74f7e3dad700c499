package org.csphub.explore.internal;

import java.util.Locale;

/** Small helpers for writing SVG by hand: escaping, numbers and tidy axis scales. */
final class Svg {

	static final String FONT = "font-family=\"arial, sans-serif\"";

	/** GOV.UK Frontend colours: text, secondary text, borders, the bar blue. */
	static final String TEXT = "#0b0c0c";

	static final String SECONDARY = "#484949";

	static final String BORDER = "#b1b4b6";

	static final String BAR = "#1d70b8";

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

	/** A coordinate with at most one decimal place. */
	static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
	}

	/** 1,234. */
	static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

	/** A round number at or above {@code max} for the top of an axis, with {@code ticks} equal steps. */
	static long niceMax(long max, int ticks) {
		if (max <= 0) {
			return ticks;
		}
		double rough = (double) max / ticks;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			long candidate = (long) Math.ceil(step * magnitude);
			if (candidate * ticks >= max && candidate > 0) {
				return candidate * ticks;
			}
		}
		return (long) Math.ceil(10 * magnitude) * ticks;
	}

}
