package org.csphub.assessment.web;

import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentOverview;
import org.csphub.assessment.Assessments;
import org.csphub.assessment.internal.Texts;
import org.csphub.security.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review: an analyst or coordinator checks and submits a finished draft; a coordinator (not the
 * one who submitted it) approves it, or returns it to draft saying what must change.
 */
@Controller
@RequestMapping("/assessments/{id}")
class ReviewController {

	private final Assessments assessments;

	private final Texts texts;

	ReviewController(Assessments assessments, Texts texts) {
		this.assessments = assessments;
		this.texts = texts;
	}

	@GetMapping("/submit")
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
	String checkPage(@PathVariable UUID id, Model model) {
		AssessmentId assessmentId = new AssessmentId(id);
		model.addAttribute("a", assessments.overview(assessmentId));
		model.addAttribute("matrix", assessments.matrix(assessmentId));
		return "assessment/submit";
	}

	@PostMapping("/submit")
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
	String submit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
		assessments.submit(new AssessmentId(id), version);
		redirect.addFlashAttribute("notice", texts.get("assessment.submit.done"));
		return "redirect:/assessments/" + id;
	}

	@GetMapping("/review")
	@PreAuthorize("hasRole('COORDINATOR')")
	String reviewPage(@PathVariable UUID id, Model model) {
		AssessmentId assessmentId = new AssessmentId(id);
		AssessmentOverview overview = assessments.overview(assessmentId);
		model.addAttribute("a", overview);
		model.addAttribute("matrix", assessments.matrix(assessmentId));
		model.addAttribute("ownSubmission", overview.submitted() != null && CurrentUser.get()
			.map(u -> u.id().value().equals(overview.submitted().userId()))
			.orElse(false));
		return "assessment/review";
	}

	@PostMapping("/approve")
	@PreAuthorize("hasRole('COORDINATOR')")
	String approve(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
		assessments.approve(new AssessmentId(id), version);
		redirect.addFlashAttribute("notice", texts.get("assessment.review.approved"));
		return "redirect:/assessments/" + id;
	}

	record ReturnForm(String reason, Integer version) {

		ReturnForm {
			version = version == null ? -1 : version;
		}

	}

	@GetMapping("/return")
	@PreAuthorize("hasRole('COORDINATOR')")
	String returnPage(@PathVariable UUID id, Model model) {
		AssessmentOverview overview = assessments.overview(new AssessmentId(id));
		model.addAttribute("a", overview);
		model.addAttribute("form", new ReturnForm("", overview.version()));
		return "assessment/return";
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('COORDINATOR')")
	String returnToDraft(@PathVariable UUID id, @ModelAttribute("form") ReturnForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		try {
			assessments.returnToDraft(assessmentId, form.reason(), form.version());
			redirect.addFlashAttribute("notice", texts.get("assessment.review.returned"));
			return "redirect:/assessments/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("a", assessments.overview(assessmentId));
			return "assessment/return";
		}
	}

}
