package org.csphub.reporting.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link annotation the alternate description PDF/UA asks for (ISO 14289-1, 7.18.5: the
 * annotation's Contents): the text of the line the link is on, such as "1. Crime overall, page 4" for an entry of the contents.
 * openhtmltopdf 1.1.31 tags links but leaves Contents empty.
 */
final class LinkDescriptions {

	private LinkDescriptions() {
	}

	static void describe(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			List<PDAnnotationLink> links = new ArrayList<>();
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
					links.add(link);
				}
			}
			if (links.isEmpty()) {
				continue;
			}
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.setSortByPosition(true);
			float height = page.getMediaBox().getHeight();
			for (int i = 0; i < links.size(); i++) {
				PDRectangle r = links.get(i).getRectangle();
				// The whole line the link is on: a contents entry is two links, its title and its page number.
				stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(0, height - r.getUpperRightY() + 1,
						page.getMediaBox().getWidth(), Math.max(1, r.getHeight() - 2)));
			}
			stripper.extractRegions(page);
			for (int i = 0; i < links.size(); i++) {
				String text = stripper.getTextForRegion(Integer.toString(i)).replaceAll("\\.{3,}", " ")
					.replaceAll("\\s+", " ").strip().replaceAll("^(.*\\S) (\\d+)$", "$1, page $2");
				links.get(i).setContents(text.isEmpty() ? "Link to another part of this report" : text);
			}
		}
	}

}
