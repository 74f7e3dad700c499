package org.csphub.site.web;

import org.csphub.assessment.BoroughOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page every signed-in user sees first, with the borough overview: the last 12 months against
 * the 12 before, the biggest significant changes and the crime hotspot map.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

	private final BoroughOverviews overviews;

	HomeController(BoroughOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", overviews.current().orElse(null));
		return "site/home";
	}

}
