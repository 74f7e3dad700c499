package org.csphub.reporting.internal;

import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily;

/**
 * openhtmltopdf's SVG drawer (Batik, no scripts, no outside resources) with a fix for its font
 * files: version 1.1.31 loads a font file at 1 point but files it as the 12-point font, so SVG text of
 * exactly 12 units came out 1 unit high. The same font is added again from its bytes, which are
 * sized as they should be, replacing the broken entry.
 */
final class SvgFontsDrawer extends BatikSVGDrawer {

	@Override
	public void addFontFile(File fontFile, String family, Integer weight, FontStyle style)
			throws IOException, FontFormatException {
		super.addFontFile(fontFile, family, weight, style);
		if (fontResolver.resolve(family) instanceof OpenHtmlGvtFontFamily fonts) {
			Float awtWeight = weight != null && weight >= 700 ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR;
			Float awtStyle = style == FontStyle.ITALIC || style == FontStyle.OBLIQUE ? TextAttribute.POSTURE_OBLIQUE : 0f;
			fonts.addFont(Files.readAllBytes(fontFile.toPath()), 12, awtWeight, awtStyle);
		}
	}

}
