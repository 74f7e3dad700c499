package org.csphub.security.web;

import org.csphub.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (public). Signing in and out themselves are handled by Spring Security. */
@Controller
@PreAuthorize("permitAll()")
class SignInController {

	/** Why the user is on the sign-in page, from the query string the security filters redirect with. */
	enum Reason {
		NONE, ERROR, LOCKED, SIGNED_OUT, TIMEOUT, ENDED
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(required = false) String timeout, @RequestParam(required = false) String ended, Model model) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/";
		}
		Reason reason = error != null ? Reason.ERROR : locked != null ? Reason.LOCKED
				: signedOut != null ? Reason.SIGNED_OUT : timeout != null ? Reason.TIMEOUT
				: ended != null ? Reason.ENDED : Reason.NONE;
		model.addAttribute("reason", reason.name());
		model.addAttribute("failed", reason == Reason.ERROR || reason == Reason.LOCKED);
		return "security/sign-in";
	}

}
