package org.csphub.reporting;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's validation of a PDF against one profile, such as PDF/UA-1, with every failed rule listed. */
public final class PdfConformance {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfConformance() {
	}

	/** The failed rules, each with its clause, test, description, how often it failed and where first; empty when it conforms. */
	public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, String> failed = new TreeMap<>();
			Map<String, Integer> counts = new TreeMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() != TestAssertion.Status.FAILED) {
					continue;
				}
				String rule = assertion.getRuleId().getSpecification().getId() + " " + assertion.getRuleId().getClause()
						+ "-" + assertion.getRuleId().getTestNumber();
				counts.merge(rule, 1, Integer::sum);
				failed.putIfAbsent(rule, assertion.getMessage() + " (first at " + assertion.getLocation().getContext() + ")");
			}
			if (result.isCompliant() && !failed.isEmpty()) {
				throw new AssertionError("veraPDF says compliant but lists failures: " + failed);
			}
			if (!result.isCompliant() && failed.isEmpty()) {
				throw new AssertionError("veraPDF says not compliant but lists no failed rule: " + result.getJobEndStatus());
			}
			return failed.entrySet().stream().map(e -> e.getKey() + " [" + counts.get(e.getKey()) + "x]: " + e.getValue())
				.toList();
		}
		catch (Exception ex) {
			throw new AssertionError("veraPDF could not validate the PDF: " + ex, ex);
		}
	}

}
