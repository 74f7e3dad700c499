package org.csphub.reporting.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart parsed as XML (so it is well-formed), with the checks every chart must pass: an image with
 * a title, a description and a viewBox, text in the font the PDF embeds, no inline styles, and text
 * colours with at least 4.5:1 contrast on white.
 */
final class SvgDocument {

	final Element root;

	private SvgDocument(Element root) {
		this.root = root;
	}

	static SvgDocument parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			return new SvgDocument(document.getDocumentElement());
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed SVG: " + ex.getMessage() + "\n" + svg, ex);
		}
	}

	List<Element> all(String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	List<String> texts() {
		return all("text").stream().map(e -> e.getTextContent().trim()).toList();
	}

	String title() {
		return all("title").get(0).getTextContent();
	}

	String description() {
		return all("desc").get(0).getTextContent();
	}

	/** The checks every chart and map must pass. */
	SvgDocument assertAccessibleChart() {
		assertThat(root.getTagName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
		assertThat(all("title")).hasSize(1);
		assertThat(all("desc")).hasSize(1);
		assertThat(title()).isNotBlank();
		assertThat(description()).isNotBlank();
		String titleId = all("title").get(0).getAttribute("id");
		String descId = all("desc").get(0).getAttribute("id");
		assertThat(root.getAttribute("aria-labelledby").split(" ")).containsExactly(titleId, descId);
		assertThat(root.getAttribute("font-family")).as("the font the PDF embeds comes first").startsWith("'DejaVu Sans'");
		NodeList everything = root.getElementsByTagName("*");
		for (int i = 0; i < everything.getLength(); i++) {
			Element e = (Element) everything.item(i);
			assertThat(e.hasAttribute("style")).as("a style attribute (refused by the Content-Security-Policy) on <%s>",
					e.getTagName()).isFalse();
			assertThat(e.getTagName()).isNotIn("script", "foreignObject", "image");
		}
		for (Element text : all("text")) {
			String fill = text.getAttribute("fill");
			assertThat(fill).as("text %s has a fill", text.getTextContent()).matches("#[0-9a-f]{6}");
			assertThat(contrastOnWhite(fill)).as("contrast of %s text \"%s\" on white", fill, text.getTextContent())
				.isGreaterThanOrEqualTo(4.5);
		}
		return this;
	}

	/** WCAG 2 contrast ratio of a colour against white. */
	static double contrastOnWhite(String hex) {
		double l = luminance(hex);
		return 1.05 / (l + 0.05);
	}

	static double luminance(String hex) {
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

}
