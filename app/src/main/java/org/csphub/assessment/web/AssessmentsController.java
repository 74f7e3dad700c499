package org.csphub.assessment.web;

import java.util.UUID;

import org.csphub.assessment.AssessmentId;
import org.csphub.assessment.AssessmentOverview;
import org.csphub.assessment.Assessments;
import org.csphub.assessment.internal.Texts;
import org.csphub.security.CurrentUser;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.Reports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of assessments (approved ones for everyone signed in, drafts too for analysts and
 * coordinators), each assessment's task list and history, its report, and the actions that need no
 * form: computing the figures again and starting a new version.
 */
@Controller
@RequestMapping("/assessments")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class AssessmentsController {

	private final Assessments assessments;

	private final Texts texts;

	private final Reports reports;

	AssessmentsController(Assessments assessments, Texts texts, Reports reports) {
		this.assessments = assessments;
		this.texts = texts;
		this.reports = reports;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("assessments", assessments.list());
		model.addAttribute("author", author());
		return "assessment/list";
	}

	@GetMapping("/{id}")
	String tasks(@PathVariable UUID id, Model model) {
		AssessmentOverview overview = assessments.overview(new AssessmentId(id));
		model.addAttribute("a", overview);
		model.addAttribute("coordinator", CurrentUser.get().map(u -> u.hasAnyRole(org.csphub.partners.Role.COORDINATOR)).orElse(false));
		return "assessment/tasks";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		AssessmentId assessmentId = new AssessmentId(id);
		model.addAttribute("a", assessments.overview(assessmentId));
		model.addAttribute("entries", assessments.history(assessmentId));
		return "assessment/history";
	}

	/** The report: everyone signed in for an approved assessment, analysts and coordinators before. */
	@GetMapping("/{id}/report")
	@PreAuthorize("isAuthenticated()")
	String report(@PathVariable UUID id, Model model) {
		AssessmentId assessmentId = new AssessmentId(id);
		model.addAttribute("document", assessments.document(assessmentId));
		model.addAttribute("assessmentId", assessmentId);
		model.addAttribute("author", author());
		return "assessment/report";
	}

	/** The committee PDF (tagged PDF/UA), for whoever may read the report. */
	@GetMapping("/{id}/report.pdf")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		ReportDocument document = assessments.document(new AssessmentId(id));
		return download(reports.pdf(document), Reports.PDF_TYPE, Reports.fileName(document) + ".pdf");
	}

	/** Every table of the report as a spreadsheet. */
	@GetMapping("/{id}/report.xlsx")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		ReportDocument document = assessments.document(new AssessmentId(id));
		return download(reports.xlsx(document), Reports.XLSX_TYPE, Reports.fileName(document) + ".xlsx");
	}

	/** Every table of the report as CSV files in a zip. */
	@GetMapping("/{id}/report-tables.zip")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		ReportDocument document = assessments.document(new AssessmentId(id));
		return download(reports.csvZip(document), Reports.ZIP_TYPE, Reports.fileName(document) + "-tables.zip");
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@PostMapping("/{id}/recompute")
	String recompute(@PathVariable UUID id, RedirectAttributes redirect) {
		assessments.recompute(new AssessmentId(id));
		redirect.addFlashAttribute("notice", texts.get("assessment.tasks.recomputed"));
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/{id}/new-version")
	String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
		AssessmentId draft = assessments.newVersion(new AssessmentId(id));
		redirect.addFlashAttribute("notice", texts.get("assessment.tasks.newVersionStarted"));
		return "redirect:/assessments/" + draft;
	}

	private static boolean author() {
		return CurrentUser.get()
			.map(u -> u.hasAnyRole(org.csphub.partners.Role.ANALYST, org.csphub.partners.Role.COORDINATOR))
			.orElse(false);
	}

}
