package org.csphub.incidents.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.csphub.audit.AuditLog;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Coordinators and analysts upload police.uk files, watch the rows being processed, and see the
 * summary; the import history lists every import, from here or the command line.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
class ImportsController {

	private final IncidentImports imports;

	private final ImportJobs jobs;

	ImportsController(IncidentImports imports, ImportJobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping
	String history(Model model) {
		model.addAttribute("runs", imports.recentRuns(50));
		return "incidents/imports";
	}

	@GetMapping("/police-uk")
	String uploadForm() {
		return "incidents/upload";
	}

	@PostMapping("/police-uk")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
			Model model) throws IOException {
		List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		String problem = problemWith(chosen);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return "incidents/upload";
		}
		Path folder = Files.createTempDirectory("csphub-upload-");
		ImportJobs.Job job = jobs.start(folder, save(chosen, folder), principal.getName(), AuditLog.currentAddress());
		return "redirect:/imports/jobs/" + job.id;
	}

	/** Saves uploaded files into a private temporary folder under safe names. */
	static List<Path> save(List<MultipartFile> files, Path folder) throws IOException {
		List<Path> saved = new ArrayList<>();
		for (MultipartFile file : files) {
			Path target = folder.resolve(safeName(file.getOriginalFilename()));
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			saved.add(target);
		}
		return saved;
	}

	/** The problem with the chosen files, or null when they are CSV files or zip archives. */
	static String problemWith(List<MultipartFile> chosen) {
		if (chosen.isEmpty()) {
			return "Select one or more CSV files or zip archives";
		}
		for (MultipartFile file : chosen) {
			String name = safeName(file.getOriginalFilename());
			if (!name.endsWith(".csv") && !name.endsWith(".zip")) {
				return "The selected file " + name + " must be a CSV file or a zip archive";
			}
		}
		return null;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable UUID id, Principal principal, Model model) {
		ImportJobs.Job job = ownJob(id, principal);
		// One reading of the job, so that the page cannot show two states while the import finishes.
		ImportSummary summary = job.summary;
		String failure = job.failure;
		String state = summary != null ? (summary.succeeded() ? "SUCCEEDED" : "REFUSED")
				: failure != null ? "FAILED" : "RUNNING";
		model.addAttribute("job", job);
		model.addAttribute("state", state);
		model.addAttribute("summary", summary);
		model.addAttribute("failure", failure);
		model.addAttribute("rows", job.rows);
		return "incidents/job";
	}

	@GetMapping(value = "/jobs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progress(@PathVariable UUID id, Principal principal) {
		ImportJobs.Job job = ownJob(id, principal);
		return Map.of("rows", job.rows, "file", job.currentFile, "done", job.done());
	}

	ImportJobs.Job ownJob(UUID id, Principal principal) {
		return jobs.find(id).filter(job -> job.actor.equals(principal.getName()))
			.orElseThrow(() -> new NotFoundException("Import"));
	}

	/** The file's own name, without any folder a browser may send, in lower case for the checks. */
	static String safeName(String original) {
		String name = original == null ? "upload" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		if (name.isBlank() || name.startsWith(".")) {
			name = "upload" + name;
		}
		return name.toLowerCase(Locale.ROOT);
	}

}
