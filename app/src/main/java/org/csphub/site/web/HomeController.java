package org.csphub.site.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page every signed-in user sees first. */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

	@GetMapping("/")
	String home() {
		return "site/home";
	}

}
