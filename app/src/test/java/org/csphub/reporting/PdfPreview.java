package org.csphub.reporting;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Not a test: writes the sample report's PDF, XLSX, CSV zip and HTML to a folder (first argument,
 * default {@code target/report-preview}), and PNGs of the PDF's pages, for a person to look at.
 */
public final class PdfPreview {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "target/report-preview");
		Files.createDirectories(folder);
		Reports reports = new Reports();
		ReportDocument document = SampleReports.strategicAssessment();
		byte[] pdf = reports.pdf(document);
		Files.write(folder.resolve("sample.pdf"), pdf);
		Files.write(folder.resolve("sample.xlsx"), reports.xlsx(document));
		Files.write(folder.resolve("sample.zip"), reports.csvZip(document));
		Files.writeString(folder.resolve("sample.html"), reports.html(document));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(doc);
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, 70);
				ImageIO.write(image, "png", new File(folder.toFile(), "page-" + (i + 1) + ".png"));
			}
			System.out.println(doc.getNumberOfPages() + " pages written to " + folder);
		}
	}

}
