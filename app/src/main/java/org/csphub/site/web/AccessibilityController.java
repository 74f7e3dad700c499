package org.csphub.site.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, public so that anyone can read it before signing in. */
@Controller
@PreAuthorize("permitAll()")
class AccessibilityController {

	@GetMapping("/accessibility")
	String statement() {
		return "site/accessibility";
	}

}
