package org.csphub.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.csphub.reporting.Block.Figure;
import org.csphub.reporting.DataTable.Column;
import org.csphub.reporting.DataTable.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTML fragment {@code reporting/report :: report(document)} of the sample report, read as a DOM:
 * headings in order without skipped levels, a contents list whose links all land, tables with
 * captions and scoped headers and formatted, right-aligned numbers, "no data" for missing figures,
 * figures as named images with captions that link to their tables. (The browser test checks the same
 * fragment with axe-core and the real GOV.UK styles.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportHtmlTests {

	private Element root;

	@BeforeAll
	void render() throws Exception {
		String html = new Reports().html(SampleReports.strategicAssessment());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(("<root>" + html + "</root>").getBytes(StandardCharsets.UTF_8)));
		root = document.getDocumentElement();
	}

	@Test
	void headingsComeInOrderFromOneH1WithoutSkippingALevel() {
		List<Element> headings = all("*").stream().filter(e -> e.getTagName().matches("h[1-6]")).toList();
		assertThat(headings.stream().map(e -> e.getTagName() + " " + e.getTextContent().trim())).containsExactly(
				"h1 Charnwood Community Safety Partnership: strategic assessment 2026", "h2 Contents", "h2 Summary",
				"h2 1. Crime overall", "h3 1.1 Burglary", "h2 2. Where crime happens", "h2 3. Partner data",
				"h2 Appendix A: Method", "h2 Appendix B: Data quality", "h2 Data sources and licences");
		int previous = 0;
		for (Element heading : headings) {
			int level = heading.getTagName().charAt(1) - '0';
			assertThat(level).as("after h%d: %s", previous, heading.getTextContent()).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

	@Test
	void theContentsLinksToEverySectionAndEveryIdIsUnique() {
		Set<String> ids = new HashSet<>();
		for (Element e : all("*")) {
			if (e.hasAttribute("id")) {
				assertThat(ids.add(e.getAttribute("id"))).as("id %s is unique", e.getAttribute("id")).isTrue();
			}
		}
		Element nav = all("nav").get(0);
		assertThat(nav.getAttribute("aria-labelledby")).isEqualTo("report-contents");
		List<String> targets = new ArrayList<>();
		NodeList links = nav.getElementsByTagName("a");
		for (int i = 0; i < links.getLength(); i++) {
			targets.add(((Element) links.item(i)).getAttribute("href").substring(1));
		}
		assertThat(targets).containsExactly("summary", "crime-overall", "burglary", "places", "partner-data", "method",
				"data-quality", "data-sources-and-licences");
		assertThat(ids).containsAll(targets);
	}

	@Test
	void tablesHaveCaptionsScopedHeadersAndFormattedRightAlignedNumbers() {
		List<Element> tables = all("table");
		assertThat(tables).hasSize(5);
		for (Element table : tables) {
			Element caption = (Element) table.getElementsByTagName("caption").item(0);
			assertThat(caption.getTextContent().replaceAll("\\s+", " ").trim()).matches("Table \\d: .+");
			NodeList headers = ((Element) table.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
			for (int i = 0; i < headers.getLength(); i++) {
				assertThat(((Element) headers.item(i)).getAttribute("scope")).isEqualTo("col");
			}
		}
		Element byType = byId("table-crime-by-type");
		List<List<String>> rows = rows(byType);
		assertThat(rows.get(2)).containsExactly("Burglary", "702", "815", "-113", "-13.9%");
		assertThat(rows.get(4)).containsExactly("Other theft", "1,210", "no data", "no data", "no data");
		Element burglary = (Element) ((Element) byType.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").item(2);
		Element rowHeader = (Element) burglary.getElementsByTagName("th").item(0);
		assertThat(rowHeader.getAttribute("scope")).isEqualTo("row");
		NodeList cells = burglary.getElementsByTagName("td");
		for (int i = 0; i < cells.getLength(); i++) {
			assertThat(((Element) cells.item(i)).getAttribute("class")).contains("govuk-table__cell--numeric");
		}
		assertThat(rows(byId("table-partner-categories")).get(0)).containsExactly(SampleReports.HYPERLINK, "12", "-12",
				"-0.3");
		assertThat(rows(byId("table-crime-by-month")).get(11)).containsExactly("October 2026", "no data");
	}

	@Test
	void figuresAreNamedImagesWithCaptionsLinkingToTheirTables() {
		List<Element> figures = all("figure");
		assertThat(figures).hasSize(3);
		Element first = figures.get(0);
		Element svg = (Element) first.getElementsByTagName("svg").item(0);
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getAttribute("aria-label"))
			.isEqualTo("Crime each month was between 950 and 1,164; October 2026 has no data.");
		assertThat(svg.hasAttribute("aria-labelledby")).isFalse();
		Element caption = (Element) first.getElementsByTagName("figcaption").item(0);
		assertThat(caption.getTextContent().replaceAll("\\s+", " ").trim()).isEqualTo(
				"Figure 1: Crimes recorded each month, November 2025 to October 2026 The figures are in Table 1.");
		Element link = (Element) caption.getElementsByTagName("a").item(0);
		assertThat(link.getAttribute("href")).isEqualTo("#table-crime-by-month");
		assertThat(byId("table-crime-by-month").getTagName()).isEqualTo("table");
	}

	@Test
	void keyFiguresNotesAndAttributionsAreShown() {
		List<Element> terms = all("dt");
		assertThat(terms.stream().map(e -> e.getTextContent().trim())).contains("Crimes recorded",
				"Anti-social behaviour incidents", "Date", "Status");
		assertThat(all("dd").stream().map(e -> e.getTextContent().trim())).contains(SampleReports.TOTAL_CRIME,
				"up 4.2% on the 12 months before", "26 November 2026", "Draft for the partnership board");
		assertThat(all("div").stream().filter(d -> d.getAttribute("class").equals("govuk-inset-text"))).hasSize(3);
		assertThat(byId("data-sources-and-licences").getTextContent()).contains("data.police.uk");
	}

	@Test
	void aDocumentThatBreaksItsOwnRulesIsRefused() {
		DataTable table = new DataTable("t", "T", List.of(new Column("N", Kind.COUNT)), List.of(List.of(1L)));
		Figure orphan = new Figure("f", "F", "Alt", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "missing");
		assertThatThrownBy(() -> new Reports().html(document(List.of(orphan)))).hasStackTraceContaining("missing");
		Figure script = new Figure("f", "F", "Alt", "<svg><script>alert(1)</script></svg>", null);
		assertThatThrownBy(() -> new Reports().pdf(document(List.of(script)))).hasStackTraceContaining("scripts");
		Figure handler = new Figure("f", "F", "Alt", "<svg onload=\"alert(1)\"></svg>", null);
		assertThatThrownBy(() -> new Reports().xlsx(document(List.of(handler)))).hasStackTraceContaining("scripts");
		assertThatThrownBy(() -> new Reports().csvZip(document(List.of(table, table)))).hasStackTraceContaining("Two tables");
	}

	private static ReportDocument document(List<Block> blocks) {
		return new ReportDocument("T", null, null, LocalDate.of(2026, 1, 1), null, List.of(),
				List.of(new ReportSection("s", "S", blocks)), List.of(), List.of());
	}

	private List<Element> all(String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private Element byId(String id) {
		return all("*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
	}

	private static List<List<String>> rows(Element table) {
		List<List<String>> rows = new ArrayList<>();
		NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
		for (int i = 0; i < trs.getLength(); i++) {
			List<String> cells = new ArrayList<>();
			NodeList children = trs.item(i).getChildNodes();
			for (int c = 0; c < children.getLength(); c++) {
				if (children.item(c) instanceof Element cell) {
					cells.add(cell.getTextContent().trim());
				}
			}
			rows.add(cells);
		}
		return rows;
	}

}
