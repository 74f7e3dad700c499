package org.csphub.assessment.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.AssessmentPeriods;
import org.csphub.assessment.AssessmentSummary;
import org.csphub.assessment.Assessments;
import org.csphub.assessment.internal.DataMonths;
import org.csphub.assessment.internal.Texts;
import org.csphub.shared.FieldProblem;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Starting an assessment, one question a page (GOV.UK question pages): how to start (new, or from an
 * earlier assessment), the months it covers, the months it is compared with, then check and start.
 * The answers travel in the query string from page to page; nothing is saved until the last page.
 */
@Controller
@RequestMapping("/assessments/new")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class StartController {

	private final Assessments assessments;

	private final DataMonths months;

	private final Texts texts;

	StartController(Assessments assessments, DataMonths months, Texts texts) {
		this.assessments = assessments;
		this.months = months;
		this.texts = texts;
	}

	/** How to start: "new", or the id of the earlier assessment to copy. */
	record HowForm(String start) {
	}

	@GetMapping
	String how(Model model) {
		List<AssessmentSummary> earlier = earlier();
		if (earlier.isEmpty()) {
			return "redirect:/assessments/new/period";
		}
		model.addAttribute("form", new HowForm(null));
		model.addAttribute("earlier", earlier);
		return "assessment/start-how";
	}

	@PostMapping
	String how(@ModelAttribute("form") HowForm form, BindingResult result, Model model) {
		List<AssessmentSummary> earlier = earlier();
		if ("new".equals(form.start())) {
			return "redirect:/assessments/new/period";
		}
		if (form.start() != null && earlier.stream().anyMatch(a -> a.id().toString().equals(form.start()))) {
			return "redirect:" + UriComponentsBuilder.fromPath("/assessments/new/period").queryParam("from", form.start()).build();
		}
		result.rejectValue("start", "assessment.start.required", "Select how you want to start");
		model.addAttribute("earlier", earlier);
		return "assessment/start-how";
	}

	/** The period: its first and last months (12 months to the last month loaded unless changed). */
	record PeriodForm(String first, String last, String from) {
	}

	@GetMapping("/period")
	String period(PeriodForm given, Model model) {
		SortedSet<YearMonth> loaded = months.loaded();
		YearMonth last = loaded.isEmpty() ? null : loaded.last();
		PeriodForm form = new PeriodForm(given.first() != null ? given.first() : last == null ? null : last.minusMonths(11).toString(),
				given.last() != null ? given.last() : last == null ? null : last.toString(), given.from());
		return periodPage(form, model);
	}

	@PostMapping("/period")
	String period(@ModelAttribute("form") PeriodForm form, BindingResult result, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth first = AssessmentPeriods.month(form.first(), "first", "first month", problems);
		YearMonth last = AssessmentPeriods.month(form.last(), "last", "last month", problems);
		AssessmentPeriods.checkPeriod(first, last, "first", "last", problems);
		if (!problems.isEmpty()) {
			FormErrors.reject(result, new InvalidInputException(problems));
			return periodPage(form, model);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/assessments/new/comparison")
			.queryParam("first", first)
			.queryParam("last", last)
			.queryParamIfPresent("from", java.util.Optional.ofNullable(blankToNull(form.from())))
			.build();
	}

	private String periodPage(PeriodForm form, Model model) {
		SortedSet<YearMonth> loaded = months.loaded();
		model.addAttribute("form", form);
		model.addAttribute("noData", loaded.isEmpty());
		model.addAttribute("months", loaded.isEmpty() ? List.of()
				: MonthOption.of(DataMonths.between(loaded.first(), loaded.last())));
		model.addAttribute("copyFrom", copyFrom(form.from()));
		return "assessment/start-period";
	}

	/** The comparison: its first and last months (the same number of months just before unless changed). */
	record ComparisonForm(String first, String last, String from, String comparisonFirst, String comparisonLast) {
	}

	@GetMapping("/comparison")
	String comparison(ComparisonForm given, Model model) {
		AssessmentPeriod period = periodOf(given.first(), given.last());
		if (period == null) {
			return "redirect:/assessments/new/period";
		}
		ComparisonForm form = new ComparisonForm(given.first(), given.last(), given.from(),
				given.comparisonFirst() != null ? given.comparisonFirst() : period.comparisonFirst().toString(),
				given.comparisonLast() != null ? given.comparisonLast() : period.comparisonLast().toString());
		return comparisonPage(form, period, model);
	}

	@PostMapping("/comparison")
	String comparison(@ModelAttribute("form") ComparisonForm form, BindingResult result, Model model) {
		AssessmentPeriod period = periodOf(form.first(), form.last());
		if (period == null) {
			return "redirect:/assessments/new/period";
		}
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth first = AssessmentPeriods.month(form.comparisonFirst(), "comparisonFirst", "first month", problems);
		YearMonth last = AssessmentPeriods.month(form.comparisonLast(), "comparisonLast", "last month", problems);
		if (problems.isEmpty()) {
			if (last.isBefore(first)) {
				problems.add(new FieldProblem("comparisonLast", "assessment.period.lastBeforeFirst",
						"The last month must be the same as or after the first month"));
			}
			else {
				try {
					period = AssessmentPeriods.check(new AssessmentPeriod(period.first(), period.last(), first, last),
							"comparisonFirst", "comparisonLast");
				}
				catch (InvalidInputException ex) {
					problems.addAll(ex.problems());
				}
			}
		}
		if (!problems.isEmpty()) {
			FormErrors.reject(result, new InvalidInputException(problems));
			return comparisonPage(form, period, model);
		}
		return "redirect:" + checkUrl(period, form.from());
	}

	private String comparisonPage(ComparisonForm form, AssessmentPeriod period, Model model) {
		SortedSet<YearMonth> loaded = months.loaded();
		YearMonth earliest = (loaded.isEmpty() ? period.first() : loaded.first()).minusMonths(AssessmentPeriods.MAX_MONTHS);
		model.addAttribute("form", form);
		model.addAttribute("period", period);
		model.addAttribute("periodText", texts.months(period.first(), period.last()));
		model.addAttribute("beforeText", texts.months(period.comparisonFirst(), period.comparisonLast()));
		model.addAttribute("months", MonthOption.of(DataMonths.between(earliest, period.first().minusMonths(1))));
		model.addAttribute("copyFrom", copyFrom(form.from()));
		return "assessment/start-comparison";
	}

	/** Check your answers, then start. */
	record CheckForm(String first, String last, String comparisonFirst, String comparisonLast, String from) {
	}

	@GetMapping("/check")
	String check(CheckForm form, Model model) {
		AssessmentPeriod period = fullPeriodOf(form);
		if (period == null) {
			return "redirect:/assessments/new/period";
		}
		return checkPage(form, period, model);
	}

	@PostMapping("/check")
	String start(@ModelAttribute("form") CheckForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		AssessmentPeriod period = fullPeriodOf(form);
		if (period == null) {
			return "redirect:/assessments/new/period";
		}
		try {
			AssessmentSummary copy = copyFrom(form.from());
			AssessmentId id = copy == null ? assessments.start(period) : assessments.copy(copy.id(), period);
			redirect.addFlashAttribute("notice", texts.get("assessment.start.started", texts.title(period)));
			return "redirect:/assessments/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return checkPage(form, period, model);
		}
	}

	private String checkPage(CheckForm form, AssessmentPeriod period, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("period", period);
		model.addAttribute("title", texts.title(period));
		model.addAttribute("periodText", texts.months(period.first(), period.last()));
		model.addAttribute("comparisonText", texts.months(period.comparisonFirst(), period.comparisonLast()));
		model.addAttribute("copyFrom", copyFrom(form.from()));
		model.addAttribute("changePeriod", UriComponentsBuilder.fromPath("/assessments/new/period")
			.queryParamIfPresent("from", java.util.Optional.ofNullable(blankToNull(form.from())))
			.build()
			.toUriString());
		model.addAttribute("changeComparison", UriComponentsBuilder.fromPath("/assessments/new/comparison")
			.queryParam("first", period.first())
			.queryParam("last", period.last())
			.queryParamIfPresent("from", java.util.Optional.ofNullable(blankToNull(form.from())))
			.build()
			.toUriString());
		return "assessment/start-check";
	}

	static String checkUrl(AssessmentPeriod period, String from) {
		return UriComponentsBuilder.fromPath("/assessments/new/check")
			.queryParam("first", period.first())
			.queryParam("last", period.last())
			.queryParam("comparisonFirst", period.comparisonFirst())
			.queryParam("comparisonLast", period.comparisonLast())
			.queryParamIfPresent("from", java.util.Optional.ofNullable(blankToNull(from)))
			.build()
			.toUriString();
	}

	private List<AssessmentSummary> earlier() {
		return assessments.list();
	}

	/** The assessment to copy, when one is named and exists. */
	private AssessmentSummary copyFrom(String from) {
		if (blankToNull(from) == null) {
			return null;
		}
		return earlier().stream().filter(a -> a.id().toString().equals(from.trim())).findFirst().orElse(null);
	}

	/** The period of the query's months with the comparison straight before, or null when they do not make one. */
	private static AssessmentPeriod periodOf(String firstText, String lastText) {
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth first = AssessmentPeriods.month(firstText, "first", "first month", problems);
		YearMonth last = AssessmentPeriods.month(lastText, "last", "last month", problems);
		AssessmentPeriods.checkPeriod(first, last, "first", "last", problems);
		return problems.isEmpty() ? AssessmentPeriods.withComparisonBefore(first, last) : null;
	}

	private static AssessmentPeriod fullPeriodOf(CheckForm form) {
		AssessmentPeriod period = periodOf(form.first(), form.last());
		if (period == null) {
			return null;
		}
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth first = AssessmentPeriods.month(form.comparisonFirst(), "comparisonFirst", "first month", problems);
		YearMonth last = AssessmentPeriods.month(form.comparisonLast(), "comparisonLast", "last month", problems);
		if (!problems.isEmpty() || last.isBefore(first)) {
			return null;
		}
		return new AssessmentPeriod(period.first(), period.last(), first, last);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
