package org.csphub.incidents.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.csphub.audit.AuditLog;
import org.csphub.incidents.IncidentImports;
import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMappings;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and analysts keep partner column mappings and upload partner files through them. */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
class PartnerImportsController {

	private final PartnerMappings mappings;

	private final IncidentImports imports;

	private final ImportJobs jobs;

	PartnerImportsController(PartnerMappings mappings, IncidentImports imports, ImportJobs jobs) {
		this.mappings = mappings;
		this.imports = imports;
		this.jobs = jobs;
	}

	@ModelAttribute("precisions")
	PartnerMapping.DatePrecision[] precisions() {
		return PartnerMapping.DatePrecision.values();
	}

	@ModelAttribute("locationKinds")
	PartnerMapping.LocationKind[] locationKinds() {
		return PartnerMapping.LocationKind.values();
	}

	@GetMapping("/mappings")
	String list(Model model) {
		model.addAttribute("mappings", mappings.all());
		return "incidents/mappings";
	}

	@GetMapping("/mappings/new")
	String addForm(Model model) {
		model.addAttribute("form", MappingForm.empty());
		return "incidents/mapping-form";
	}

	@PostMapping("/mappings/new")
	String add(@ModelAttribute("form") MappingForm form, BindingResult result, RedirectAttributes redirect) {
		return save(null, form, result, redirect);
	}

	@GetMapping("/mappings/{id}/edit")
	String changeForm(@PathVariable UUID id, Model model) {
		PartnerMapping mapping = mappings.get(id);
		model.addAttribute("mapping", mapping);
		model.addAttribute("form", MappingForm.of(mapping));
		return "incidents/mapping-form";
	}

	@PostMapping("/mappings/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") MappingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("mapping", mappings.get(id));
		return save(id, form, result, redirect);
	}

	private String save(UUID id, MappingForm form, BindingResult result, RedirectAttributes redirect) {
		PartnerMapping mapping = form.toMapping(id, problem -> result.rejectValue("categoryLines", "mapping.categories", problem));
		if (!result.hasErrors()) {
			try {
				PartnerMapping saved = mappings.save(mapping);
				redirect.addFlashAttribute("notice", "The mapping " + saved.name() + " has been saved");
				return "redirect:/imports/mappings";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConcurrentChangeException ex) {
				result.reject("concurrentChange", ex.getMessage());
			}
		}
		return "incidents/mapping-form";
	}

	@GetMapping("/partner")
	String uploadForm(Model model) {
		model.addAttribute("mappings", mappings.all());
		return "incidents/partner-upload";
	}

	@PostMapping("/partner")
	String upload(@RequestParam(required = false) UUID mappingId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal, Model model)
			throws IOException {
		List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		String fileProblem = ImportsController.problemWith(chosen);
		if (mappingId == null || fileProblem != null) {
			model.addAttribute("mappings", mappings.all());
			model.addAttribute("mappingProblem", mappingId == null ? "Select the mapping for these files" : null);
			model.addAttribute("fileProblem", fileProblem);
			return "incidents/partner-upload";
		}
		PartnerMapping mapping = mappings.get(mappingId);
		Path folder = Files.createTempDirectory("csphub-upload-");
		List<Path> saved = ImportsController.save(chosen, folder);
		String actor = principal.getName();
		String address = AuditLog.currentAddress();
		ImportJobs.Job job = jobs.start(folder, saved, actor,
				(paths, progress) -> imports.importPartner(mapping, paths, actor, address, progress));
		return "redirect:/imports/jobs/" + job.id;
	}

}
