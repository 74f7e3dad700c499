package org.csphub.partners.web;

import java.security.Principal;
import java.util.UUID;

import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditQuery;
import org.csphub.partners.NewUser;
import org.csphub.partners.OrganisationId;
import org.csphub.partners.Organisations;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccounts;
import org.csphub.partners.UserChanges;
import org.csphub.partners.UserId;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.InvalidInputException;
import org.csphub.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and system administrators add users, change their organisation and roles, reset
 * their passwords and disable or re-enable them.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMINISTRATOR')")
class UsersController {

	private final UserAccounts users;

	private final Organisations organisations;

	private final AuditLog audit;

	UsersController(UserAccounts users, Organisations organisations, AuditLog audit) {
		this.users = users;
		this.organisations = organisations;
		this.audit = audit;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.list());
		return "partners/users";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		model.addAttribute("organisations", organisations.all());
		return "partners/user-new";
	}

	@PostMapping("/new")
	String add(@ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.password() != null && !form.password().isEmpty() && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch", "The passwords do not match");
		}
		if (!result.hasErrors()) {
			try {
				var added = users.add(new NewUser(form.username(), form.displayName(), form.email(),
						form.organisationId() == null ? null : new OrganisationId(form.organisationId()),
						form.rolesOrEmpty(), form.password() == null ? new char[0] : form.password().toCharArray(), true));
				redirect.addFlashAttribute("notice", added.displayName() + " has been added. Give them their username "
						+ "and temporary password; they must choose a new password when they first sign in.");
				return "redirect:/users/" + added.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("organisations", organisations.all());
		return "partners/user-new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var user = users.view(new UserId(id));
		model.addAttribute("user", user);
		model.addAttribute("history", audit.search(AuditQuery.forRecord("user", id.toString())));
		return "partners/user";
	}

	@GetMapping("/{id}/edit")
	String changeForm(@PathVariable UUID id, Model model) {
		var user = users.view(new UserId(id));
		model.addAttribute("user", user);
		model.addAttribute("form", UserDetailsForm.of(user));
		model.addAttribute("organisations", organisations.all());
		return "partners/user-edit";
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") UserDetailsForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		try {
			var changed = users.change(userId,
					new UserChanges(form.displayName(), form.email(),
							form.organisationId() == null ? null : new OrganisationId(form.organisationId()),
							form.rolesOrEmpty(), form.version()),
					principal.getName());
			redirect.addFlashAttribute("notice", changed.displayName() + "'s details have been changed");
			return "redirect:/users/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
		}
		catch (ConcurrentChangeException ex) {
			result.reject("concurrentChange", ex.getMessage());
		}
		model.addAttribute("user", users.view(userId));
		model.addAttribute("organisations", organisations.all());
		return "partners/user-edit";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		try {
			users.disable(new UserId(id), principal.getName());
			redirect.addFlashAttribute("notice", "The account has been disabled and its sessions have ended");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		users.enable(new UserId(id));
		redirect.addFlashAttribute("notice", "The account has been enabled");
		return "redirect:/users/" + id;
	}

	@GetMapping("/{id}/password")
	String resetPasswordForm(@PathVariable UUID id, Model model) {
		model.addAttribute("user", users.view(new UserId(id)));
		model.addAttribute("form", PasswordForm.empty());
		return "partners/user-password";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		if (!form.confirmed()) {
			result.rejectValue("confirmPassword", "password.mismatch", "The passwords do not match");
		}
		else {
			try {
				users.resetPassword(userId, form.newPasswordChars());
				redirect.addFlashAttribute("notice", "A temporary password has been set. The person must choose a new "
						+ "password when they next sign in; any sessions they had have ended.");
				return "redirect:/users/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("user", users.view(userId));
		return "partners/user-password";
	}

}
