package org.csphub.partners.web;

import java.util.UUID;

import org.csphub.partners.OrganisationId;
import org.csphub.partners.OrganisationType;
import org.csphub.partners.Organisations;
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

/** Coordinators and system administrators list, add and change partner organisations. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMINISTRATOR')")
class OrganisationsController {

	private final Organisations organisations;

	OrganisationsController(Organisations organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute("organisationTypes")
	OrganisationType[] organisationTypes() {
		return OrganisationType.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", organisations.all());
		return "partners/organisations";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return "partners/organisation-form";
	}

	@PostMapping("/new")
	String add(@ModelAttribute("form") OrganisationForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			var added = organisations.add(form.name(), form.type());
			redirect.addFlashAttribute("notice", added.name() + " has been added");
			return "redirect:/organisations";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return "partners/organisation-form";
		}
	}

	@GetMapping("/{id}/edit")
	String changeForm(@PathVariable UUID id, Model model) {
		var organisation = organisations.get(new OrganisationId(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", OrganisationForm.of(organisation));
		return "partners/organisation-form";
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var organisationId = new OrganisationId(id);
		try {
			var changed = organisations.change(organisationId, form.name(), form.type(), form.version());
			redirect.addFlashAttribute("notice", changed.name() + " has been changed");
			return "redirect:/organisations";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
		}
		catch (ConcurrentChangeException ex) {
			result.reject("concurrentChange", ex.getMessage());
		}
		model.addAttribute("organisation", organisations.get(organisationId));
		return "partners/organisation-form";
	}

}
