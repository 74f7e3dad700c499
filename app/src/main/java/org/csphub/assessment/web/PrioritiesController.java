package org.csphub.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.Assessments;
import org.csphub.assessment.PriorityDecision;
import org.csphub.assessment.PriorityMatrix;
import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.RankedIssue;
import org.csphub.assessment.internal.Texts;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
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
 * The priority-setting matrix of an assessment: the ranked issues with their scores, adding and
 * removing the partnership's own issues, scoring an issue on every criterion (the score definitions
 * as hints) with a confidence grade, and recording the decision with its reason.
 */
@Controller
@RequestMapping("/assessments/{id}")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class PrioritiesController {

	private final Assessments assessments;

	private final Texts texts;

	PrioritiesController(Assessments assessments, Texts texts) {
		this.assessments = assessments;
		this.texts = texts;
	}

	@GetMapping("/priorities")
	String matrix(@PathVariable UUID id, Model model) {
		model.addAttribute("matrix", assessments.matrix(new AssessmentId(id)));
		return "assessment/priorities";
	}

	record IssueForm(String title, String reason) {
	}

	@GetMapping("/issues/new")
	String addForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new IssueForm("", ""));
		model.addAttribute("matrix", assessments.matrix(new AssessmentId(id)));
		return "assessment/issue-new";
	}

	@PostMapping("/issues/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		try {
			assessments.addIssue(assessmentId, form.title(), form.reason());
			redirect.addFlashAttribute("notice", texts.get("assessment.issue.added", form.title().strip()));
			return "redirect:/assessments/" + id + "/priorities";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("matrix", assessments.matrix(assessmentId));
			return "assessment/issue-new";
		}
	}

	@GetMapping("/issues/{issueId}/remove")
	String removeForm(@PathVariable UUID id, @PathVariable UUID issueId, Model model) {
		PriorityMatrix matrix = assessments.matrix(new AssessmentId(id));
		model.addAttribute("matrix", matrix);
		model.addAttribute("issue", matrix.issue(issueId));
		return "assessment/issue-remove";
	}

	@PostMapping("/issues/{issueId}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID issueId, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		String title = assessments.matrix(assessmentId).issue(issueId).title();
		assessments.removeIssue(assessmentId, issueId, version);
		redirect.addFlashAttribute("notice", texts.get("assessment.issue.removed", title));
		return "redirect:/assessments/" + id + "/priorities";
	}

	@GetMapping("/issues/{issueId}/score")
	String scoreForm(@PathVariable UUID id, @PathVariable UUID issueId, Model model) {
		PriorityMatrix matrix = assessments.matrix(new AssessmentId(id));
		RankedIssue issue = matrix.issue(issueId);
		Map<String, String> values = new LinkedHashMap<>();
		issue.scores().forEach((code, score) -> values.put(code, String.valueOf(score)));
		return scorePage(matrix, issue, values, issue.confidence(), issue.version(), new LinkedHashMap<>(), model);
	}

	/** Scores arrive as {@code score-<criterion code>} = 1 to 5, with {@code confidence} and {@code version}. */
	@PostMapping("/issues/{issueId}/score")
	String score(@PathVariable UUID id, @PathVariable UUID issueId, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		PriorityMatrix matrix = assessments.matrix(assessmentId);
		RankedIssue issue = matrix.issue(issueId);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (PriorityScheme.Criterion c : matrix.scheme().criteria()) {
			String value = params.get("score-" + c.code());
			values.put(c.code(), value);
			if (value != null && value.matches("[1-5]")) {
				scores.put(c.code(), Integer.parseInt(value));
			}
		}
		String confidence = params.get("confidence");
		int version = parseVersion(params.get("version"));
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			assessments.score(assessmentId, issueId, scores, confidence, version);
			redirect.addFlashAttribute("notice", texts.get("assessment.score.saved", issue.title()));
			return "redirect:/assessments/" + id + "/priorities";
		}
		catch (InvalidInputException ex) {
			for (FieldProblem p : ex.problems()) {
				errors.put(p.field() == null ? "" : p.field(), texts.orDefault(p.code(), p.message()));
			}
		}
		catch (ConcurrentChangeException ex) {
			errors.put("", ex.getMessage());
		}
		return scorePage(matrix, issue, values, confidence, version, errors, model);
	}

	private String scorePage(PriorityMatrix matrix, RankedIssue issue, Map<String, String> values, String confidence,
			int version, Map<String, String> errors, Model model) {
		model.addAttribute("matrix", matrix);
		model.addAttribute("issue", issue);
		model.addAttribute("values", values);
		model.addAttribute("confidence", confidence);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return "assessment/issue-score";
	}

	/** The decision form; {@code decision} is PRIORITY, NOT_PRIORITY or empty. */
	record DecisionForm(String decision, String reason, Integer version) {

		DecisionForm {
			version = version == null ? -1 : version;
		}

		PriorityDecision choice() {
			return java.util.Arrays.stream(PriorityDecision.values())
				.filter(d -> d.name().equals(decision))
				.findFirst()
				.orElse(null);
		}

	}

	@GetMapping("/issues/{issueId}/decision")
	String decisionForm(@PathVariable UUID id, @PathVariable UUID issueId, Model model) {
		PriorityMatrix matrix = assessments.matrix(new AssessmentId(id));
		RankedIssue issue = matrix.issue(issueId);
		model.addAttribute("form", new DecisionForm(issue.decision() == null ? null : issue.decision().name(),
				issue.decisionReason(), issue.version()));
		model.addAttribute("matrix", matrix);
		model.addAttribute("issue", issue);
		return "assessment/issue-decision";
	}

	@PostMapping("/issues/{issueId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID issueId, @ModelAttribute("form") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AssessmentId assessmentId = new AssessmentId(id);
		PriorityMatrix matrix = assessments.matrix(assessmentId);
		RankedIssue issue = matrix.issue(issueId);
		try {
			assessments.decide(assessmentId, issueId, form.choice(), form.reason(), form.version());
			redirect.addFlashAttribute("notice", texts.get("assessment.decision.saved", issue.title()));
			return "redirect:/assessments/" + id + "/priorities";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
		}
		catch (ConcurrentChangeException ex) {
			result.reject("concurrentChange", ex.getMessage());
		}
		model.addAttribute("matrix", matrix);
		model.addAttribute("issue", issue);
		return "assessment/issue-decision";
	}

	private static int parseVersion(String text) {
		try {
			return text == null ? -1 : Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
