package org.csphub.reporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of the sample report: valid PDF/UA-1 by veraPDF, with its text (key figures, headings, table
 * cells, chart labels) extractable, every font embedded, and its figures drawn as vectors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReportTests {

	private byte[] pdf;

	private String text;

	@BeforeAll
	void render() throws IOException {
		pdf = new Reports().pdf(SampleReports.strategicAssessment());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			text = stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void isValidPdfUa1ByVeraPdf() {
		assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
	}

	@Test
	void isValidPdfA2aByVeraPdfForTheArchive() {
		assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
	}

	@Test
	void theKeyFiguresHeadingsAndTablesCanBeReadAsText() {
		assertThat(text).contains(SampleReports.TOTAL_CRIME, SampleReports.ASB, "Crimes recorded",
				"up 4.2% on the 12 months before");
		assertThat(text).contains("1. Crime overall", "1.1 Burglary", "Appendix A: Method", "Data sources and licences");
		assertThat(text).contains("Table 2: Crimes by type", "4,210", "-13.9%", "no data");
		assertThat(text).contains("Figure 1:",
				"Crimes recorded each month, November 2025 to October 2026 The figures are in Table 1.");
		assertThat(text).as("page numbers in the footer, from the page after the cover").doesNotContain("Page 1 of")
			.contains("Page 2 of 11", "Page 11 of 11");
	}

	@Test
	void everyFigureIsTaggedWithItsTextAlternativeAndEveryLinkDescribed() throws IOException {
		List<String> expected = new ArrayList<>();
		SampleReports.strategicAssessment().sections().forEach(s -> s.blocks().forEach(b -> {
			if (b instanceof Block.Figure f) {
				expected.add(f.altText());
			}
		}));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> alternatives = new ArrayList<>();
			collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives);
			assertThat(alternatives).containsExactlyElementsOf(expected);
			for (PDPage page : document.getPages()) {
				for (var annotation : page.getAnnotations()) {
					assertThat(annotation.getContents()).as("link description").isNotBlank();
				}
			}
			assertThat(document.getPage(1).getAnnotations()).as("the contents links").isNotEmpty()
				.anySatisfy(a -> assertThat(a.getContents()).startsWith("1. Crime overall"));
		}
	}

	private static void collectFigures(List<Object> kids, List<String> alternatives) {
		for (Object kid : kids) {
			if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
				if ("Figure".equals(element.getStructureType())) {
					alternatives.add(element.getAlternateDescription());
				}
				collectFigures(element.getKids(), alternatives);
			}
		}
	}

	@Test
	void theContentsGivesEachSectionsPage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper contentsPage = new PDFTextStripper();
			contentsPage.setStartPage(2);
			contentsPage.setEndPage(2);
			String contents = contentsPage.getText(document);
			assertThat(contents).contains("Contents");
			// "1. Crime overall ..... 4": find the page number after each entry and check the heading is there.
			for (String heading : List.of("1. Crime overall", "2. Where crime happens", "Appendix B: Data quality")) {
				String line = contents.lines().filter(l -> l.startsWith(heading)).findFirst().orElseThrow();
				int page = Integer.parseInt(line.replaceAll(".*?(\\d+)\\s*$", "$1"));
				PDFTextStripper onPage = new PDFTextStripper();
				onPage.setStartPage(page);
				onPage.setEndPage(page);
				assertThat(onPage.getText(document)).as("page %d has %s", page, heading).contains(heading);
			}
		}
	}

	@Test
	void hasTitleLanguageAndOnlyEmbeddedFontsAndNoPictures() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleReports.strategicAssessment().title());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			List<String> fonts = new ArrayList<>();
			List<String> images = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				collect(page.getResources(), fonts, images);
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith("embedded"));
			assertThat(images).as("charts and maps are vectors, not pictures").isEmpty();
		}
	}

	@Test
	void chartTextOfTwelveUnitsIsDrawnAtItsSize() throws IOException {
		// openhtmltopdf 1.1.31 drew SVG text of exactly 12 units at 1 unit (SvgFontsDrawer works round it).
		String text = "<text x=\"10\" y=\"30\" font-size=\"12\" fill=\"#0b0c0c\">WWWWWWWWWWWW</text>";
		int with = darkPixelsOnPage3(text);
		int without = darkPixelsOnPage3("");
		assertThat(with - without).as("dark pixels the 12-unit text adds").isGreaterThan(500);
	}

	private static int darkPixelsOnPage3(String svgContent) throws IOException {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 50\" font-family=\"'DejaVu Sans'\">"
				+ svgContent + "</svg>";
		ReportDocument document = new ReportDocument("T", null, null, java.time.LocalDate.of(2026, 1, 1), null, List.of(),
				List.of(new ReportSection("s", "S", List.of(new Block.Figure("f", "F", "Twelve Ws", svg, null)))),
				List.of(), List.of());
		try (PDDocument pdf = Loader.loadPDF(new Reports().pdf(document))) {
			java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(2, 72);
			int dark = 0;
			for (int y = 0; y < page.getHeight(); y++) {
				for (int x = 0; x < page.getWidth(); x++) {
					if ((page.getRGB(x, y) & 0xff) < 128) {
						dark++;
					}
				}
			}
			return dark;
		}
	}

	private static void collect(PDResources resources, List<String> fonts, List<String> images) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				images.add(name.getName());
			}
			else if (object instanceof PDFormXObject form) {
				collect(form.getResources(), fonts, images);
			}
		}
		for (COSName name : resources.getPatternNames()) {
			if (resources.getPattern(name) instanceof org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern tiling) {
				collect(tiling.getResources(), fonts, images);
			}
		}
	}

}
