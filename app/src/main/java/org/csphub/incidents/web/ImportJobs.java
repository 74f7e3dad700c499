package org.csphub.incidents.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports running in the background, so that the page can show rows processed while a large
 * file loads. Finished jobs are kept for an hour for their summary page; the permanent record is the
 * import history.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/**
	 * One upload being imported. Fields written by the import thread are volatile; the getters are for
	 * the page.
	 */
	public static final class Job {

		final UUID id = UUID.randomUUID();

		final String actor;

		final List<String> fileNames;

		final Instant startedAt = Instant.now();

		volatile long rows;

		volatile String currentFile = "";

		volatile ImportSummary summary;

		volatile String failure;

		Job(String actor, List<String> fileNames) {
			this.actor = actor;
			this.fileNames = List.copyOf(fileNames);
		}

		boolean done() {
			return summary != null || failure != null;
		}

		public UUID getId() {
			return id;
		}

		public long getRows() {
			return rows;
		}

		public String getCurrentFile() {
			return currentFile;
		}

		public List<String> getFileNames() {
			return fileNames;
		}

		public ImportSummary getSummary() {
			return summary;
		}

		public String getFailure() {
			return failure;
		}

		public boolean isDone() {
			return done();
		}

	}

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final IncidentImports imports;

	private final TaskExecutor executor;

	ImportJobs(IncidentImports imports, TaskExecutor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	/** Runs one kind of import on the uploaded files. */
	@FunctionalInterface
	interface Importer {

		ImportSummary run(List<Path> files, ImportProgress progress);

	}

	/** Starts importing police.uk files from an upload folder; the folder is deleted when the import ends. */
	Job start(Path uploadFolder, List<Path> files, String actor, String address) {
		return start(uploadFolder, files, actor,
				(paths, progress) -> imports.importPoliceUk(paths, Set.of(), actor, address, progress));
	}

	/** Starts an import of uploaded files; the folder is deleted when the import ends. */
	Job start(Path uploadFolder, List<Path> files, String actor, Importer importer) {
		forgetOldJobs();
		Job job = new Job(actor, files.stream().map(f -> f.getFileName().toString()).toList());
		jobs.put(job.id, job);
		executor.execute(() -> {
			try {
				job.summary = importer.run(files, (file, rows) -> {
					job.rows = rows;
					job.currentFile = file.substring(uploadFolder.toString().length()).replaceFirst("^[/\\\\]", "");
				});
				job.rows = job.summary.rowsRead();
			}
			catch (RuntimeException ex) {
				log.error("Import {} failed", job.id, ex);
				job.failure = "The import could not be completed. Nothing was imported. Try again, or ask your system administrator.";
			}
			finally {
				deleteQuietly(uploadFolder);
			}
		});
		return job;
	}

	Optional<Job> find(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	private void forgetOldJobs() {
		Instant hourAgo = Instant.now().minusSeconds(3600);
		jobs.values().removeIf(job -> job.done() && job.startedAt.isBefore(hourAgo));
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete upload folder {}", folder, ex);
		}
	}

}
