package org.csphub.explore.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A download or map asked for with a query that does not make sense (a bad month, an unknown type). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadQueryException extends RuntimeException {

	BadQueryException(String message) {
		super(message);
	}

}
