package org.csphub.audit.web;

import java.time.LocalDate;

import org.csphub.audit.AuditLog;
import org.csphub.audit.AuditOutcome;
import org.csphub.audit.AuditPage;
import org.csphub.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Coordinators and system administrators browse and filter the audit log. It is read-only: there is
 * no way to change or remove an entry. Searching it is itself audited.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMINISTRATOR')")
class AuditLogController {

	private final AuditLog audit;

	AuditLogController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) AuditOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, recordType, recordId, outcome, from, to, page,
				AuditQuery.DEFAULT_PAGE_SIZE);
		AuditPage result = audit.search(query);
		audit.record("audit.searched", "audit", null, describe(query));
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("actions", audit.actions());
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("previousPage", result.hasPrevious() ? pageLink(query, page - 1) : null);
		model.addAttribute("nextPage", result.hasNext() ? pageLink(query, page + 1) : null);
		return "audit/log";
	}

	private static String pageLink(AuditQuery q, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
		if (q.actor() != null) link.queryParam("actor", q.actor());
		if (q.action() != null) link.queryParam("action", q.action());
		if (q.recordType() != null) link.queryParam("recordType", q.recordType());
		if (q.recordId() != null) link.queryParam("recordId", q.recordId());
		if (q.outcome() != null) link.queryParam("outcome", q.outcome());
		if (q.from() != null) link.queryParam("from", q.from());
		if (q.to() != null) link.queryParam("to", q.to());
		return link.queryParam("page", page).encode().build().toUriString();
	}

	private static String describe(AuditQuery q) {
		return "actor=" + q.actor() + ", action=" + q.action() + ", record=" + q.recordType() + "/" + q.recordId()
				+ ", outcome=" + q.outcome() + ", from=" + q.from() + ", to=" + q.to() + ", page=" + q.page();
	}

}
