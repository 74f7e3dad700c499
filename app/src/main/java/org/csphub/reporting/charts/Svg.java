package org.csphub.reporting.charts;

import java.util.Locale;

/**
 * Small helpers for writing SVG by hand: escaping, numbers, tidy axis scales, the root element, and
 * the colours and font every chart uses.
 */
public final class Svg {

	/**
	 * The font family of every chart: DejaVu Sans, which the PDF embeds (so a chart's text in a PDF is
	 * real text in an embedded font), then Arial as the web pages use.
	 */
	public static final String FONT_FAMILY = "'DejaVu Sans', arial, sans-serif";

	/** GOV.UK text colour: 19:1 on white. */
	public static final String TEXT = "#0b0c0c";

	/** GOV.UK secondary text: 9.3:1 on white. */
	public static final String SECONDARY = "#484949";

	/** Grid lines (not text). */
	public static final String BORDER = "#b1b4b6";

	/** GOV.UK blue: 5.2:1 on white, for bars. */
	public static final String BAR = "#1d70b8";

	/** GOV.UK dark grey: 7:1 on white, for outlines, hatching and a second series. */
	public static final String DARK_GREY = "#505a5f";

	/** Light grey for the background of a hatched pattern. */
	public static final String LIGHT_GREY = "#f3f2f1";

	private Svg() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Characters XML 1.0 forbids (control characters other than tab, newline, return) are dropped.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** A coordinate with at most one decimal place: 12, 12.5, -3.2. */
	public static String n(double value) {
		long tenths = Math.round(value * 10);
		if (tenths % 10 == 0) {
			return Long.toString(tenths / 10);
		}
		return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
	}

	/** 1,234. */
	public static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

	/** A round number at or above {@code max} for the top of an axis, with {@code ticks} equal steps. */
	public static long niceMax(long max, int ticks) {
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

	/** A round number at or above {@code max} (a fraction or a rate) for the top of an axis. */
	public static double niceMax(double max, int ticks) {
		if (!(max > 0)) {
			return 1;
		}
		double rough = max / ticks;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude * ticks >= max * (1 - 1e-12)) {
				return step * magnitude * ticks;
			}
		}
		return 10 * magnitude * ticks;
	}

	/**
	 * Opens the root element: a viewBox of {@code width} × {@code height}, {@code role="img"}, named by
	 * the title and described by the description (both escaped here), in the charts' font.
	 */
	static void open(StringBuilder s, String id, String cssClass, int width, int height, int fontSize, String title,
			String description) {
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
			.append(id).append("-desc\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"").append(fontSize)
			.append("\">");
		s.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		s.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
	}

	/** A text element; the text is escaped. {@code extra} holds further attributes, or is empty. */
	static void text(StringBuilder s, double x, double y, String anchor, String fill, String extra, String text) {
		s.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
		if (!"start".equals(anchor)) {
			s.append(" text-anchor=\"").append(anchor).append('"');
		}
		s.append(" fill=\"").append(fill).append('"');
		if (!extra.isEmpty()) {
			s.append(' ').append(extra);
		}
		s.append('>').append(escape(text)).append("</text>");
	}

	static void line(StringBuilder s, double x1, double y1, double x2, double y2, String stroke, double width) {
		s.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
			.append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
			.append(n(width)).append("\"/>");
	}

	/**
	 * The grey hatching that marks "No data" in every chart: a pattern with the id
	 * {@code <id>-hatch}, to put inside {@code <defs>}.
	 */
	static void hatchPattern(StringBuilder s, String id) {
		s.append("<pattern id=\"").append(id)
			.append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
			.append("<rect width=\"6\" height=\"6\" fill=\"").append(LIGHT_GREY).append("\"/>")
			.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(DARK_GREY)
			.append("\" stroke-width=\"2\"/></pattern>");
	}

	/** An estimate of a text's width in user units, for laying out labels: generous for DejaVu Sans. */
	static double textWidth(String text, double fontSize) {
		return text.length() * fontSize * 0.62;
	}

	/** Formats a value the way the axis and labels show it. */
	static String format(double value, NumberStyle style) {
		return style.format(value);
	}

	static String lowerFirst(String text) {
		if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	static String upperFirst(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

}
