package org.csphub.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.csphub.reporting.ReportDocument;

/**
 * A report as a tagged PDF/UA-1 document (ISO 14289-1): openhtmltopdf lays out the XHTML of
 * {@link ReportTemplates#pdfXhtml} with the print styles of {@code report.css}, tags its structure
 * (headings, paragraphs, lists, tables with header cells and their scope, figures with alternate
 * text, links), marks the running header and footer as artifacts, writes the title and language
 * (en-GB) into the document and its XMP metadata, and embeds subsets of the DejaVu Sans fonts for
 * every text, the SVG figures' included (drawn by Batik as vectors, text as text).
 */
public final class PdfReport {

	/** The output intent PDF/A asks for: the JDK's sRGB profile. */
	private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

	private final ReportTemplates templates;

	public PdfReport(ReportTemplates templates) {
		this.templates = templates;
	}

	public byte[] render(ReportDocument document) {
		return render(templates.pdfXhtml(document));
	}

	static byte[] render(String xhtml) {
		ReportFonts fonts = ReportFonts.get();
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
		builder.useColorProfile(SRGB);
		builder.useSVGDrawer(new SvgFontsDrawer());
		EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
		builder.useFont(fonts.regular.toFile(), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true, everywhere);
		builder.useFont(fonts.bold.toFile(), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true, everywhere);
		builder.withProducer("CSP Hub");
		// No base URI: the document loads nothing from outside (fonts are registered above, figures inline).
		builder.withHtmlContent(xhtml, null);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
			LinkDescriptions.describe(pdf);
			pdf.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make the PDF", ex);
		}
		return out.toByteArray();
	}

}
