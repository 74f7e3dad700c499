package org.csphub.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import org.csphub.assessment.AssessmentRefused;
import org.csphub.assessment.internal.Texts;
import org.csphub.shared.ConcurrentChangeException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A change the assessment's rules refused, or one that met someone else's change, on a page that has
 * no form to show it on: back to the assessment's task list, which says why (Post/Redirect/Get).
 */
@ControllerAdvice(basePackageClasses = RefusalAdvice.class)
class RefusalAdvice {

	private final Texts texts;

	RefusalAdvice(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(AssessmentRefused.class)
	String refused(AssessmentRefused ex, HttpServletRequest request) {
		return back(request, texts.orDefault(ex.code(), ex.getMessage()));
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	String changed(ConcurrentChangeException ex, HttpServletRequest request) {
		return back(request, ex.getMessage());
	}

	private static String back(HttpServletRequest request, String problem) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("problem", problem);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/assessments/([0-9a-f-]{36})").matcher(path);
		return "redirect:" + (m.find() ? "/assessments/" + m.group(1) : "/assessments");
	}

}
