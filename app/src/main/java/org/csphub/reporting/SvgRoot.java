package org.csphub.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.csphub.reporting.charts.Svg;

/** Rewrites the attributes of an SVG document's root element, keeping everything else as it is. */
final class SvgRoot {

	private SvgRoot() {
	}

	/**
	 * The SVG with the given attributes set (values escaped here) and the named ones removed, and the
	 * SVG namespace declared.
	 */
	static String withAttributes(String svg, Map<String, String> set, Set<String> remove) {
		String markup = svg.strip();
		int start = markup.indexOf("<svg");
		int end = endOfStartTag(markup, start);
		String tag = markup.substring(start + 4, end);
		boolean selfClosing = tag.endsWith("/");
		if (selfClosing) {
			tag = tag.substring(0, tag.length() - 1);
		}
		List<String[]> attributes = parse(tag);
		Map<String, String> values = new TreeMap<>(set);
		StringBuilder out = new StringBuilder(markup.length() + 200);
		out.append(markup, 0, start).append("<svg");
		boolean namespace = false;
		for (String[] attribute : attributes) {
			String name = attribute[0];
			if (remove.contains(name) || values.containsKey(name)) {
				continue;
			}
			namespace |= name.equals("xmlns");
			out.append(' ').append(name).append("=\"").append(attribute[1]).append('"');
		}
		if (!namespace) {
			out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
		}
		values.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(Svg.escape(value)).append('"'));
		out.append(selfClosing ? "/>" : ">").append(markup, end + 1, markup.length());
		return out.toString();
	}

	/** The index of the {@code >} that closes the start tag beginning at {@code start}, minding quotes. */
	private static int endOfStartTag(String markup, int start) {
		char quote = 0;
		for (int i = start; i < markup.length(); i++) {
			char c = markup.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i;
			}
		}
		throw new IllegalArgumentException("The SVG's start tag is not closed");
	}

	/** Name and raw (still escaped) value of each attribute, values re-quoted with double quotes. */
	private static List<String[]> parse(String tag) {
		List<String[]> attributes = new ArrayList<>();
		int i = 0;
		while (i < tag.length()) {
			while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
				i++;
			}
			int nameStart = i;
			while (i < tag.length() && tag.charAt(i) != '=' && !Character.isWhitespace(tag.charAt(i))) {
				i++;
			}
			if (nameStart == i) {
				break;
			}
			String name = tag.substring(nameStart, i);
			while (i < tag.length() && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '=')) {
				i++;
			}
			if (i >= tag.length()) {
				throw new IllegalArgumentException("The SVG's attribute " + name + " has no value");
			}
			char quote = tag.charAt(i);
			int close = tag.indexOf(quote, i + 1);
			if ((quote != '"' && quote != '\'') || close < 0) {
				throw new IllegalArgumentException("The SVG's attribute " + name + " is not quoted");
			}
			String value = tag.substring(i + 1, close);
			if (quote == '\'') {
				value = value.replace("\"", "&quot;");
			}
			attributes.add(new String[] { name, value });
			i = close + 1;
		}
		return attributes;
	}

}
