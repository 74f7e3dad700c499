package org.csphub.partners.web;

import java.security.Principal;

import org.csphub.partners.UserAccounts;
import org.csphub.shared.InvalidInputException;
import org.csphub.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user can see their own account and change their password. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final UserAccounts users;

	AccountController(UserAccounts users) {
		this.users = users;
	}

	@GetMapping
	String account(Principal principal, Model model) {
		model.addAttribute("user", users.own(principal.getName()));
		return "partners/account";
	}

	@GetMapping("/password")
	String passwordForm(Principal principal, Model model) {
		model.addAttribute("user", users.own(principal.getName()));
		model.addAttribute("form", PasswordForm.empty());
		return "partners/account-password";
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!form.confirmed()) {
			result.rejectValue("confirmPassword", "password.mismatch", "The new passwords do not match");
		}
		else {
			try {
				users.changeOwnPassword(principal.getName(),
						form.currentPassword() == null ? new char[0] : form.currentPassword().toCharArray(),
						form.newPasswordChars());
				redirect.addFlashAttribute("notice", "Your password has been changed");
				return "redirect:/account";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("user", users.own(principal.getName()));
		return "partners/account-password";
	}

}
