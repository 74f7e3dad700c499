package org.csphub.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the assessment's rules do not allow in its present state, such as editing an approved
 * assessment or approving one's own submission. Nothing was changed. The code is a message key, the
 * message its English text.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class AssessmentRefused extends RuntimeException {

	private final String code;

	public AssessmentRefused(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
