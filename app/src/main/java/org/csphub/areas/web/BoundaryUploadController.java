package org.csphub.areas.web;

import java.util.ArrayList;
import java.util.List;

import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.BoundaryImportResult;
import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;
import org.csphub.areas.SourceFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and analysts upload GeoJSON boundaries to replace the areas of one type. */
@Controller
@RequestMapping("/areas/import")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
class BoundaryUploadController {

	private final Areas areas;

	BoundaryUploadController(Areas areas) {
		this.areas = areas;
	}

	@ModelAttribute("areaTypes")
	List<AreaType> areaTypes() {
		return AreasController.ORDER;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", BoundaryUploadForm.empty());
		return "areas/import";
	}

	@PostMapping
	String upload(@ModelAttribute("form") BoundaryUploadForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		List<SourceFile> sources = new ArrayList<>();
		if (files != null) {
			files.stream()
				.filter(f -> !f.isEmpty())
				.forEach(f -> sources.add(new SourceFile(
						f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "upload.json"
								: f.getOriginalFilename(), f)));
		}
		AreaType type = form.areaType().orElse(null);
		if (type == null) {
			result.rejectValue("type", "areas.type.required", "Select the type of area in the files");
		}
		if (sources.isEmpty()) {
			model.addAttribute("fileError", "Select one or more GeoJSON files");
		}
		if (result.hasErrors() || sources.isEmpty()) {
			return "areas/import";
		}
		try {
			BoundaryImportResult imported = areas.importBoundaries(
					new BoundaryImportRequest(type, sources, form.codeProperty(), form.nameProperty()), line -> {
					});
			redirect.addFlashAttribute("notice", imported.type().label() + " boundaries imported: " + imported.total());
			redirect.addFlashAttribute("importSummary", summary(imported));
			redirect.addFlashAttribute("repairs", imported.repairs().stream().map(ImportProblem::message).toList());
			return "redirect:/areas";
		}
		catch (ImportRefused ex) {
			model.addAttribute("problems", ex.problems().stream().map(p -> p.message()).toList());
			int count = ex.importProblems().size();
			model.addAttribute("fileError", "The files were refused and nothing was changed: " + count
					+ (ex.truncated() ? " or more problems" : count == 1 ? " problem" : " problems") + ", listed above");
			return "areas/import";
		}
	}

	private static List<String> summary(BoundaryImportResult imported) {
		List<String> lines = new ArrayList<>();
		lines.add(imported.added() + " added");
		lines.add(imported.replaced() + " replaced (same code, new boundary and name)");
		lines.add(imported.removed() + " removed (no longer in the files)");
		lines.add(imported.repairs().size() + " repaired (listed below)");
		if (imported.boroughDerived()) {
			lines.add("the borough boundary was made again from the union of the LSOAs");
		}
		return lines;
	}

}
