package org.csphub.assessment.web;

import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.Assessments;
import org.csphub.assessment.SectionDraft;
import org.csphub.assessment.internal.Texts;
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

/** Writing the commentary on one computed section, beside a summary of its figures. */
@Controller
@RequestMapping("/assessments/{id}/sections/{sectionId}")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class CommentaryController {

	private final Assessments assessments;

	private final Texts texts;

	CommentaryController(Assessments assessments, Texts texts) {
		this.assessments = assessments;
		this.texts = texts;
	}

	/** The commentary form; {@code completed} is "yes", "no" or empty. */
	record CommentaryForm(String body, String completed, Integer version) {

		CommentaryForm {
			version = version == null ? 0 : version;
		}

		Boolean completedChoice() {
			return "yes".equals(completed) ? Boolean.TRUE : "no".equals(completed) ? Boolean.FALSE : null;
		}

	}

	@GetMapping
	String page(@PathVariable UUID id, @PathVariable String sectionId, Model model) {
		SectionDraft section = assessments.section(new AssessmentId(id), sectionId);
		model.addAttribute("form", new CommentaryForm(section.body(),
				section.completed() == null ? null : section.completed() ? "yes" : "no", section.version()));
		model.addAttribute("section", section);
		return "assessment/section";
	}

	@PostMapping
	String save(@PathVariable UUID id, @PathVariable String sectionId, @ModelAttribute("form") CommentaryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		try {
			assessments.writeCommentary(assessmentId, sectionId, form.body(), form.completedChoice(), form.version());
			SectionDraft saved = assessments.section(assessmentId, sectionId);
			redirect.addFlashAttribute("notice", texts.get("assessment.section.saved", saved.title()));
			return "redirect:/assessments/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
		}
		catch (ConcurrentChangeException ex) {
			result.reject("concurrentChange", ex.getMessage());
		}
		model.addAttribute("section", assessments.section(assessmentId, sectionId));
		return "assessment/section";
	}

}
