package org.csphub.browser;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core against WCAG 2.2 level A and AA (the rules tagged
 * wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa). No rule is turned off and nothing on the page is
 * excluded: any violation fails, with a message that says which rule, how bad, and where.
 *
 * <p>axe is injected through WebDriver's script execution (the DevTools protocol), which the page's
 * Content-Security-Policy does not govern, so the policy needs no exception for testing. It runs in the
 * page itself (the builder's legacy mode): the service's pages have no frames.
 */
final class Accessibility {

	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/** Runs axe on the current page; throws an {@link AssertionError} listing every violation. */
	static void check(WebDriver driver, String page) {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG_22_AA);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		// Every node of every violation is reported; passes and incomplete results keep one node each.
		// Without this, and in the builder's default mode (axe.runPartial in the page, then finishRun in
		// a second window), axe serialises every node it passed, HTML and all: a long report with maps
		// took minutes instead of seconds.
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
		}
		if (results.getPasses() == null || results.getPasses().isEmpty()) {
			throw new AssertionError("axe-core checked nothing on " + page + ": did it run?");
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(report(page, violations));
		}
	}

	static String report(String page, List<Rule> violations) {
		StringBuilder message = new StringBuilder();
		message.append(violations.size())
			.append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
			.append(" (WCAG 2.2 AA, axe-core) on ")
			.append(page)
			.append(':');
		for (Rule rule : violations) {
			message.append("\n\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("]: ")
				.append(rule.getHelp())
				.append("\n  ")
				.append(rule.getHelpUrl());
			for (CheckedNode node : rule.getNodes()) {
				message.append("\n  * target: ").append(node.getTarget());
				message.append("\n    html:   ").append(oneLine(node.getHtml()));
				if (node.getFailureSummary() != null) {
					message.append("\n    ").append(oneLine(node.getFailureSummary()).replace(" Fix ", "\n    Fix "));
				}
			}
		}
		return message.toString();
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

}
