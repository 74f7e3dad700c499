package org.csphub.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csphub.assessment.PriorityScheme;
import org.csphub.assessment.PrioritySchemeRef;
import org.csphub.assessment.PrioritySchemes;
import org.csphub.assessment.internal.Texts;
import org.csphub.shared.ConcurrentChangeException;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The priority-setting schemes: analysts and coordinators read every version; coordinators save a new
 * version with changed texts and weights (earlier versions, and the assessments scored with them,
 * stay as they were).
 */
@Controller
@RequestMapping("/assessments/schemes")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class SchemesController {

	private final PrioritySchemes schemes;

	private final Texts texts;

	SchemesController(PrioritySchemes schemes, Texts texts) {
		this.schemes = schemes;
		this.texts = texts;
	}

	@GetMapping
	String list(Model model) {
		List<PriorityScheme> versions = schemes.versions().stream().map(schemes::get).toList();
		model.addAttribute("versions", versions);
		model.addAttribute("current", schemes.current().ref());
		return "assessment/schemes";
	}

	@GetMapping("/{schemeId}/{version}")
	String show(@PathVariable String schemeId, @PathVariable int version, Model model) {
		if (version < 1) {
			throw new org.csphub.shared.NotFoundException("Priority-setting scheme");
		}
		model.addAttribute("scheme", schemes.get(new PrioritySchemeRef(schemeId, version)));
		model.addAttribute("current", schemes.current().ref());
		return "assessment/scheme";
	}

	@GetMapping("/new-version")
	@PreAuthorize("hasRole('COORDINATOR')")
	String form(Model model) {
		PriorityScheme current = schemes.current();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", current.name());
		for (int i = 0; i < current.criteria().size(); i++) {
			PriorityScheme.Criterion c = current.criteria().get(i);
			values.put("criteria[" + i + "].label", c.label());
			values.put("criteria[" + i + "].question", c.question());
			values.put("criteria[" + i + "].weight", String.valueOf(c.weight()));
			for (int s = 0; s < c.definitions().size(); s++) {
				values.put("criteria[" + i + "].definitions[" + s + "]", c.definitions().get(s));
			}
		}
		for (int i = 0; i < current.grades().size(); i++) {
			values.put("grades[" + i + "].label", current.grades().get(i).label());
			values.put("grades[" + i + "].definition", current.grades().get(i).definition());
		}
		return page(current, values, new LinkedHashMap<>(), current.ref().version(), model);
	}

	@PostMapping("/new-version")
	@PreAuthorize("hasRole('COORDINATOR')")
	String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		PriorityScheme current = schemes.current();
		int basedOn = parse(params.get("basedOn"), -1);
		Map<String, String> errors = new LinkedHashMap<>();
		List<PriorityScheme.Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < current.criteria().size(); i++) {
			PriorityScheme.Criterion was = current.criteria().get(i);
			String prefix = "criteria[" + i + "].";
			List<String> definitions = new ArrayList<>();
			for (int s = 0; s < PriorityScheme.HIGHEST; s++) {
				definitions.add(params.getOrDefault(prefix + "definitions[" + s + "]", ""));
			}
			int weight = parse(params.get(prefix + "weight"), -1);
			criteria.add(new PriorityScheme.Criterion(was.code(), was.group(), params.getOrDefault(prefix + "label", ""),
					params.getOrDefault(prefix + "question", ""), weight, definitions));
		}
		List<PriorityScheme.ConfidenceGrade> grades = new ArrayList<>();
		for (int i = 0; i < current.grades().size(); i++) {
			grades.add(new PriorityScheme.ConfidenceGrade(current.grades().get(i).grade(),
					params.getOrDefault("grades[" + i + "].label", ""), params.getOrDefault("grades[" + i + "].definition", "")));
		}
		try {
			PriorityScheme saved = schemes.createVersion(basedOn, params.get("name"), criteria, grades);
			redirect.addFlashAttribute("notice", texts.get("assessment.scheme.saved", saved.ref().version()));
			return "redirect:/assessments/schemes";
		}
		catch (InvalidInputException ex) {
			for (FieldProblem p : ex.problems()) {
				errors.putIfAbsent(p.field() == null ? "" : p.field(), texts.orDefault(p.code(), p.message()));
			}
		}
		catch (ConcurrentChangeException ex) {
			errors.put("", ex.getMessage());
		}
		return page(current, new LinkedHashMap<>(params), errors, basedOn, model);
	}

	private String page(PriorityScheme current, Map<String, String> values, Map<String, String> errors, int basedOn,
			Model model) {
		model.addAttribute("scheme", current);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("basedOn", basedOn);
		return "assessment/scheme-form";
	}

	private static int parse(String text, int otherwise) {
		try {
			return text == null ? otherwise : Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
