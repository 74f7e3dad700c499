package org.csphub.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, with the reason, when Debian's chromium or chromium-driver is missing, before
 * the application is started for them. When the tests are required
 * ({@code -Dcsphub.browser.required=true} or {@code CI=true}) they run anyway, and
 * {@link Browser#start()} fails them saying what to install.
 */
class RequiresChromium implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = Browser.missing();
		if (missing == null) {
			return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
		}
		if (Browser.required()) {
			return ConditionEvaluationResult.enabled("Chromium is missing but the browser tests are required");
		}
		return ConditionEvaluationResult.disabled(Browser.missingMessage(missing)
				+ ". Skipping the browser tests; set -Dcsphub.browser.required=true to make this a failure.");
	}

}
